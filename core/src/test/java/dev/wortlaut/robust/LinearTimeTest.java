package dev.wortlaut.robust;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import dev.wortlaut.Analysis;
import dev.wortlaut.NewsAnalyzer;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Adversarial inputs must be analysed in linear time: the three sizes of one input are timed in the
 * same run (best of three after a warm-up) and the 4 MB time may be at most {@value #FACTOR} times the 1
 * MB time (linear is 4, quadratic 16), in at least one of {@value #ATTEMPTS} attempts.
 */
final class LinearTimeTest {

  private static final int MB = 1 << 20;
  private static final double FACTOR = 8;
  /** Below this a measurement is noise; shorter 1 MB times are raised to it. */
  private static final long FLOOR_NANOS = 10_000_000;
  private static final int ATTEMPTS = 3;

  private static final NewsAnalyzer ANALYZER =
      NewsAnalyzer.builder().gazetteer(Texts.gazetteer()).quotes().quantities().build();

  private static final String[][] PATTERNS = {
    // digits and separators
    {"1.000,5 ", "2:1 ", "3,5 % ", "10.000 ", "24. ", "1.000.000,00 € ", "15:53 ", "5-6 ", "2024 ",
        "½ ", "0,0", ".", ", ", "1/2 ", "-3 ", "Nr. 7 ", "100 Mio. "},
    // quotation marks of all styles
    {"„", "“", "”", "\"", "'", "‚", "‘", "’", "»", "«", "›", "‹", " ", "„Wir ", "sagte er“ ", "» ",
        "‚ja‘ "},
    // capitalised words
    {"Bundesregierung ", "Kim ", "Jong ", "Un ", "Sergej ", "Lawrow ", "Merz ", "Moskau ", "Der ",
        "Die ", "Außenministerin ", "Choe ", "Son ", "Hui ", "Nordkorea ", "SPD ", "Sagte "},
    // hyphens and apostrophes
    {"-", "–", "—", "'", "’", "ʼ", "Son-", "hui", "Kim-Jong-", "Merz’ ", "Lawrow's ", "‑", "−", " - ",
        "a", "Ost-", "West-"}
  };

  private static String input(int pattern, int size) {
    Random random = new Random(31L * pattern + 7);
    String[] pieces = PATTERNS[pattern];
    StringBuilder out = new StringBuilder(size + 32);
    while (out.length() < size) {
      out.append(pieces[random.nextInt(pieces.length)]);
      if (random.nextInt(40) == 0) {
        out.append(random.nextBoolean() ? ". " : "\n\n");
      }
    }
    out.setLength(size);
    if (Character.isHighSurrogate(out.charAt(size - 1))) {
      out.setCharAt(size - 1, ' ');
    }
    return out.toString();
  }

  @ParameterizedTest(name = "pattern {0}")
  @ValueSource(ints = {0, 1, 2, 3})
  void adversarialInput_timeGrowsLinearly(int pattern) {
    String one = input(pattern, MB);
    String two = input(pattern, 2 * MB);
    String four = input(pattern, 4 * MB);
    assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
      Invariants.check(one, ANALYZER.analyze(one)); // warm-up, and the results must be sound
      String report = "";
      // a shared machine can stall one measurement; linear code passes one of three attempts, quadratic none
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        long t1 = Math.max(FLOOR_NANOS, Timing.bestOfThree(ANALYZER, one));
        long t2 = Timing.bestOfThree(ANALYZER, two);
        long t4 = Timing.bestOfThree(ANALYZER, four);
        double ratio = (double) t4 / t1;
        if (ratio < FACTOR) {
          return;
        }
        report += String.format(java.util.Locale.ROOT,
            " [1 MB %.1f ms, 2 MB %.1f ms, 4 MB %.1f ms: 4 MB / 1 MB = %.1f]", t1 / 1e6, t2 / 1e6,
            t4 / 1e6, ratio);
      }
      fail("pattern " + pattern + " grows faster than linearly (limit " + FACTOR + "):" + report);
    });
  }

  @Test
  void hundredThousandUnmatchedQuoteMarks_areAnalysedQuickly() {
    StringBuilder text = new StringBuilder();
    String[] marks = {"„", "»", "\"", "‚", "«", "“"};
    for (int i = 0; i < 100_000; i++) {
      text.append(marks[i % marks.length]);
      text.append(i % 7 == 0 ? " sagte Merz, " : " Wort ");
    }
    String document = text.toString();
    Analysis analysis = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ANALYZER.analyze(document));
    Invariants.check(document, analysis);
  }

  @Test
  void hundredThousandOpeningMarks_inARow_areAnalysedQuickly() {
    String document = "„".repeat(100_000) + " sagte er.";
    Analysis analysis = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ANALYZER.analyze(document));
    Invariants.check(document, analysis);
  }
}
