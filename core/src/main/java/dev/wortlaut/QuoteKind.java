package dev.wortlaut;

/**
 * The kind of a reported statement.
 *
 * @since 0.1.0
 */
public enum QuoteKind {
  /** Words in quotation marks attributed to a speaker. */
  DIRECT,
  /** Reported speech: a complement clause of a speech verb or noun, usually in Konjunktiv I. */
  INDIRECT,
  /** A statement attributed to a source by a marker such as {@code laut}, {@code zufolge}. */
  ACCORDING_TO
}
