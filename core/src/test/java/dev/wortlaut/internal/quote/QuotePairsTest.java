package dev.wortlaut.internal.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wortlaut.internal.text.TextIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class QuotePairsTest {

  /** The texts between paired top-level marks. */
  private static List<String> quoted(String text) {
    TextIndex index = TextIndex.of(text);
    QuotePairs pairs = QuotePairs.of(index);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < index.size(); i++) {
      int c = pairs.closeOf(i);
      if (c > i + 1 && pairs.depth(i) == 0) {
        out.add(text.substring(index.start(i + 1), index.end(c - 1)));
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Er sagte „Ja klar“ und ging.|Ja klar",
        "Er sagte \"Ja klar\" und ging.|Ja klar",
        "Er sagte “Ja klar” und ging.|Ja klar",
        "Er sagte »Ja klar« und ging.|Ja klar",
        "Er sagte «Ja klar» und ging.|Ja klar",
        "Er sagte ‚Ja klar‘ und ging.|Ja klar",
        "„Sie rief ‚Halt‘ und lief“, sagte er.|Sie rief ‚Halt‘ und lief",
        "»Er nannte es ›Unsinn‹.« Dann ging er.|Er nannte es ›Unsinn‹.",
        "„Das gibt's nicht“, sagte Ch'oe.|Das gibt's nicht",
        "„Guterres' Sprecher kommt“, hieß es.|Guterres' Sprecher kommt",
        "Ein 17\" Monitor und \"ein Satz\" hier.|ein Satz",
      })
  void pairs_everyStyle(String text, String expected) {
    assertEquals(List.of(expected), quoted(text));
  }

  @Test
  void unmatchedOpener_isDroppedAtParagraphBreak() {
    assertEquals(List.of(), quoted("Er sprach von „Reform.\n\nDanach kam “nichts."));
  }

  @Test
  void strayCloser_isIgnored() {
    assertEquals(List.of("b"), quoted("a“ x „b“ c"));
  }

  @Test
  void hundredThousandUnmatchedMarks_takeLinearSteps() {
    StringBuilder sb = new StringBuilder();
    Random random = new Random(42);
    String marks = "„“\"»«‚‘";
    for (int i = 0; i < 100_000; i++) {
      sb.append(marks.charAt(random.nextInt(marks.length()))).append(i % 3 == 0 ? " " : "");
    }
    TextIndex index = TextIndex.of(sb.toString());
    long steps = QuotePairs.of(index).steps();
    // every token costs the scan itself plus at most MAX_DEPTH stack probes and shifts
    long bound = (long) index.size() * (2 * QuotePairs.MAX_DEPTH + 3);
    assertTrue(steps <= bound, "seed 42: " + steps + " steps for " + index.size() + " tokens");
    assertTrue(index.size() >= 100_000);
  }

  @Test
  void hundredThousandOpeners_detectorFindsNothing() {
    String text = "„a ".repeat(100_000);
    assertEquals(List.of(), ReportFinder.find(TextIndex.of(text), List.of()));
  }
}
