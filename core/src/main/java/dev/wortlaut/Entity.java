package dev.wortlaut;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of a {@link Gazetteer}: a person, place or organisation with its names.
 *
 * @param id a stable identifier, unique within its gazetteer (for example {@code Q110990} or
 *     {@code sergey-lavrov})
 * @param type the entity's type
 * @param name the canonical name
 * @param aliases further names in Latin script (other spellings, short forms, abbreviations)
 * @param natives names in the entity's own script (for example {@code Сергей Лавров})
 * @param attributes optional attributes such as {@code country}, {@code role} or {@code wikidata}
 * @since 0.1.0
 */
public record Entity(
    String id,
    EntityType type,
    String name,
    List<String> aliases,
    List<String> natives,
    Map<String, String> attributes) {

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if the id or the name is blank, or an alias or native form is blank
   */
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    if (id.isBlank()) {
      throw new IllegalArgumentException("entity id must not be blank");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("entity '" + id + "' has a blank name");
    }
    aliases = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
    natives = List.copyOf(Objects.requireNonNull(natives, "natives"));
    for (String alias : aliases) {
      if (alias.isBlank()) {
        throw new IllegalArgumentException("entity '" + id + "' has a blank alias");
      }
    }
    for (String form : natives) {
      if (form.isBlank()) {
        throw new IllegalArgumentException("entity '" + id + "' has a blank native form");
      }
    }
    // sorted, so that iteration (toString, the tool's JSON) is the same in every run
    attributes = SortedAttributes.copyOf(Objects.requireNonNull(attributes, "attributes"));
  }

  /**
   * Creates an entity without aliases, native forms or attributes.
   *
   * @param id the stable identifier
   * @param type the type
   * @param name the canonical name
   * @return the entity
   */
  public static Entity of(String id, EntityType type, String name) {
    return new Entity(id, type, name, List.of(), List.of(), Map.of());
  }

  /**
   * Returns an attribute's value, or {@code null} when the entity has no such attribute.
   *
   * @param key the attribute name, for example {@code country}
   * @return the value or {@code null}
   */
  public String attribute(String key) {
    return attributes.get(Objects.requireNonNull(key, "key"));
  }
}
