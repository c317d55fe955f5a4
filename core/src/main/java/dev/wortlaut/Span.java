package dev.wortlaut;

import java.util.Objects;

/**
 * A piece of the analysed text: half-open UTF-16 offsets {@code [start, end)} into the exact string given
 * to {@code analyze}, and the text between them.
 *
 * <p>{@code text.equals(input.substring(start, end))} always holds for spans produced by this library.
 *
 * @param start the first UTF-16 index, inclusive
 * @param end the last UTF-16 index, exclusive
 * @param text the covered text
 * @since 0.1.0
 */
public record Span(int start, int end, String text) {

  /**
   * Validates the offsets against the text.
   *
   * @throws IllegalArgumentException if {@code start < 0}, {@code end < start} or the text length is not
   *     {@code end - start}
   */
  public Span {
    Objects.requireNonNull(text, "text");
    Offsets.check(start, end, text);
  }

  /**
   * Cuts a span out of a document.
   *
   * @param document the whole analysed text
   * @param start the first UTF-16 index, inclusive
   * @param end the last UTF-16 index, exclusive
   * @return the span, with its text taken from {@code document}
   * @throws IndexOutOfBoundsException if the offsets lie outside the document
   */
  public static Span of(String document, int start, int end) {
    return new Span(start, end, document.substring(start, end));
  }

  /**
   * Returns the span's length in UTF-16 code units.
   *
   * @return {@code end - start}
   */
  public int length() {
    return end - start;
  }
}
