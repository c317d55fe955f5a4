package dev.wortlaut;

/**
 * What a {@link Quantity} counts or measures.
 *
 * @since 0.1.0
 */
public enum QuantityKind {
  /** A number of things; the unit is the counted noun as written, or {@code null} when elided. */
  COUNT,
  /** Money; the unit is an ISO 4217 code. */
  CURRENCY,
  /** A percentage; unit {@code percent}. */
  PERCENT,
  /** A difference of percentages; unit {@code percentage_point}. */
  PERCENTAGE_POINT,
  /** A fraction such as {@code ein Drittel}; unit {@code fraction}. */
  FRACTION,
  /** A length or distance ({@code km}, {@code m}, {@code nmi}). */
  LENGTH,
  /** A mass ({@code t}, {@code kg}). */
  MASS,
  /** An area ({@code km²}, {@code ha}). */
  AREA,
  /** A volume ({@code l}, {@code m³}, {@code barrel}). */
  VOLUME,
  /** A speed ({@code km/h}). */
  SPEED,
  /** A temperature ({@code celsius}). */
  TEMPERATURE,
  /** A span of time ({@code year}, {@code month}, {@code week}, {@code day}, {@code hour}, {@code minute}). */
  DURATION,
  /** A person's age ({@code year}). */
  AGE,
  /** Power ({@code GW}, {@code MW}). */
  POWER,
  /** Energy ({@code TWh}, {@code kWh}). */
  ENERGY,
  /** A measure not covered above; the unit says which. */
  OTHER
}
