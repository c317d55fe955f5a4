package dev.wortlaut.benchmarks;

import dev.wortlaut.Gazetteer;
import dev.wortlaut.NameMatcher;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

/**
 * Retained heap of a compiled gazetteer, per entry: the used heap after repeated full collections,
 * before and after building, with the built objects still reachable. Prints one tab-separated line
 * per size: {@code size, gazetteer bytes, NameMatcher bytes, Aho–Corasick bytes} (each per entry).
 *
 * <pre>{@code java -Xmx6g -cp benchmarks/target/benchmarks.jar dev.wortlaut.benchmarks.Footprint 10000 100000}</pre>
 *
 * <p>The numbers are estimates (to a few bytes per entry at 100,000 entries): the JVM gives no exact
 * retained size, and other threads allocate a little while it measures.
 */
public final class Footprint {

  /** The header of the output. */
  public static final String HEADER = "size\tgazetteer_bytes_per_entry\tmatcher_bytes_per_entry"
      + "\taho_corasick_bytes_per_entry";

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private Footprint() {}

  /**
   * Measures each size given.
   *
   * @param args gazetteer sizes; {@code 100000} when none are given
   * @throws InterruptedException if interrupted while waiting for the collector
   */
  public static void main(String[] args) throws InterruptedException {
    String[] sizes = args.length == 0 ? new String[] {"100000"} : args;
    System.out.println(HEADER);
    for (String arg : sizes) {
      int size = Integer.parseInt(arg);
      long base = usedAfterGc();
      Gazetteer gazetteer = SyntheticGazetteer.of(size, SyntheticGazetteer.SEED);
      long withGazetteer = usedAfterGc();
      NameMatcher matcher = NameMatcher.of(gazetteer);
      long withMatcher = usedAfterGc();
      Baselines.AhoCorasick ahoCorasick = new Baselines.AhoCorasick(gazetteer);
      long withAhoCorasick = usedAfterGc();
      System.out.printf(
          Locale.ROOT,
          "%d\t%.1f\t%.1f\t%.1f%n",
          size,
          (withGazetteer - base) / (double) size,
          (withMatcher - withGazetteer) / (double) size,
          (withAhoCorasick - withMatcher) / (double) size);
      // keep everything reachable until the last measurement
      if (matcher.gazetteer() != gazetteer || ahoCorasick.count("") != 0) {
        throw new IllegalStateException("unreachable");
      }
    }
  }

  /** The used heap once repeated collections stop freeing memory. */
  static long usedAfterGc() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      Thread.sleep(50);
      long now = MEMORY.getHeapMemoryUsage().getUsed();
      if (now >= used && i >= 3) {
        return Math.min(now, used);
      }
      used = Math.min(used, now);
    }
    return used;
  }
}
