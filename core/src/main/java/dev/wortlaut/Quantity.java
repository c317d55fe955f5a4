package dev.wortlaut;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number with what it counts or measures.
 *
 * <p>The span covers the number(s) and the unit or counted noun; a modifier such as {@code rund} or
 * {@code mehr als} lies outside it and is reported as {@link #modifier()}, {@link #approximate()} and
 * {@link #bound()}.
 *
 * @param start the first UTF-16 index, inclusive
 * @param end the UTF-16 index after the quantity
 * @param text the quantity as written
 * @param value the (lower) value, exact
 * @param valueMax the upper value of a range, or {@code null} unless {@code bound == RANGE}
 * @param unit the normalised unit ({@code EUR}, {@code percent}, {@code km}, {@code year}, the counted
 *     noun as written), or {@code null} for a count whose noun is elided
 * @param kind what is counted or measured
 * @param approximate whether the text marks the value as approximate ({@code rund}, {@code Tausende})
 * @param bound what the value says about the amount
 * @param modifier the modifier as written ({@code rund}, {@code mehr als}), or {@code null}
 * @since 0.1.0
 */
public record Quantity(
    int start,
    int end,
    String text,
    BigDecimal value,
    BigDecimal valueMax,
    String unit,
    QuantityKind kind,
    boolean approximate,
    Bound bound,
    Span modifier) {

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if the offsets do not fit the text, or {@code valueMax} is given
   *     without {@code bound == RANGE} or missing with it
   */
  public Quantity {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(bound, "bound");
    Offsets.check(start, end, text);
    if ((valueMax != null) != (bound == Bound.RANGE)) {
      throw new IllegalArgumentException(
          "valueMax must be given exactly when bound is RANGE (bound " + bound + ", valueMax "
              + valueMax + ")");
    }
  }
}
