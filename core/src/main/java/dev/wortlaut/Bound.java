package dev.wortlaut;

/**
 * What a {@link Quantity}'s value says about the true amount.
 *
 * @since 0.1.0
 */
public enum Bound {
  /** The amount is the value (possibly approximately). */
  EXACT,
  /** The amount is at least the value ({@code mehr als}, {@code mindestens}, {@code Tausende}). */
  LOWER,
  /** The amount is at most the value ({@code bis zu}, {@code weniger als}, {@code knapp}). */
  UPPER,
  /** The amount lies between the value and {@code valueMax}. */
  RANGE
}
