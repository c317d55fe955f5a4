package dev.wortlaut.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wortlaut.internal.text.TextIndex;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class TokenShapeTest {

  private static String shapes(String text) {
    TextIndex index = TextIndex.of(text);
    List<String> shapes = new ArrayList<>();
    for (int i = 0; i < index.size(); i++) {
      shapes.add(index.shape(i).name());
    }
    return String.join(" ", shapes);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', value = {
    "\u200D; OTHER",
    "\u0301; OTHER",
    "\u00AD; OTHER",
    "😀\u200D😀; OTHER OTHER OTHER",
    "e\u0301; WORD",
    "Merz\u200D; WORD",
    "km²; WORD",
    "2\u0301; NUMBER",
    "G7; ALNUM"
  })
  void tokenWithoutLetters_isNeverAWord(String text, String expected) {
    assertEquals(expected, shapes(text), () -> Seeds.escape(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {"Son-hui; WORD DASH WORD", "10.000,5 %; NUMBER SYMBOL",
      "„Ja“; QUOTE WORD QUOTE"})
  void ordinaryText_keepsItsShapes(String text, String expected) {
    assertEquals(expected, shapes(text));
  }
}
