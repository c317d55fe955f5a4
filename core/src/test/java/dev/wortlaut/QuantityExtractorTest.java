package dev.wortlaut;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class QuantityExtractorTest {

  private static final QuantityExtractor EXTRACTOR = QuantityExtractor.defaults();

  /** Checks the invariants every result must keep and returns the quantities. */
  static List<Quantity> extractChecked(String text) {
    List<Quantity> quantities = EXTRACTOR.extract(text);
    int previousEnd = 0;
    for (Quantity q : quantities) {
      assertTrue(q.start() >= previousEnd, () -> "sorted and not overlapping: " + quantities);
      assertTrue(q.start() < q.end(), () -> "non-empty: " + q);
      assertEquals(text.substring(q.start(), q.end()), q.text());
      if (q.modifier() != null) {
        Span m = q.modifier();
        assertEquals(text.substring(m.start(), m.end()), m.text());
        assertTrue(m.end() <= q.start(), () -> "modifier before the span: " + q);
      }
      previousEnd = q.end();
    }
    return quantities;
  }

  private static Quantity single(String sentence, String expectedText) {
    List<Quantity> found = extractChecked(sentence);
    List<Quantity> matching = new ArrayList<>();
    for (Quantity q : found) {
      if (q.text().equals(expectedText)) {
        matching.add(q);
      }
    }
    assertEquals(1, matching.size(), () -> "expected [" + expectedText + "] in " + found);
    return matching.get(0);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      Russland hat 10.000 nordkoreanische Soldaten aufgenommen.     | 10.000 nordkoreanische Soldaten | 10000 | Soldaten | COUNT
      Im Parlament stimmten 736 Abgeordneten dafür.                 | 736 Abgeordneten | 736 | Abgeordneten | COUNT
      Die Ukraine erhält 24 F-16 aus den Niederlanden.              | 24 F-16 | 24 | F-16 | COUNT
      Das Land entsandte 1 000 000 Helfer.                          | 1 000 000 Helfer | 1000000 | Helfer | COUNT
      Es kamen 40 000 Menschen.                                     | 40 000 Menschen | 40000 | Menschen | COUNT
      Es kamen 2 500 Menschen.                                      | 2 500 Menschen | 2500 | Menschen | COUNT
      Es kamen 7 500 Menschen.                                      | 7 500 Menschen | 7500 | Menschen | COUNT
      Die Inflation liegt bei 3,5 Prozent.                          | 3,5 Prozent | 3.5 | percent | PERCENT
      Die Partei verlor 20% der Stimmen.                            | 20% | 20 | percent | PERCENT
      Die Partei gewann 2,5 Prozentpunkte hinzu.                    | 2,5 Prozentpunkte | 2.5 | percentage_point | PERCENTAGE_POINT
      Das Paket umfasst 1,2 Mrd. Euro.                              | 1,2 Mrd. Euro | 1200000000 | EUR | CURRENCY
      Washington sagte 50 Millionen US-Dollar zu.                   | 50 Millionen US-Dollar | 50000000 | USD | CURRENCY
      Das Ticket kostet € 20 pro Person.                            | € 20 | 20 | EUR | CURRENCY
      Der Schaden liegt bei 20 Mio. €.                              | 20 Mio. € | 20000000 | EUR | CURRENCY
      Der Kreml gibt 3 Billionen Rubel für das Militär aus.         | 3 Billionen Rubel | 3000000000000 | RUB | CURRENCY
      Kiew zahlte 400 Millionen Hrywnja.                            | 400 Millionen Hrywnja | 400000000 | UAH | CURRENCY
      Ein Kilo Reis kostet 5.000 nordkoreanische Won.              | 5.000 nordkoreanische Won | 5000 | KPW | CURRENCY
      Peking investierte 80 Mrd. Yuan in die Region.                | 80 Mrd. Yuan | 80000000000 | CNY | CURRENCY
      Die Rakete flog 300 Kilometer weit.                           | 300 Kilometer | 300 | km | LENGTH
      Das Schiff lag 12 Seemeilen vor der Küste.                    | 12 Seemeilen | 12 | nmi | LENGTH
      Das Gebiet ist 500 km² groß.                                  | 500 km² | 500 | km² | AREA
      Die Armee erhielt 30 Tonnen Munition.                         | 30 Tonnen | 30 | t | MASS
      Russland fördert 9 Millionen Barrel Öl am Tag.                | 9 Millionen Barrel | 9000000 | barrel | VOLUME
      Die Pipeline liefert 55 Milliarden Kubikmeter Gas.            | 55 Milliarden Kubikmeter | 55000000000 | m³ | VOLUME
      Die Drohne fliegt 180 km/h schnell.                           | 180 km/h | 180 | km/h | SPEED
      Das Kraftwerk leistet 2 GW.                                   | 2 GW | 2 | GW | POWER
      Deutschland verbrauchte 500 TWh Strom.                        | 500 TWh | 500 | TWh | ENERGY
      In Kursk waren es minus 15 Grad.                              | minus 15 Grad | -15 | celsius | TEMPERATURE
      Nachts sanken die Temperaturen auf -3 °C.                    | -3 °C | -3 | celsius | TEMPERATURE
      Der Krieg dauert seit drei Jahren an.                         | drei Jahren | 3 | year | DURATION
      Die Verhandlungen dauerten 36 Stunden.                        | 36 Stunden | 36 | hour | DURATION
      Der 72-Jährige trat zurück.                                   | 72-Jährige | 72 | year | AGE
      Ein 19-jähriger Soldat wurde verletzt.                        | 19-jähriger | 19 | year | AGE
      Der Minister ist 58 Jahre alt.                                | 58 Jahre | 58 | year | AGE
      Mit 14 Jahren verließ er das Land.                            | 14 Jahren | 14 | year | AGE
      Das Baby war zehn Monate alt.                                 | zehn Monate | 10 | month | AGE
      Die Strecke misst 3km.                                        | 3km | 3 | km | LENGTH
      Erlaubt sind 120km/h.                                         | 120km/h | 120 | km/h | SPEED
      Es dauerte eine halbe Stunde.                                 | eine halbe Stunde | 0.5 | hour | DURATION
      Es waren sieben Grad unter null.                              | sieben Grad | -7 | celsius | TEMPERATURE
      Stockholm zahlt 500 Millionen schwedische Kronen.             | 500 Millionen schwedische Kronen | 500000000 | SEK | CURRENCY
      Ein Drittel der Wähler ist unentschlossen.                    | Ein Drittel | 0.3333333333333333 | fraction | FRACTION
      Zwei Drittel der Abgeordneten stimmten zu.                    | Zwei Drittel | 0.6666666666666667 | fraction | FRACTION
      Die Hälfte der Mittel fehlt.                                  | Die Hälfte | 0.5 | fraction | FRACTION
      Das Budget beträgt zweitausendfünfhundert Euro.               | zweitausendfünfhundert Euro | 2500 | EUR | CURRENCY
      Es starben dreiundzwanzig Zivilisten.                         | dreiundzwanzig Zivilisten | 23 | Zivilisten | COUNT
      Eine halbe Million Menschen floh.                             | Eine halbe Million Menschen | 500000 | Menschen | COUNT
      8000 von ihnen sind bereits in Kursk.                         | 8000 | 8000 | null | COUNT
      Der Wert fiel auf 1.234,56 Euro.                              | 1.234,56 Euro | 1234.56 | EUR | CURRENCY
      Der Fonds hat 1,500,000 Dollar.                               | 1,500,000 Dollar | 1500000 | USD | CURRENCY
      Der Preis stieg auf 3.5 Prozent.                              | 3.5 Prozent | 3.5 | percent | PERCENT
      """)
  void found(String sentence, String text, BigDecimal value, String unit, QuantityKind kind) {
    Quantity q = single(sentence, text);
    assertEquals(0, value.compareTo(q.value()), () -> "value of " + q);
    assertEquals(unit, q.unit());
    assertEquals(kind, q.kind());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      Rund 12.000 Soldaten sollen es sein.                | 12.000 Soldaten   | Rund         | true  | EXACT
      Etwa 300 Menschen protestierten.                    | 300 Menschen      | Etwa         | true  | EXACT
      Es kamen ca. 5000 Menschen.                         | 5000 Menschen     | ca.          | true  | EXACT
      Es kamen um die 200 Menschen.                       | 200 Menschen      | um die       | true  | EXACT
      Der Krieg dauert mehr als zwei Jahre.               | zwei Jahre        | mehr als     | false | LOWER
      Über 100 Menschen starben.                          | 100 Menschen      | Über         | false | LOWER
      Mindestens 12 Tote wurden gezählt.                  | 12 Tote           | Mindestens   | false | LOWER
      Es waren gut 40 Prozent.                            | 40 Prozent        | gut          | true  | LOWER
      Nordkorea liefert bis zu 500 Raketen.               | 500 Raketen       | bis zu       | false | UPPER
      Die Partei kam auf knapp 40 Prozent.                | 40 Prozent        | knapp        | true  | UPPER
      Es blieben weniger als 50 Panzer.                   | 50 Panzer         | weniger als  | false | UPPER
      Jugendliche unter 18 Jahren sind ausgenommen.       | 18 Jahren         | unter        | false | UPPER
      Die Inflation lag bei fast 9 Prozent.               | 9 Prozent         | fast         | true  | UPPER
      Es kamen höchstens 20 Vertreter.                    | 20 Vertreter      | höchstens    | false | UPPER
      """)
  void modifier_setsBoundAndApproximateOutsideTheSpan(
      String sentence, String text, String modifier, boolean approximate, Bound bound) {
    Quantity q = single(sentence, text);
    assertNotNull(q.modifier(), () -> "modifier of " + q);
    assertEquals(modifier, q.modifier().text());
    assertEquals(approximate, q.approximate());
    assertEquals(bound, q.bound());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      Die Umfrage sieht die Partei zwischen 10 und 12 Prozent.   | 10 und 12 Prozent       | 10  | 12  | percent
      Es werden 10 bis 12 Soldaten erwartet.                     | 10 bis 12 Soldaten      | 10  | 12  | Soldaten
      Gemeldet wurden 10–12 Verletzte.                           | 10–12 Verletzte         | 10  | 12  | Verletzte
      Es geht um 1 bis 2 Milliarden Euro.                        | 1 bis 2 Milliarden Euro | 1000000000 | 2000000000 | EUR
      Das dauert zwei bis drei Wochen.                           | zwei bis drei Wochen    | 2   | 3   | week
      Die Gespräche dauern ein bis zwei Tage.                    | ein bis zwei Tage       | 1   | 2   | day
      """)
  void range_coversBothNumbersAndTheUnit(
      String sentence, String text, BigDecimal value, BigDecimal max, String unit) {
    Quantity q = single(sentence, text);
    assertEquals(Bound.RANGE, q.bound());
    assertEquals(0, value.compareTo(q.value()), () -> "value of " + q);
    assertEquals(0, max.compareTo(q.valueMax()), () -> "valueMax of " + q);
    assertEquals(unit, q.unit());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Tausende Soldaten wurden verlegt.              | Tausende Soldaten        | 1000
      Zehntausende Menschen demonstrierten.          | Zehntausende Menschen    | 10000
      Dutzende Häuser brannten.                      | Dutzende Häuser          | 12
      Hunderttausende flohen aus der Stadt.          | Hunderttausende          | 100000
      Der Staat verlor Milliarden Euro.              | Milliarden Euro          | 1000000000
      """)
  void vaguePlural_isApproximateLowerBound(String sentence, String text, BigDecimal value) {
    Quantity q = single(sentence, text);
    assertEquals(0, value.compareTo(q.value()), () -> "value of " + q);
    assertTrue(q.approximate(), () -> "approximate: " + q);
    assertEquals(Bound.LOWER, q.bound());
    assertNull(q.modifier());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Am 24. Oktober trafen sich die Minister.
      Die Volksrepublik wurde 1949 gegründet.
      Stand: 01.11.2024 15:53 Uhr
      Das Treffen beginnt um 15:53 Uhr.
      Das Treffen beginnt um 15 Uhr.
      Nach Artikel 4 des Vertrags beraten die Staaten.
      Er berief sich auf § 51 der Charta.
      Das Spiel endete 2:1.
      Die Version 2.0.1 ist erschienen.
      Rufen Sie 030 1234567 an.
      Die G7 und die G20 tagten.
      Die Ukraine fordert F-16 und Su-57 sind russische Jets.
      Die Covid-19-Pandemie ist vorbei.
      Der Plan gilt von 2021 bis 2025.
      Die Sitzung dauert von 14 bis 16 Uhr.
      Die Messe findet vom 3. bis 5. Mai statt.
      Der Unfall geschah bei Kilometer 153.
      Das Büro liegt in 10117 Berlin.
      Sie wohnt in der Hauptstraße 54 in Bonn.
      Zum 3. Mal tagte der Rat.
      Im Jahr 2022 begann der Krieg.
      Seit 1990 ist Deutschland vereint.
      Es war der 200. Geburtstag des Dichters.
      Er kam als 3. ins Ziel.
      Das Aktenzeichen lautet Az. 12 345.
      Die Resolution 2231 des Sicherheitsrats gilt weiter.
      Die Saison 2023/24 beginnt bald.
      Einer der Soldaten wurde verletzt.
      Er hat eine Meinung dazu.
      Das Treffen war im März 2024 in Paris.
      Die Zahlen stammen aus dem Zeitraum 2019–2023.
      Das Update steht für iOS 17 bereit.
      Der 5G-Ausbau und 3D-Drucker kommen voran.
      Das Modell 2024er ist neu.
      Zweiter wurde Tomba (ITA) 504.
      Tagesordnungspunkt 5 wurde vertagt.
      Die 107. Sitzung der 20. Wahlperiode beginnt.
      Der 1. FC Köln gewann 3:0 gegen Schalke 04.
      Um 15.30 Uhr begann die Sitzung.
      In den 1990er-Jahren war das so.
      """)
  void nonQuantity_isNotReported(String sentence) {
    assertEquals(List.of(), extractChecked(sentence));
  }

  @Test
  void kredit_ueber_meansAmountingToNotMoreThan() {
    Quantity q = single("Ein Kredit über 50 Millionen Euro wurde gewährt.", "50 Millionen Euro");
    assertEquals(Bound.EXACT, q.bound());
    assertNull(q.modifier());
  }

  @Test
  void thinAndNoBreakSpaces_groupDigits() {
    String text = "Es kamen 40\u202F000 und 12\u00A0500 und 3\u2009000 Menschen.";
    List<Quantity> found = extractChecked(text);
    assertEquals(3, found.size(), () -> found.toString());
    assertEquals(0, new BigDecimal(40000).compareTo(found.get(0).value()));
    assertEquals(0, new BigDecimal(12500).compareTo(found.get(1).value()));
    assertEquals(0, new BigDecimal(3000).compareTo(found.get(2).value()));
  }

  @Test
  void offsets_pointIntoTheOriginalText() {
    String text = "Vorspann.\n\nDie Armee verlor rund 300 Panzer – und 2,5 Mrd. Euro.";
    List<Quantity> found = extractChecked(text);
    assertEquals(List.of("300 Panzer", "2,5 Mrd. Euro"), found.stream().map(Quantity::text).toList());
    assertEquals(text.indexOf("300"), found.get(0).start());
    assertEquals(text.indexOf("rund"), found.get(0).modifier().start());
  }

  @Test
  void emptyText_yieldsNothing() {
    assertEquals(List.of(), EXTRACTOR.extract(""));
  }

  @Test
  void nullText_throwsNamingTheParameter() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> EXTRACTOR.extract((String) null));
    assertEquals("text", e.getMessage());
  }

  @Test
  void manyThreads_agreeWithOneThread() throws Exception {
    String text = "Rund 12.000 Soldaten, 3,5 Prozent, 1,2 Mrd. Euro und zwischen 10 und 12 Tonnen. ";
    String doc = text.repeat(50);
    List<Quantity> expected = EXTRACTOR.extract(doc);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Quantity>>> futures = new ArrayList<>();
      for (int k = 0; k < 16; k++) {
        futures.add(pool.submit(() -> EXTRACTOR.extract(doc)));
      }
      for (Future<List<Quantity>> f : futures) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void longRunsOfNumbers_stayLinear() {
    String doc = "1 000 000 und 10–12 und 3,5 bis 4 Prozent, ".repeat(20_000);
    long t0 = System.nanoTime();
    List<Quantity> found = extractChecked(doc);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(60_000, found.size());
    assertTrue(ms < 10_000, () -> "took " + ms + " ms");
  }
}
