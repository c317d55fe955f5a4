package dev.wortlaut.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class SentenceSplitterTest {

  static List<String> sentences(String text) {
    TextIndex index = TextIndex.of(text);
    List<String> out = new ArrayList<>();
    for (int s = 0; s < index.sentenceCount(); s++) {
      out.add(text.substring(index.sentenceStart(s), index.sentenceEnd(s)));
    }
    return out;
  }

  static String article(String name) throws IOException {
    try (InputStream in = SentenceSplitterTest.class.getResourceAsStream("/articles/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Sentence counts of the five example articles, counted by hand. Headings, the dateline header of
   * article 2, picture captions and the page furniture ("Mehr zum Thema", "Z+ (abopflichtiger Inhalt);")
   * count as one sentence each, because a blank line ends a sentence.
   */
  @ParameterizedTest(name = "{0} has {1} sentences")
  @CsvSource({
    "article-1.txt, 31",
    "article-2.txt, 29",
    "article-3.txt, 20",
    "article-4.txt, 29",
    "article-5.txt, 19"
  })
  void seedArticles_haveTheHandCountedNumberOfSentences(String name, int expected)
      throws IOException {
    assertEquals(expected, sentences(article(name)).size());
  }

  @Test
  void article3_hardLineBreaksDoNotSplitSentences() throws IOException {
    List<String> sentences = sentences(article("article-3.txt"));
    assertEquals(
        "Der russische\nAußenminister Sergej Lawrow hat den nordkoreanischen\n"
            + "Machthaber Kim Jong Un nach Russland eingeladen.",
        sentences.get(0));
  }

  @Test
  void article5_quoteOverTwoSentences_splitsAtTheInnerPeriod() throws IOException {
    List<String> sentences = sentences(article("article-5.txt"));
    assertEquals(
        "Bis zum Tag des Sieges werden wir immer fest an der Seite unserer russischen Kameraden"
            + " stehen.\u201D",
        sentences.get(4));
  }

  @Test
  void article5_ordinalDate_doesNotEndTheSentence() throws IOException {
    List<String> sentences = sentences(article("article-5.txt"));
    assertEquals("Die Staatsduma ratifizierte den Vertrag am 24. Oktober.", sentences.get(10));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // abbreviations
        "Dr. Müller kam. Prof. Schmidt nicht.|2",
        "Das gilt z. B. für Kiew. Es gilt auch u. a. für Charkiw.|2",
        "Es geht um 1,2 Mrd. Euro und 20 Mio. Dollar. Dann kam St. Petersburg.|2",
        "Sie wohnt in der Str. 5, Nr. 12. Danach ging sie.|2",
        "Das kostet ca. zehn Euro, bzw. elf.|1",
        // ordinals and dates
        "Am 24. Oktober kam er. Am 1. November 2024 ging er.|2",
        "Er kam zum 3. Mal. Sie nicht.|2",
        "Er wurde 1949 geboren. Danach zog er um.|2",
        // initials
        "Donald J. Trump sprach. Er ging.|2",
        // quotes that end or continue sentences
        "Sie sagte, er werde „einen Sieg erringen werde.“ Danach ging sie.|2",
        "„Wir kommen!“, sagte er. Sie blieb.|2",
        "„Wer kommt?“ fragte sie. Niemand.|2",
        // may-end abbreviations
        "Panzer, Raketen usw. Die Liste ist lang.|2",
        // no space after period
        "Die Seite dpa.de meldet es. Gut.|2",
        // other terminals
        "Kommt er? Ja! Vielleicht… Nein.|4",
        "Der 2. Weltkrieg endete. Platz 3. Danach kam nichts.|3",
        // datelines
        "Moskau (dpa) - Der Minister reiste ab.|1"
      })
  void trickyCases(String text, int expected) {
    assertEquals(expected, sentences(text).size(), () -> String.valueOf(sentences(text)));
  }

  @Test
  void blankLineEndsAHeadingWithoutPunctuation() {
    assertEquals(
        List.of("Überschrift ohne Punkt", "Der Text beginnt hier."),
        sentences("Überschrift ohne Punkt\n\nDer Text beginnt hier."));
  }

  @Test
  void sentencesCoverEveryTokenOnceInOrder() throws IOException {
    for (int a = 1; a <= 5; a++) {
      TextIndex index = TextIndex.of(article("article-" + a + ".txt"));
      int expectedFirst = 0;
      for (int s = 0; s < index.sentenceCount(); s++) {
        assertEquals(expectedFirst, index.sentenceFirstToken(s));
        expectedFirst = index.sentenceEndToken(s);
        for (int t = index.sentenceFirstToken(s); t < index.sentenceEndToken(s); t++) {
          assertEquals(s, index.sentenceOf(t));
        }
      }
      assertEquals(index.size(), expectedFirst);
    }
  }
}
