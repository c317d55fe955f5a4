package dev.wortlaut;

import dev.wortlaut.internal.match.NameKeys;
import java.util.Objects;

/**
 * Compares two names across transliterations, spelling systems and exonyms, for deduplicating names
 * from different sources ({@code Sergej Lawrow} and {@code Sergey Lavrov}, {@code Kiew} and {@code Kyiv},
 * {@code Лавров} and {@code Lawrow}). It uses the same fold, phonetic key and exonym knowledge as the
 * {@link NameMatcher}. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Names {

  private Names() {}

  /**
   * Compares two names.
   *
   * @param a a name in any script
   * @param b another name in any script
   * @return whether they are the same and how similar they are
   */
  public static NameMatch match(String a, String b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    double score = NameKeys.score(a, b);
    return new NameMatch(score >= NameKeys.SAME, score);
  }
}
