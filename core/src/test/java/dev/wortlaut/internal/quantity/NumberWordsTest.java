package dev.wortlaut.internal.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wortlaut.internal.text.TextIndex;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
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

  /**
   * {@code mayParse} is a necessary condition for {@code parse}: checked on seeded random chains of
   * morphemes (many of them numbers, many not) in three casings.
   */
  @Test
  void mayParse_holdsForEveryWordThatParses() {
    List<String> morphemes = Lexicon.read("numbers.tsv", 3, 3).stream().map(r -> r.field(0)).toList();
    Random random = new Random(42);
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < 20_000; w++) {
      StringBuilder word = new StringBuilder();
      int parts = 1 + random.nextInt(4);
      for (int p = 0; p < parts; p++) {
        word.append(morphemes.get(random.nextInt(morphemes.size())));
      }
      if (random.nextInt(4) == 0) {
        word.insert(0, "x"); // no morpheme starts with x
      }
      String s = word.toString();
      String cased = switch (random.nextInt(3)) {
        case 0 -> s;
        case 1 -> Character.toUpperCase(s.charAt(0)) + s.substring(1);
        default -> s.toUpperCase(Locale.ROOT);
      };
      text.append(cased).append(' ');
    }
    TextIndex index = TextIndex.of(text.toString());
    int parsed = 0;
    int rejected = 0;
    for (int i = 0; i < index.size(); i++) {
      boolean parses = WORDS.parse(index.lower(i)) != null;
      boolean may = WORDS.mayParse(index, i);
      assertTrue(!parses || may, index.text(i));
      parsed += parses ? 1 : 0;
      rejected += may ? 0 : 1;
    }
    assertTrue(parsed > 2_000, "parsed: " + parsed);
    assertTrue(rejected > 2_000, "rejected without parsing: " + rejected);
  }
}
