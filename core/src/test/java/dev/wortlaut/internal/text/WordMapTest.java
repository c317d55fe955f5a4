package dev.wortlaut.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class WordMapTest {

  private static String article(int n) throws IOException {
    try (InputStream in = WordMapTest.class.getResourceAsStream("/articles/article-" + n + ".txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Every token of the articles, in its own case and in mixed case, against a HashMap of lower case. */
  @Test
  void lookup_agreesWithLowerCasedHashMap_onEveryTokenOfTheArticles() throws IOException {
    Random random = new Random(7);
    StringBuilder all = new StringBuilder();
    for (int n = 1; n <= 5; n++) {
      all.append(article(n)).append("\n\n");
    }
    String text = all.toString();
    TextIndex plain = TextIndex.of(text);
    // a third of the distinct lower-case words become keys, each mapped to its own length
    Map<String, Integer> reference = new HashMap<>();
    for (int i = 0; i < plain.size(); i++) {
      String lower = plain.lower(i);
      if (random.nextInt(3) == 0 && lower.toLowerCase(Locale.ROOT).equals(lower)) {
        reference.put(lower, lower.length());
      }
    }
    WordMap<Integer> map = WordMap.of(reference);
    assertEquals(reference.size(), map.size());
    // the same text once more with random upper case, so lookups must fold case
    StringBuilder mixed = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      mixed.append(random.nextBoolean() && Character.toUpperCase(c) != 'ẞ' ? Character.toUpperCase(c) : c);
    }
    int found = 0;
    for (TextIndex index : List.of(plain, TextIndex.of(mixed.toString()))) {
      for (int i = 0; i < index.size(); i++) {
        Integer expected = reference.get(index.lower(i));
        assertEquals(expected, map.get(index, i), index.text(i));
        assertEquals(expected != null, map.contains(index, i), index.text(i));
        assertEquals(expected != null, map.containsRange(index, index.start(i), index.end(i)), index.text(i));
        assertEquals(expected, map.get(index.text(), index.start(i), index.end(i)), index.text(i));
        assertEquals(index.lower(i).length() == index.length(i), index.equalsLower(i, index.lower(i)));
        found += expected == null ? 0 : 1;
      }
    }
    assertTrue(found > 1000, "keys found: " + found);
  }

  @Test
  void capitalIWithDot_neverMatches_asLowerCaseGivesTwoCharacters() {
    WordMap<Boolean> map = WordMap.ofWords(Set.of("ist", "istanbul"));
    TextIndex index = TextIndex.of("İst Ist İstanbul ISTANBUL");
    assertFalse(map.contains(index, 0));
    assertTrue(map.contains(index, 1));
    assertFalse(map.contains(index, 2));
    assertTrue(map.contains(index, 3));
    assertFalse(index.equalsLower(0, "ist"));
    assertTrue(index.equalsLower(1, "ist"));
    assertNull(map.get("İst".toLowerCase(Locale.ROOT)));
  }

  @Test
  void umlautsAndSharpS_foldLikeStringToLowerCase() {
    WordMap<String> map = WordMap.of(Map.of("hälfte", "a", "gemäß", "b", "über", "c"));
    TextIndex index = TextIndex.of("HÄLFTE Gemäß ÜBER GEMÄSS Uber");
    assertEquals("a", map.get(index, 0));
    assertEquals("b", map.get(index, 1));
    assertEquals("c", map.get(index, 2));
    assertNull(map.get(index, 3), "GEMÄSS lower-cases to gemäss, not gemäß");
    assertNull(map.get(index, 4));
  }

  @Test
  void keysThatAreNotLowerCase_areRejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> WordMap.ofWords(Set.of("laut", "Euro")));
    assertTrue(e.getMessage().contains("Euro"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> WordMap.ofWords(Set.of("λόγοσ")));
    assertThrows(IllegalArgumentException.class, () -> WordMap.ofWords(Set.of("a\uD83D\uDE00")));
  }

  @Test
  void emptyAndOverlongRanges_areNoKeys() {
    WordMap<Boolean> map = WordMap.ofWords(new HashSet<>(List.of("a", "bis")));
    TextIndex index = TextIndex.of("bis zum Ende");
    assertFalse(map.containsRange(index, 0, 0));
    assertFalse(map.contains(index, 2));
    assertTrue(map.contains(index, 0));
    assertNull(WordMap.ofWords(Set.of()).get(index, 0));
  }
}
