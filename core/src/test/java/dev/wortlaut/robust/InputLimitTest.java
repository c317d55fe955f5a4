package dev.wortlaut.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wortlaut.Analysis;
import dev.wortlaut.NewsAnalyzer;
import org.junit.jupiter.api.Test;

final class InputLimitTest {

  private static final String SENTENCE = "Die Preise stiegen um 3,5 Prozent auf 1.200 Euro. ";

  private static String text(int length) {
    StringBuilder out = new StringBuilder(length + SENTENCE.length());
    while (out.length() < length) {
      out.append(SENTENCE);
    }
    out.setLength(length);
    return out.toString();
  }

  @Test
  void documentLongerThanMaxLength_isRejectedNamingTheBuilderMethod() {
    NewsAnalyzer analyzer = NewsAnalyzer.builder().quantities().maxLength(100).build();
    String text = text(101);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> analyzer.analyze(text));

    assertTrue(e.getMessage().contains("NewsAnalyzer.Builder.maxLength"), e.getMessage());
    assertTrue(e.getMessage().contains("101"), () -> "the document length in: " + e.getMessage());
    assertTrue(e.getMessage().contains("100"), () -> "the limit in: " + e.getMessage());
  }

  @Test
  void documentOfExactlyMaxLength_isAccepted() {
    NewsAnalyzer analyzer = NewsAnalyzer.builder().quantities().maxLength(100).build();
    String text = text(100);

    Analysis analysis = analyzer.analyze(text);

    Invariants.check(text, analysis);
  }

  @Test
  void maxLengthBelowOne_isRejectedInTheBuilder() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NewsAnalyzer.builder().maxLength(0));

    assertTrue(e.getMessage().contains("maxLength"), e.getMessage());
  }

  @Test
  void defaultLimit_isTenMillion() {
    assertEquals(10_000_000, NewsAnalyzer.builder().quantities().build().maxLength());
  }

  @Test
  void defaultLimit_rejectsTenMillionAndOneCharacters() {
    NewsAnalyzer analyzer = NewsAnalyzer.builder().quantities().build();
    String text = "a".repeat(NewsAnalyzer.DEFAULT_MAX_LENGTH + 1);

    assertThrows(IllegalArgumentException.class, () -> analyzer.analyze(text));
  }

  @Test
  void defaultLimit_acceptsATenMillionCharacterDocument() {
    NewsAnalyzer analyzer = NewsAnalyzer.builder().quantities().build();
    String text = text(NewsAnalyzer.DEFAULT_MAX_LENGTH);

    Analysis analysis = analyzer.analyze(text);

    Invariants.checkQuantities(text, analysis.quantities());
    assertEquals(text.length(), analysis.text().length(), "analysed length");
  }

  @Test
  void emptyDocument_yieldsAnEmptyAnalysis() {
    Analysis analysis = NewsAnalyzer.builder().gazetteer(Texts.gazetteer()).quotes().quantities()
        .build().analyze("");

    assertEquals(0, analysis.mentions().size() + analysis.quotes().size() + analysis.quantities().size(),
        "items in an empty document");
  }
}
