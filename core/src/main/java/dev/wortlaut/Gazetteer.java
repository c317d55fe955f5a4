package dev.wortlaut;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable collection of named entities that the {@link NameMatcher} looks for in text.
 *
 * <p>A gazetteer is a plain value: building one does no matching work, and it can be shared freely
 * between threads. The expensive part, compiling its names and their transliteration variants into an
 * automaton, happens once in {@link NameMatcher#of(Gazetteer)} (and so in {@link
 * NewsAnalyzer.Builder#build()}).
 *
 * <p>Build one in code with {@link #builder()}, load one from a file with the {@code wortlaut-gazetteer}
 * module ({@code Gazetteers.load(path)}), or take the default German political gazetteer from there
 * ({@code GermanPolitics.gazetteer()}).
 *
 * <pre>{@code
 * Gazetteer gazetteer = Gazetteer.builder()
 *     .add(new Entity("lavrov", EntityType.PERSON, "Sergey Lavrov",
 *         List.of("Sergei Lavrov"), List.of("Сергей Лавров"), Map.of("country", "RU")))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Gazetteer {

  private static final Gazetteer EMPTY = new Gazetteer(List.of(), Map.of());

  private final List<Entity> entities;
  private final Map<String, Entity> byId;

  private Gazetteer(List<Entity> entities, Map<String, Entity> byId) {
    this.entities = entities;
    this.byId = byId;
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the gazetteer without entries.
   *
   * @return the empty gazetteer
   */
  public static Gazetteer empty() {
    return EMPTY;
  }

  /**
   * Returns a gazetteer of the given entities.
   *
   * @param entities the entries, with distinct ids
   * @return the gazetteer
   * @throws IllegalArgumentException if two entries share an id
   */
  public static Gazetteer of(Collection<Entity> entities) {
    return builder().addAll(entities).build();
  }

  /**
   * Returns the entries in the order they were added.
   *
   * @return an immutable list
   */
  public List<Entity> entities() {
    return entities;
  }

  /**
   * Returns the number of entries.
   *
   * @return the size
   */
  public int size() {
    return entities.size();
  }

  /**
   * Looks an entry up by id.
   *
   * @param id the entity id
   * @return the entry, or empty when there is none with that id
   */
  public Optional<Entity> entity(String id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns a builder that starts with this gazetteer's entries.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().addAll(entities);
  }

  @Override
  public String toString() {
    return "Gazetteer[" + entities.size() + " entities]";
  }

  /**
   * Collects entries for a {@link Gazetteer}. Not thread-safe; the built gazetteer is.
   *
   * @since 0.1.0
   */
  public static final class Builder {

    private final Map<String, Entity> byId = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds an entry.
     *
     * @param entity the entry
     * @return this builder
     * @throws IllegalArgumentException if an entry with the same id was added before
     */
    public Builder add(Entity entity) {
      Objects.requireNonNull(entity, "entity");
      Entity previous = byId.putIfAbsent(entity.id(), entity);
      if (previous != null) {
        throw new IllegalArgumentException(
            "duplicate entity id '" + entity.id() + "' (" + previous.name() + " and " + entity.name()
                + ")");
      }
      return this;
    }

    /**
     * Adds entries.
     *
     * @param entities the entries
     * @return this builder
     * @throws IllegalArgumentException if an id repeats
     */
    public Builder addAll(Iterable<Entity> entities) {
      Objects.requireNonNull(entities, "entities");
      for (Entity entity : entities) {
        add(entity);
      }
      return this;
    }

    /**
     * Builds the immutable gazetteer.
     *
     * @return the gazetteer
     */
    public Gazetteer build() {
      return new Gazetteer(List.copyOf(new ArrayList<>(byId.values())), Map.copyOf(byId));
    }
  }
}
