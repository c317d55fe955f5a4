package dev.wortlaut;

/**
 * How a {@link Mention} was matched to its entity.
 *
 * @since 0.1.0
 */
public enum MatchKind {
  /** The text spells the entity's canonical name (up to case and the character fold). */
  EXACT,
  /** The text spells one of the entity's aliases or a known exonym. */
  ALIAS,
  /** The text spells a generated transliteration or re-spelling variant. */
  VARIANT,
  /** The text spells an inflected form, such as a genitive ({@code Lawrows}). */
  INFLECTION,
  /** A short form (usually the surname) that refers to an entity named in full earlier. */
  FOLLOW_UP
}
