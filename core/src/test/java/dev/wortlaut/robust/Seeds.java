package dev.wortlaut.robust;

import java.util.stream.LongStream;

/**
 * Seeds for the property tests. {@code -Dwortlaut.robust.seed=S} replays one seed, {@code
 * -Dwortlaut.robust.seeds=N} changes how many are tried, {@code -Dwortlaut.robust.base=B} shifts them.
 */
final class Seeds {

  private Seeds() {}

  static LongStream seeds(int defaultCount) {
    String one = System.getProperty("wortlaut.robust.seed");
    if (one != null) {
      return LongStream.of(Long.parseLong(one));
    }
    long base = Long.getLong("wortlaut.robust.base", 20261203L);
    int count = Integer.getInteger("wortlaut.robust.seeds", defaultCount);
    return LongStream.range(0, count).map(i -> base * 1_000_003L + i);
  }

  /** Runs a check and, if it fails, names the seed and the input (escaped) in the error. */
  static void reportSeed(long seed, String text, Runnable check) {
    try {
      check.run();
    } catch (AssertionError | RuntimeException e) {
      throw new AssertionError(
          "failed for seed " + seed + " (replay with -Dwortlaut.robust.seed=" + seed + "), input "
              + escape(text) + ": " + e.getMessage(), e);
    }
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder("\"");
    int limit = Math.min(text.length(), 2000);
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7F) {
        out.append(c);
      } else {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      }
    }
    if (limit < text.length()) {
      out.append("...(").append(text.length()).append(" chars)");
    }
    return out.append('"').toString();
  }
}
