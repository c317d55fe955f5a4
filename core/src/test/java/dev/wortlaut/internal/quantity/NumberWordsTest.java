package dev.wortlaut.internal.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class NumberWordsTest {

  private static final NumberWords WORDS = new NumberWords();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "null, 0",
    "eins, 1",
    "zwölf, 12",
    "dreizehn, 13",
    "siebzehn, 17",
    "achtzehn, 18",
    "einundzwanzig, 21",
    "dreiundzwanzig, 23",
    "siebenundneunzig, 97",
    "hundert, 100",
    "einhundertelf, 111",
    "dreihundertsechzig, 360",
    "tausend, 1000",
    "zweitausendfünfhundert, 2500",
    "elftausend, 11000",
    "fünfundvierzigtausenddreihundertzwölf, 45312",
    "hunderttausend, 100000",
    "neunhundertneunundneunzigtausendneunhundertneunundneunzig, 999999",
    "zweieinhalb, 2.5",
    "anderthalb, 1.5",
    "eineinhalb, 1.5",
    "dutzend, 12"
  })
  void compound_isParsedByTheGrammar(String word, BigDecimal expected) {
    BigDecimal actual = WORDS.parse(word);
    assertEquals(0, expected.compareTo(actual), () -> word + " -> " + actual);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
    "", "und", "zehnzwanzig", "zweidrei", "zwanzigeins", "einund", "tausendtausend",
    "hunderthundert", "einsatz", "neuner", "achtung", "siebenmal", "dreiundzwanzigund"
  })
  void nonNumber_isRejected(String word) {
    assertNull(WORDS.parse(word));
  }
}
