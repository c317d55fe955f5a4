package dev.wortlaut;

import java.util.Objects;

/**
 * A statement reported in the text: a direct quote, indirect speech, or an attribution to a source.
 *
 * <p>{@code start}, {@code end} and {@code text} are those of the content: for a direct quote the words
 * between the quotation marks (marks excluded), for reported speech the reported clause.
 *
 * @param kind the kind of report
 * @param start the first UTF-16 index of the content, inclusive
 * @param end the UTF-16 index after the content
 * @param text the content as written
 * @param speaker the speaker as written (a name, a role, a pronoun, an organisation), or {@code null}
 *     when the text names none
 * @param cue the words that mark the report ({@code sagte}, {@code laut}, {@code zufolge}), or {@code
 *     null}
 * @param speakerEntity the gazetteer entity of the speaker, or {@code null}
 * @param confidence confidence in {@code [0, 1]}
 * @since 0.1.0
 */
public record Quote(
    QuoteKind kind,
    int start,
    int end,
    String text,
    Span speaker,
    Span cue,
    Entity speakerEntity,
    double confidence) {

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if the offsets do not fit the text or the confidence is outside [0,
   *     1]
   */
  public Quote {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Offsets.check(start, end, text);
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
    }
  }

  /**
   * Returns the span of the content.
   *
   * @return the span
   */
  public Span content() {
    return new Span(start, end, text);
  }
}
