package dev.wortlaut;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class QuoteDetectorTest {

  private static final QuoteDetector DETECTOR = QuoteDetector.defaults();

  private static List<Quote> detect(String text) {
    return QuoteAssertions.checked(text, DETECTOR.detect(text));
  }

  private static String describe(List<Quote> quotes) {
    return quotes.stream()
        .map(q -> q.kind() + "[" + q.text() + "]<" + (q.speaker() == null ? null : q.speaker().text()) + ">")
        .collect(Collectors.joining("; "));
  }

  private static Quote single(String text, QuoteKind kind) {
    List<Quote> quotes = detect(text).stream().filter(q -> q.kind() == kind).toList();
    assertEquals(1, quotes.size(), () -> "expected one " + kind + " in: " + describe(detect(text)));
    return quotes.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // speaker after the quote, every quote style
        "„Wir werden die Lieferungen fortsetzen“, sagte Baerbock am Dienstag in Kiew.|Wir werden die Lieferungen fortsetzen|Baerbock",
        "\"Die Lage ist ernst\", erklärte der Sprecher des Verteidigungsministeriums, Arne Collatz.|Die Lage ist ernst|der Sprecher des Verteidigungsministeriums, Arne Collatz",
        "“Niemand will einen Krieg”, betonte die Ministerin.|Niemand will einen Krieg|die Ministerin",
        "»Das ist ein Wendepunkt«, sagte Scholz.|Das ist ein Wendepunkt|Scholz",
        "«Wir sind bereit», teilte die Regierung in Bern mit.|Wir sind bereit|die Regierung in Bern",
        "‚Wir bleiben standhaft‘, fügte er hinzu.|Wir bleiben standhaft|er",
        "„Die Verhandlungen sind gescheitert“, so der französische Präsident Emmanuel Macron.|Die Verhandlungen sind gescheitert|der französische Präsident Emmanuel Macron",
        // speaker before the quote
        "Stoltenberg sagte: „Die Allianz steht zusammen.“|Die Allianz steht zusammen.|Stoltenberg",
        "Der Kanzler erklärte am Abend: »Wir lassen uns nicht erpressen.«|Wir lassen uns nicht erpressen.|Der Kanzler",
        "In der Mitteilung des Auswärtigen Amtes heißt es: „Die Botschaft bleibt geöffnet.“|Die Botschaft bleibt geöffnet.|des Auswärtigen Amtes",
        // several sentences in one quote
        "„Die Angriffe müssen aufhören. Es gibt keine Rechtfertigung dafür“, sagte Guterres in New York.|Die Angriffe müssen aufhören. Es gibt keine Rechtfertigung dafür|Guterres",
      })
  void directQuote_contentAndSpeaker(String text, String content, String speaker) {
    Quote q = single(text, QuoteKind.DIRECT);
    assertEquals(content, q.text());
    assertEquals(speaker, q.speaker().text());
  }

  @Test
  void insertedInquit_givesTwoQuotesWithOneSpeaker() {
    String text = "„Wir haben alles versucht“, sagte Habeck, „aber die Zeit war zu knapp.“";
    List<Quote> quotes = detect(text);
    assertEquals(2, quotes.size(), describe(quotes));
    assertEquals("Wir haben alles versucht", quotes.get(0).text());
    assertEquals("aber die Zeit war zu knapp.", quotes.get(1).text());
    assertEquals("Habeck", quotes.get(0).speaker().text());
    assertEquals(quotes.get(0).speaker(), quotes.get(1).speaker());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Pistorius sagte, die Bundeswehr sei auf den Einsatz vorbereitet.|die Bundeswehr sei auf den Einsatz vorbereitet|Pistorius",
        "Die Ministerin betonte, dass Deutschland an seinen Zusagen festhalte.|dass Deutschland an seinen Zusagen festhalte|Die Ministerin",
        "Bei dem Treffen in Brüssel erklärte Rutte, das Bündnis werde seine Ostflanke stärken.|das Bündnis werde seine Ostflanke stärken|Rutte",
        "Die Regierung in Warschau hat angekündigt, sie werde die Grenze schließen.|sie werde die Grenze schließen|Die Regierung in Warschau",
        "Er fügte hinzu, man könne die Lage noch nicht abschließend bewerten.|man könne die Lage noch nicht abschließend bewerten|Er",
        "Die Grenzschützer hätten die Gruppe gestoppt, hieß es aus Sicherheitskreisen.|Die Grenzschützer hätten die Gruppe gestoppt|Sicherheitskreisen",
        "Die Gespräche seien konstruktiv verlaufen, sagte ein Sprecher der Kommission.|Die Gespräche seien konstruktiv verlaufen|ein Sprecher der Kommission",
        "Die Lage an der Front bleibe angespannt, so die ukrainische Armeeführung.|Die Lage an der Front bleibe angespannt|die ukrainische Armeeführung",
        "Das Ministerium teilte mit, ob die Flüge wieder aufgenommen würden, sei offen.|ob die Flüge wieder aufgenommen würden, sei offen|Das Ministerium",
        "Selenskyj sagte, Russland müsse „für diesen Terror bezahlen“.|Russland müsse „für diesen Terror bezahlen“|Selenskyj",
        "Man werde die Hilfe verdoppeln, sagte dazu der Außenbeauftragte der EU.|Man werde die Hilfe verdoppeln|der Außenbeauftragte der EU",
        "Die Opposition warf dem Minister vor, das Parlament getäuscht zu haben.|das Parlament getäuscht zu haben|Die Opposition",
        "Die Gewerkschaft und der Betriebsrat kündigten an, sie würden streiken.|sie würden streiken|Die Gewerkschaft und der Betriebsrat",
        "Er habe keine Angst, sagte der 45-Jährige.|Er habe keine Angst|der 45-Jährige",
        "Sie habe, so die Anklage, das Geld veruntreut.|Sie habe, so die Anklage, das Geld veruntreut|die Anklage",
        "Die Lage, sagte der General, sei ernst.|Die Lage, sagte der General, sei ernst|der General",
        "Sie sagte der „Süddeutschen Zeitung“, sie sei enttäuscht.|sie sei enttäuscht|Sie",
        "Die Ministerin erklärte gegenüber dem ZDF, man werde die Entscheidung prüfen.|man werde die Entscheidung prüfen|Die Ministerin",
      })
  void indirectSpeech_contentAndSpeaker(String text, String content, String speaker) {
    Quote q = single(text, QuoteKind.INDIRECT);
    assertEquals(content, q.text());
    assertEquals(speaker, q.speaker() == null ? null : q.speaker().text());
  }

  @Test
  void indirectReport_continuesOverFollowingKonjunktivSentences() {
    String text =
        "Der Bürgermeister sagte, die Stadt sei auf den Winter vorbereitet. Die Notunterkünfte "
            + "stünden bereit, und es gebe genügend Decken. Zudem habe man zusätzliche Helfer "
            + "eingestellt. Am Abend begann es zu schneien.";
    List<Quote> quotes = detect(text);
    assertEquals(3, quotes.size(), describe(quotes));
    assertEquals("Der Bürgermeister", quotes.get(2).speaker().text());
    assertEquals("Zudem habe man zusätzliche Helfer eingestellt", quotes.get(2).text());
    assertNull(quotes.get(2).cue());
    assertEquals(QuoteKind.INDIRECT, quotes.get(1).kind());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Laut dem Gesundheitsministerium wurden 300 Menschen verletzt.|wurden 300 Menschen verletzt|dem Gesundheitsministerium",
        "Die Armee hat laut eigenen Berichten zwei Dörfer erobert.|Die Armee hat laut eigenen Berichten zwei Dörfer erobert|eigenen Berichten",
        "Dem ukrainischen Generalstab zufolge wurden 40 Drohnen abgeschossen.|wurden 40 Drohnen abgeschossen|Dem ukrainischen Generalstab",
        "Die Preise sind der Bundesbank zufolge deutlich gestiegen.|Die Preise sind der Bundesbank zufolge deutlich gestiegen|der Bundesbank",
        "Nach Angaben der Polizei wurden drei Verdächtige festgenommen.|wurden drei Verdächtige festgenommen|der Polizei",
        "Nach Informationen des Spiegel plant die Regierung neue Sanktionen.|plant die Regierung neue Sanktionen|des Spiegel",
        "Die Waffenruhe ist gebrochen worden, wie die Nachrichtenagentur Reuters berichtete.|Die Waffenruhe ist gebrochen worden|die Nachrichtenagentur Reuters",
        "Wie das Innenministerium mitteilte, wurde der Grenzübergang geschlossen.|wurde der Grenzübergang geschlossen|das Innenministerium",
        "Der Bericht der Kommission, wonach die Ziele verfehlt wurden, sorgte für Aufsehen.|die Ziele verfehlt wurden|Der Bericht der Kommission",
        "Die Zahl der Toten stieg nach UN-Angaben auf 300.|Die Zahl der Toten stieg nach UN-Angaben auf 300|UN",
      })
  void accordingTo_contentAndSource(String text, String content, String speaker) {
    Quote q = single(text, QuoteKind.ACCORDING_TO);
    assertEquals(content, q.text());
    assertEquals(speaker, q.speaker() == null ? null : q.speaker().text());
  }

  @Test
  void demnach_yieldsToAnExplicitSourceInTheSameSentence() {
    String text = "Demnach sollen die Truppen abgezogen werden, wie aus einem Papier des Ministeriums hervorgeht.";
    Quote q = single(text, QuoteKind.ACCORDING_TO);
    assertEquals("wie", q.cue().text());
    assertEquals("einem Papier des Ministeriums", q.speaker().text());
  }

  @Test
  void subjectWithApposition_beforeColonQuote_isNotAReport() {
    String text = "Der Außenminister der Türkei, Hakan Fidan, sagte in Ankara: „Wir dulden keine Angriffe.“";
    List<Quote> quotes = detect(text);
    assertEquals(1, quotes.size(), describe(quotes));
    assertEquals("Der Außenminister der Türkei, Hakan Fidan", quotes.get(0).speaker().text());
  }

  @Test
  void demnach_takesTheSourceOfThePreviousReport() {
    String text =
        "Nach Angaben der Feuerwehr brach das Feuer am Morgen aus. Demnach wurde niemand verletzt.";
    List<Quote> quotes = detect(text);
    assertEquals(2, quotes.size(), describe(quotes));
    assertEquals("wurde niemand verletzt", quotes.get(1).text());
    assertEquals("der Feuerwehr", quotes.get(1).speaker().text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Die Feier zum „Tag der Einheit“ fand in Erfurt statt.",
        "Sie warf der Regierung eine \"Blockadehaltung\" vor.",
        "Er bezeichnete den Angriff als „feigen Terrorakt“.",
        "Die Ministerin lobte die „hervorragende Zusammenarbeit“ der Behörden.",
        "Der Präsident verurteilte den Anschlag scharf.",
        "Es lebe die Republik!",
        "Gibt's das? Ch'oe und Guterres' Sprecher trafen sich.",
        "Der Bildschirm misst 27\" und kostet 300 Euro.",
        "Die Resolution wurde gemäß Artikel 27 der Charta angenommen.",
        "Die Lage ist nach Berichten über neue Angriffe angespannt.",
        "Meine Damen und Herren, wir stehen vor einer schweren Entscheidung.",
        "Die Stadt ist, wie wir wissen, hoch verschuldet.",
      })
  void notSpeech_yieldsNothing(String text) {
    List<Quote> quotes = detect(text);
    assertTrue(quotes.isEmpty(), () -> describe(quotes));
  }

  @Test
  void bookTitleAsSource_isAttributionNotDirectQuote() {
    String text = "Laut der „Washington Post“ sind weitere Gespräche geplant.";
    List<Quote> quotes = detect(text);
    assertEquals(1, quotes.size(), describe(quotes));
    assertEquals(QuoteKind.ACCORDING_TO, quotes.get(0).kind());
    assertEquals("der „Washington Post“", quotes.get(0).speaker().text());
  }

  @Test
  void quotedFragmentInsideReport_isNotListedOnItsOwn() {
    String text = "Die Kommissarin sagte, die EU werde „mit aller Härte“ reagieren.";
    List<Quote> quotes = detect(text);
    assertEquals(1, quotes.size(), describe(quotes));
    assertEquals(QuoteKind.INDIRECT, quotes.get(0).kind());
  }

  @Test
  void nestedReportWithOwnSpeaker_isListedToo() {
    String text = "Bei dem Gespräch habe Macron erklärt, Europa müsse mehr tun, berichtete die Zeitung Le Monde.";
    List<Quote> quotes = detect(text);
    assertEquals(2, quotes.size(), describe(quotes));
    assertEquals("die Zeitung Le Monde", quotes.get(0).speaker().text());
    assertEquals("Europa müsse mehr tun", quotes.get(1).text());
    assertEquals("Macron", quotes.get(1).speaker().text());
  }

  @Test
  void standaloneQuote_followingAttributedQuote_keepsSpeaker() {
    String text = "„Wir fordern Aufklärung“, sagte Merz im Bundestag. „Die Bürger haben ein Recht darauf.“";
    List<Quote> quotes = detect(text);
    assertEquals(2, quotes.size(), describe(quotes));
    assertEquals("Merz", quotes.get(1).speaker().text());
  }

  @Test
  void speakerEntity_comesFromMentionInsideSpeaker() {
    String text = "„Wir bleiben an der Seite der Ukraine“, sagte Außenministerin Annalena Baerbock.";
    int at = text.indexOf("Annalena");
    Entity baerbock = Entity.of("baerbock", EntityType.PERSON, "Annalena Baerbock");
    Mention m = new Mention(at, at + 17, "Annalena Baerbock", baerbock, MatchKind.EXACT, 1.0);
    List<Quote> quotes = QuoteAssertions.checked(text, DETECTOR.detect(text, List.of(m)));
    assertEquals(1, quotes.size());
    assertEquals(baerbock, quotes.get(0).speakerEntity());
  }

  @Test
  void pronounSpeaker_resolvesToNearestPersonOfFittingGender() {
    String text =
        "Außenministerin Penny Wong traf ihren Amtskollegen Wang Yi in Peking. "
            + "Sie sagte, Australien wolle stabile Beziehungen.";
    Entity wong = Entity.of("wong", EntityType.PERSON, "Penny Wong");
    Entity wang = Entity.of("wang", EntityType.PERSON, "Wang Yi");
    int w = text.indexOf("Penny");
    int y = text.indexOf("Wang Yi");
    List<Mention> mentions =
        List.of(
            new Mention(w, w + 10, "Penny Wong", wong, MatchKind.EXACT, 1.0),
            new Mention(y, y + 7, "Wang Yi", wang, MatchKind.EXACT, 1.0));
    List<Quote> quotes = QuoteAssertions.checked(text, DETECTOR.detect(text, mentions));
    assertEquals(1, quotes.size(), describe(quotes));
    assertEquals("Sie", quotes.get(0).speaker().text());
    assertEquals(wong, quotes.get(0).speakerEntity());
  }

  @Test
  void withoutMentions_speakerEntityIsNull() {
    Quote q = single("„Es reicht“, sagte Klingbeil.", QuoteKind.DIRECT);
    assertNotNull(q.speaker());
    assertNull(q.speakerEntity());
  }

  @Test
  void unbalancedMark_neverRunsPastTheParagraph() {
    String text = "Er sprach von einem „Neuanfang und ging.\n\n„Wir sind zufrieden“, sagte Weber.";
    List<Quote> quotes = detect(text);
    assertEquals(1, quotes.size(), describe(quotes));
    assertEquals("Wir sind zufrieden", quotes.get(0).text());
  }

  @Test
  void dateline_isNotPartOfTheReport() {
    Quote q = single("Ankara – Die Polizei teilte mit, ein Verdächtiger sei gefasst worden.", QuoteKind.INDIRECT);
    assertEquals("Die Polizei", q.speaker().text());
  }

  @Test
  void sharedDetector_givesSameResultsOnManyThreads() throws Exception {
    String text =
        "„Wir sind bereit“, sagte Tusk. Laut der Regierung sei die Lage stabil. Sie betonte, dass "
            + "Polen vorbereitet sei. Es gebe genug Vorräte.";
    List<Quote> expected = DETECTOR.detect(text);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<Quote>>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < 32; i++) {
        futures.add(pool.submit(() -> DETECTOR.detect(text)));
      }
      for (java.util.concurrent.Future<List<Quote>> f : futures) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(4, expected.size(), describe(expected));
  }

  @Test
  void emptyText_yieldsNoQuotes() {
    assertEquals(List.of(), DETECTOR.detect(""));
  }

  @Test
  void nullArguments_areRejectedWithName() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> DETECTOR.detect(null));
    assertEquals("text", e.getMessage());
    NullPointerException m = assertThrows(NullPointerException.class, () -> DETECTOR.detect("x", null));
    assertEquals("mentions", m.getMessage());
  }
}
