package dev.wortlaut;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Optional check against the German cases of public peer recognisers (JSON Lines, one case per line),
 * run only by {@code mvn -pl core -Pconformance test}: the class name is outside surefire's default
 * includes. The suite is found through {@code -Dwortlaut.conformance.dir} (default
 * {@code ../shared/conformance}, then {@code ../../shared/conformance}); the check is skipped when it is
 * absent. A case passes when every expected item is matched by an overlapping quantity of a fitting kind
 * with an equal value, ordinals and negative cases by the absence of any overlapping quantity. The
 * peers' conventions differ from ours (bare number words, ordinals), so the counts measure agreement,
 * not correctness; they are printed and written to {@code target/conformance-quantities.txt}.
 */
final class QuantityConformanceCheck {

  @Test
  void peerSuite_reportsPassCounts() throws IOException {
    Path dir = suiteDir();
    assumeTrue(dir != null, "conformance suite not found (set -Dwortlaut.conformance.dir)");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
    assumeTrue(!files.isEmpty(), "no .jsonl files in " + dir);
    Map<String, int[]> byFile = new TreeMap<>();
    Map<String, int[]> byType = new TreeMap<>();
    int cases = 0;
    int passed = 0;
    for (Path file : files) {
      int[] fileCount = byFile.computeIfAbsent(file.getFileName().toString(), k -> new int[2]);
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> c = (Map<String, Object>) new Json(line).value();
        boolean ok = check(c, byType);
        fileCount[1]++;
        cases++;
        if (ok) {
          fileCount[0]++;
          passed++;
        }
      }
    }
    StringBuilder report = new StringBuilder("Quantity conformance: ")
        .append(passed).append('/').append(cases).append(" cases\n\nby file:\n");
    byFile.forEach((k, v) -> report.append(String.format(Locale.ROOT, "  %-45s %4d/%d%n", k, v[0], v[1])));
    report.append("\nby expected item type:\n");
    byType.forEach((k, v) -> report.append(String.format(Locale.ROOT, "  %-45s %4d/%d%n", k, v[0], v[1])));
    System.out.println(report);
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      Files.writeString(target.resolve("conformance-quantities.txt"), report, StandardCharsets.UTF_8);
    }
    assertTrue(cases > 0, "no cases read");
    assertTrue(passed * 4 >= cases, () -> "fewer than a quarter of the cases pass:\n" + report);
  }

  private static Path suiteDir() {
    String property = System.getProperty("wortlaut.conformance.dir");
    List<Path> candidates = property != null
        ? List.of(Path.of(property))
        : List.of(Path.of("../shared/conformance"), Path.of("../../shared/conformance"));
    for (Path p : candidates) {
      Path q = p.resolve("quantities");
      if (Files.isDirectory(q)) {
        return q;
      }
      if (Files.isDirectory(p) && p.getFileName() != null
          && p.getFileName().toString().equals("quantities")) {
        return p;
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static boolean check(Map<String, Object> c, Map<String, int[]> byType) {
    String text = (String) c.get("text");
    List<Quantity> found = QuantityExtractor.defaults().extract(text);
    List<Object> expected = (List<Object>) c.get("expected");
    boolean whole = Boolean.TRUE.equals(c.get("whole_input"));
    if (expected.isEmpty()) {
      int[] count = byType.computeIfAbsent("(negative case)", k -> new int[2]);
      count[1]++;
      if (found.isEmpty()) {
        count[0]++;
        return true;
      }
      return false;
    }
    boolean all = true;
    int searchFrom = 0;
    for (Object o : expected) {
      Map<String, Object> e = (Map<String, Object>) o;
      String type = (String) e.get("type");
      int start;
      int end;
      if (whole) {
        start = 0;
        end = text.length();
      } else if (e.get("start") instanceof BigDecimal s && e.get("end") instanceof BigDecimal en) {
        start = s.intValue();
        end = en.intValue();
      } else {
        String t = (String) e.get("text");
        int at = text.toLowerCase(Locale.ROOT).indexOf(t.toLowerCase(Locale.ROOT), searchFrom);
        if (at < 0) {
          at = text.toLowerCase(Locale.ROOT).indexOf(t.toLowerCase(Locale.ROOT));
        }
        start = Math.max(at, 0);
        end = at < 0 ? text.length() : at + t.length();
        searchFrom = end;
      }
      boolean ok = matches(found, type, start, end, e.get("value"));
      int[] count = byType.computeIfAbsent(type, k -> new int[2]);
      count[1]++;
      if (ok) {
        count[0]++;
      }
      all &= ok;
    }
    return all;
  }

  private static boolean matches(List<Quantity> found, String type, int start, int end, Object value) {
    boolean ordinal = type.startsWith("ordinal");
    Set<QuantityKind> kinds = kinds(type);
    for (Quantity q : found) {
      if (q.end() <= start || q.start() >= end) {
        continue;
      }
      if (ordinal) {
        return false;
      }
      if (!kinds.contains(q.kind())) {
        continue;
      }
      if (!(value instanceof BigDecimal v) || v.compareTo(q.value()) == 0
          || (q.kind() == QuantityKind.FRACTION
              && v.subtract(q.value()).abs().compareTo(new BigDecimal("1e-9")) < 0)) {
        return true;
      }
    }
    return ordinal;
  }

  private static Set<QuantityKind> kinds(String type) {
    switch (type) {
      case "percentage":
        return EnumSet.of(QuantityKind.PERCENT, QuantityKind.PERCENTAGE_POINT);
      case "currency":
      case "amount_of_money":
        return EnumSet.of(QuantityKind.CURRENCY);
      case "dimension":
      case "distance":
      case "volume":
        return EnumSet.of(QuantityKind.LENGTH, QuantityKind.AREA, QuantityKind.VOLUME,
            QuantityKind.MASS, QuantityKind.SPEED, QuantityKind.OTHER);
      case "age":
        return EnumSet.of(QuantityKind.AGE);
      case "temperature":
        return EnumSet.of(QuantityKind.TEMPERATURE);
      case "duration":
        return EnumSet.of(QuantityKind.DURATION);
      default:
        return EnumSet.allOf(QuantityKind.class);
    }
  }

  /** A minimal JSON reader for the suite's lines: objects, arrays, strings, numbers, literals. */
  private static final class Json {
    private final String s;
    private int pos;

    Json(String s) {
      this.s = s;
    }

    Object value() {
      skip();
      char c = s.charAt(pos);
      switch (c) {
        case '{':
          return object();
        case '[':
          return array();
        case '"':
          return string();
        case 't':
          pos += 4;
          return Boolean.TRUE;
        case 'f':
          pos += 5;
          return Boolean.FALSE;
        case 'n':
          pos += 4;
          return null;
        default:
          int from = pos;
          while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
            pos++;
          }
          return new BigDecimal(s.substring(from, pos));
      }
    }

    private Map<String, Object> object() {
      Map<String, Object> m = new LinkedHashMap<>();
      pos++;
      skip();
      if (s.charAt(pos) == '}') {
        pos++;
        return m;
      }
      while (true) {
        skip();
        String key = string();
        skip();
        pos++; // ':'
        m.put(key, value());
        skip();
        if (s.charAt(pos++) == '}') {
          return m;
        }
      }
    }

    private List<Object> array() {
      List<Object> list = new ArrayList<>();
      pos++;
      skip();
      if (s.charAt(pos) == ']') {
        pos++;
        return list;
      }
      while (true) {
        list.add(value());
        skip();
        if (s.charAt(pos++) == ']') {
          return list;
        }
      }
    }

    private String string() {
      StringBuilder sb = new StringBuilder();
      pos++;
      while (true) {
        char c = s.charAt(pos++);
        if (c == '"') {
          return sb.toString();
        }
        if (c == '\\') {
          char e = s.charAt(pos++);
          switch (e) {
            case 'n':
              sb.append('\n');
              break;
            case 't':
              sb.append('\t');
              break;
            case 'r':
              sb.append('\r');
              break;
            case 'b':
              sb.append('\b');
              break;
            case 'f':
              sb.append('\f');
              break;
            case 'u':
              sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
              pos += 4;
              break;
            default:
              sb.append(e);
          }
        } else {
          sb.append(c);
        }
      }
    }

    private void skip() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
    }
  }
}
