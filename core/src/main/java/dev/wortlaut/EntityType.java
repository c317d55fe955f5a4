package dev.wortlaut;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The type of a gazetteer entity: {@link #PERSON}, {@link #PLACE}, {@link #ORGANISATION}, or another
 * lower-case word chosen by the gazetteer's author (for example {@code event}).
 *
 * @param name the type's lower-case name as written in gazetteer files
 * @since 0.1.0
 */
public record EntityType(String name) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  /** A person. */
  public static final EntityType PERSON = new EntityType("person");

  /** A place: a country, region, city, river, building. */
  public static final EntityType PLACE = new EntityType("place");

  /** An organisation: a party, ministry, agency, company, international body. */
  public static final EntityType ORGANISATION = new EntityType("org");

  /**
   * Validates the name.
   *
   * @throws IllegalArgumentException if the name is not a lower-case word
   */
  public EntityType {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "entity type must be a lower-case word ([a-z][a-z0-9_]*), got '" + name + "'");
    }
  }

  /**
   * Returns the type with the given name, the predefined constant where there is one.
   *
   * @param name a lower-case word such as {@code person}, {@code place} or {@code org}
   * @return the type
   * @throws IllegalArgumentException if the name is not a lower-case word
   */
  public static EntityType of(String name) {
    switch (Objects.requireNonNull(name, "name")) {
      case "person":
        return PERSON;
      case "place":
        return PLACE;
      case "org":
        return ORGANISATION;
      default:
        return new EntityType(name);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
