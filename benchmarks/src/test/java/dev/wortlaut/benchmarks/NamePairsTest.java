package dev.wortlaut.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wortlaut.Entity;
import dev.wortlaut.Gazetteer;
import dev.wortlaut.gazetteer.GermanPolitics;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class NamePairsTest {

  private static final Gazetteer GAZETTEER = GermanPolitics.gazetteer();

  @Test
  void pairs_areSeededHalfMatchingAndTrueToTheGazetteer() {
    List<NamePairs.Pair> pairs = NamePairs.of(GAZETTEER, 1000, 7L);

    assertEquals(pairs, NamePairs.of(GAZETTEER, 1000, 7L));
    assertNotEquals(pairs, NamePairs.of(GAZETTEER, 1000, 8L));
    assertEquals(1000, pairs.size());
    assertEquals(500, pairs.stream().filter(NamePairs.Pair::same).count());
    Map<String, Set<String>> idsByName = new HashMap<>();
    for (Entity e : GAZETTEER.entities()) {
      idsByName.computeIfAbsent(e.name(), n -> new HashSet<>()).add(e.id());
      for (String alias : e.aliases()) {
        idsByName.computeIfAbsent(alias, n -> new HashSet<>()).add(e.id());
      }
      for (String form : e.natives()) {
        idsByName.computeIfAbsent(form, n -> new HashSet<>()).add(e.id());
      }
    }
    for (NamePairs.Pair pair : pairs) {
      Set<String> shared = new HashSet<>(idsByName.get(pair.a()));
      shared.retainAll(idsByName.get(pair.b()));
      assertEquals(pair.same(), !shared.isEmpty(), pair.toString());
    }
  }

  @Test
  void nonMatchingPairs_includeConfusablesThatShareAWord() {
    long confusables = NamePairs.of(GAZETTEER, 1000, 7L).stream()
        .filter(p -> !p.same())
        .filter(p -> sharesWord(p.a(), p.b()))
        .count();

    assertTrue(confusables >= 100, "confusable pairs: " + confusables);
  }

  private static boolean sharesWord(String a, String b) {
    Set<String> words = new HashSet<>(List.of(a.toLowerCase(Locale.ROOT).split("[\\s-]+")));
    for (String word : b.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
      if (word.length() > 2 && words.contains(word)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void levenshteinBaseline_acceptsSmallEditsOnly() {
    assertTrue(NamesBenchmark.levenshteinSame("Sergej Lawrow", "sergei lawrow"));
    assertTrue(!NamesBenchmark.levenshteinSame("Sergej Lawrow", "Sergey Lavrov"));
    assertTrue(!NamesBenchmark.levenshteinSame("Kim Jong Un", "Kim Yo Jong"));
  }
}
