package dev.wortlaut.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

final class TextIndexTest {

  private static List<String> tokens(TextIndex index) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < index.size(); i++) {
      out.add(index.text(i));
    }
    return out;
  }

  @Test
  void numbersKeepInnerSeparators_betweenDigitsOnly() {
    TextIndex index = TextIndex.of("10.000 Soldaten, 3,5 Prozent, 15:53 Uhr, am 01.11.2024. Ende, 2:1.");
    assertEquals(
        List.of("10.000", "Soldaten", ",", "3,5", "Prozent", ",", "15:53", "Uhr", ",", "am",
            "01.11.2024", ".", "Ende", ",", "2:1", "."),
        tokens(index));
    assertEquals(TokenShape.NUMBER, index.shape(0));
    assertEquals(TokenShape.WORD, index.shape(1));
    assertEquals(TokenShape.PUNCT, index.shape(2));
  }

  @Test
  void hyphensAndApostrophes_splitButStayAttached() {
    TextIndex index = TextIndex.of("Choe Son-hui und Ch'oe Sŏn-hŭi");
    assertEquals(List.of("Choe", "Son", "-", "hui", "und", "Ch", "'", "oe", "Sŏn", "-", "hŭi"),
        tokens(index));
    assertFalse(index.isAttached(1));
    assertTrue(index.isAttached(2));
    assertTrue(index.isAttached(3));
    assertEquals(TokenShape.DASH, index.shape(2));
    assertEquals(TokenShape.QUOTE, index.shape(6));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "G7|ALNUM",
        "km²|WORD",
        "Lawrow|WORD",
        "1949|NUMBER",
        "„|QUOTE",
        "»|QUOTE",
        "–|DASH",
        "€|SYMBOL",
        "%|SYMBOL",
        "§|SYMBOL",
        "(|PUNCT",
        "…|PUNCT"
      })
  void shapes(String token, TokenShape shape) {
    TextIndex index = TextIndex.of(token);
    assertEquals(1, index.size());
    assertEquals(shape, index.shape(0));
  }

  @Test
  void combiningMarksStayInsideTheWord() {
    String decomposed = "So\u0306n-hu\u0306i"; // Sŏn-hŭi with combining breves
    TextIndex index = TextIndex.of(decomposed);
    assertEquals(List.of("So\u0306n", "-", "hu\u0306i"), tokens(index));
  }

  @Test
  void surrogatePairsAreNeverSplit_andUnpairedSurrogatesAreTokens() {
    String text = "Gut \uD83D\uDE00 so\uD800 ende";
    TextIndex index = TextIndex.of(text);
    assertEquals(List.of("Gut", "\uD83D\uDE00", "so", "\uD800", "ende"), tokens(index));
    assertEquals(TokenShape.OTHER, index.shape(1));
    assertEquals(TokenShape.OTHER, index.shape(3));
  }

  @Test
  void whitespaceFlags_markSpacesLineBreaksAndParagraphs() {
    TextIndex index = TextIndex.of("Titel\n\nErster Satz\nzweite Zeile.\r\n \r\nNeu");
    assertEquals(List.of("Titel", "Erster", "Satz", "zweite", "Zeile", ".", "Neu"), tokens(index));
    assertTrue(index.startsParagraph(0));
    assertTrue(index.startsParagraph(1));
    assertFalse(index.startsParagraph(3));
    assertTrue((index.flags(3) & TextIndex.NEWLINE_BEFORE) != 0);
    assertTrue(index.startsParagraph(6));
    assertFalse(index.isAttached(1));
    assertTrue(index.isAttached(5));
  }

  @Test
  void noBreakAndThinSpacesAreWhitespace() {
    TextIndex index = TextIndex.of("1\u202F000\u00A0000 Euro");
    assertEquals(List.of("1", "000", "000", "Euro"), tokens(index));
    assertFalse(index.isAttached(1));
  }

  @Test
  void tokenAt_findsContainingOrNextToken() {
    TextIndex index = TextIndex.of("ab  cd");
    assertEquals(0, index.tokenAt(0));
    assertEquals(0, index.tokenAt(1));
    assertEquals(1, index.tokenAt(2));
    assertEquals(1, index.tokenAt(5));
    assertEquals(2, index.tokenAt(6));
  }

  @Test
  void emptyAndBlankText_haveNoTokensAndNoSentences() {
    assertEquals(0, TextIndex.of("").size());
    assertEquals(0, TextIndex.of("").sentenceCount());
    assertEquals(0, TextIndex.of(" \n\t ").size());
    assertEquals(0, TextIndex.of(" \n\t ").sentenceCount());
  }

  @Test
  void lowerIsLocaleIndependent() {
    TextIndex index = TextIndex.of("ISTANBUL ÄRGER");
    assertEquals("istanbul", index.lower(0));
    assertEquals("ärger", index.lower(1));
  }
}
