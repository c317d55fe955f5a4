package dev.wortlaut.benchmarks;

import dev.wortlaut.Entity;
import dev.wortlaut.Gazetteer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded pairs of names for the pairwise comparison benchmark, drawn from one gazetteer: matching
 * pairs (an entity's canonical name against one of its aliases or native-script names) and
 * non-matching pairs (names of two entities that share no name; half of them confusables that share a word, such as
 * {@code Kim Jong Un} and {@code Kim Yo Jong}), in equal parts and shuffled.
 */
final class NamePairs {

  /** One pair and whether its names belong to the same entity. */
  record Pair(String a, String b, boolean same) {}

  private NamePairs() {}

  /**
   * Draws pairs deterministically.
   *
   * @param gazetteer the entities to draw from; needs at least two, one of them with another name
   * @param count the number of pairs, at least 2
   * @param seed the random seed
   * @return {@code count} pairs, {@code count / 2} of them matching
   */
  static List<Pair> of(Gazetteer gazetteer, int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Entity> entities = gazetteer.entities();
    List<Entity> withVariants = new ArrayList<>();
    Map<String, List<Entity>> byWord = new HashMap<>();
    Map<String, List<String>> idsByName = new HashMap<>();
    for (Entity entity : entities) {
      for (String name : names(entity)) {
        idsByName.computeIfAbsent(name, n -> new ArrayList<>()).add(entity.id());
      }
      if (!entity.aliases().isEmpty() || !entity.natives().isEmpty()) {
        withVariants.add(entity);
      }
      for (String word : entity.name().toLowerCase(Locale.ROOT).split("[\\s-]+")) {
        if (word.length() > 2) {
          byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(entity);
        }
      }
    }
    List<List<Entity>> confusable = new ArrayList<>();
    for (List<Entity> group : byWord.values()) {
      if (group.size() > 1) {
        confusable.add(group);
      }
    }
    // HashMap order is not part of the seed's contract
    confusable.sort((x, y) -> x.get(0).id().compareTo(y.get(0).id()));
    if (withVariants.isEmpty() || entities.size() < 2 || count < 2) {
      throw new IllegalArgumentException(
          "need at least two entities, one with an alias or native name, and count >= 2");
    }
    List<Pair> pairs = new ArrayList<>(count);
    for (int i = 0; i < count / 2; i++) {
      Entity entity = withVariants.get(random.nextInt(withVariants.size()));
      int variants = entity.aliases().size() + entity.natives().size();
      int k = random.nextInt(variants);
      String other = k < entity.aliases().size()
          ? entity.aliases().get(k)
          : entity.natives().get(k - entity.aliases().size());
      pairs.add(new Pair(entity.name(), other, true));
    }
    while (pairs.size() < count) {
      Entity a;
      Entity b;
      if (!confusable.isEmpty() && random.nextBoolean()) {
        List<Entity> group = confusable.get(random.nextInt(confusable.size()));
        a = group.get(random.nextInt(group.size()));
        b = group.get(random.nextInt(group.size()));
      } else {
        a = entities.get(random.nextInt(entities.size()));
        b = entities.get(random.nextInt(entities.size()));
      }
      String other = random.nextBoolean() ? b.name() : anyName(b, random);
      // two entities can share a name (Tripoli in Libya and in Lebanon): not a pair that differs
      List<String> ids = new ArrayList<>(idsByName.get(a.name()));
      ids.retainAll(idsByName.get(other));
      if (ids.isEmpty()) {
        pairs.add(new Pair(a.name(), other, false));
      }
    }
    Collections.shuffle(pairs, new java.util.Random(random.nextLong()));
    return List.copyOf(pairs);
  }

  private static List<String> names(Entity entity) {
    List<String> names = new ArrayList<>(entity.aliases());
    names.add(entity.name());
    names.addAll(entity.natives());
    return names;
  }

  private static String anyName(Entity entity, SplittableRandom random) {
    int k = random.nextInt(1 + entity.aliases().size());
    return k == 0 ? entity.name() : entity.aliases().get(k - 1);
  }
}
