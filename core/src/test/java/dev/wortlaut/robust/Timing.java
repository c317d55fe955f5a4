package dev.wortlaut.robust;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wortlaut.Analysis;
import dev.wortlaut.NewsAnalyzer;

/** The time measurement shared by the linear-time tests: they compare ratios, never absolute times. */
final class Timing {

  private Timing() {}

  /** The fastest of three analyses of {@code text}, in nanoseconds, after a garbage collection. */
  static long bestOfThree(NewsAnalyzer analyzer, String text) {
    long best = Long.MAX_VALUE;
    System.gc(); // keep the previous size's garbage out of this measurement
    for (int run = 0; run < 3; run++) {
      long start = System.nanoTime();
      Analysis analysis = analyzer.analyze(text);
      long elapsed = System.nanoTime() - start;
      assertTrue(analysis.text() == text, "analysis of the given text");
      best = Math.min(best, elapsed);
    }
    return best;
  }
}
