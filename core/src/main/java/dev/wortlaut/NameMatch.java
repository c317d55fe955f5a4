package dev.wortlaut;

/**
 * The result of comparing two names with {@link Names#match(String, String)}.
 *
 * @param same whether the two names denote the same entity as far as spelling knowledge can tell
 * @param score similarity in {@code [0, 1]}: 1 for the same spelling up to case and diacritics, 0.95 for
 *     known alternate names (exonyms), 0.9 for transliteration variants; below 0.85 when not the same
 * @since 0.1.0
 */
public record NameMatch(boolean same, double score) {

  /**
   * Validates the score.
   *
   * @throws IllegalArgumentException if the score is outside [0, 1]
   */
  public NameMatch {
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0, 1], got " + score);
    }
  }
}
