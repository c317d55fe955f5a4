package dev.wortlaut;

import java.util.Objects;

/**
 * A name in the text linked to a gazetteer entity.
 *
 * <p>The span covers the name only: no titles, a genitive {@code -s} included, a trailing apostrophe
 * excluded.
 *
 * @param start the first UTF-16 index of the name, inclusive
 * @param end the UTF-16 index after the name
 * @param text the name as written ({@code text.equals(document.substring(start, end))})
 * @param entity the linked entity
 * @param match how the name was matched
 * @param score confidence in {@code [0, 1]}
 * @since 0.1.0
 */
public record Mention(int start, int end, String text, Entity entity, MatchKind match, double score) {

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if the offsets do not fit the text or the score is outside [0, 1]
   */
  public Mention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(match, "match");
    Offsets.check(start, end, text);
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0, 1], got " + score);
    }
  }

  /**
   * Returns the span of the name.
   *
   * @return the span
   */
  public Span span() {
    return new Span(start, end, text);
  }
}
