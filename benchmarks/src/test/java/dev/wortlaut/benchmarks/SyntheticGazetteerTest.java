package dev.wortlaut.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wortlaut.Entity;
import dev.wortlaut.Gazetteer;
import dev.wortlaut.gazetteer.GermanPolitics;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class SyntheticGazetteerTest {

  @Test
  void sameSeed_givesSameEntries() {
    Gazetteer first = SyntheticGazetteer.of(2_000, 42L);
    Gazetteer second = SyntheticGazetteer.of(2_000, 42L);

    assertEquals(first.entities(), second.entities());
  }

  @Test
  void otherSeed_givesOtherNames() {
    List<String> first = names(SyntheticGazetteer.of(2_500, 1L));
    List<String> second = names(SyntheticGazetteer.of(2_500, 2L));

    assertNotEquals(first, second);
  }

  @Test
  void size_isExactAndIdsAreUnique() {
    Gazetteer gazetteer = SyntheticGazetteer.of(10_000, SyntheticGazetteer.SEED);

    assertEquals(10_000, gazetteer.size());
    Set<String> ids = new HashSet<>();
    gazetteer.entities().forEach(e -> ids.add(e.id()));
    assertEquals(10_000, ids.size());
  }

  @Test
  void defaultGazetteer_isContained() {
    Gazetteer gazetteer = SyntheticGazetteer.of(3_000, SyntheticGazetteer.SEED);

    for (Entity real : GermanPolitics.gazetteer().entities()) {
      assertEquals(real, gazetteer.entity(real.id()).orElse(null));
    }
  }

  @Test
  void names_haveOneToFourWordsMostly() {
    Gazetteer gazetteer = SyntheticGazetteer.of(5_000, SyntheticGazetteer.SEED);
    long longer = gazetteer.entities().stream()
        .filter(e -> GermanPolitics.gazetteer().entity(e.id()).isEmpty()) // generated entries only
        .filter(e -> e.name().split("[ -]").length > 4)
        .count();
    long distinct = gazetteer.entities().stream().map(Entity::name).distinct().count();

    assertEquals(0, longer);
    assertTrue(distinct > 4_000, "only " + distinct + " distinct names in 5000");
  }

  private static List<String> names(Gazetteer gazetteer) {
    return gazetteer.entities().stream().map(Entity::name).toList();
  }
}
