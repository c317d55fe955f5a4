package dev.wortlaut.internal.text;

/** The coarse class of a token, decided from its characters alone. */
public enum TokenShape {
  /** Letters (and combining marks, soft hyphens), no digits. */
  WORD,
  /** Digits, possibly with inner {@code . , :} between digits ({@code 10.000}, {@code 3,5}, {@code 15:53}). */
  NUMBER,
  /** Letters and digits mixed ({@code G7}, {@code km²}, {@code 2024er}). */
  ALNUM,
  /** A quotation mark or apostrophe-like character. */
  QUOTE,
  /** A hyphen, dash or minus sign. */
  DASH,
  /** Sentence and clause punctuation, brackets. */
  PUNCT,
  /** Currency signs, {@code %}, {@code §}, {@code °}, mathematical and other symbols. */
  SYMBOL,
  /** Anything else: emoji, control characters, unpaired surrogates. */
  OTHER
}
