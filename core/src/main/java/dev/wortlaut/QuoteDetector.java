package dev.wortlaut;

import dev.wortlaut.internal.quote.ReportFinder;
import dev.wortlaut.internal.text.TextIndex;
import java.util.List;
import java.util.Objects;

/**
 * Finds direct quotes, indirect speech and source attributions in German text and attributes them to
 * their speakers.
 *
 * <p>Instances are immutable and thread-safe; {@link #defaults()} is meant to be shared.
 *
 * <p>Conventions: a {@link QuoteKind#DIRECT} quote's content is the text between the quotation marks
 * (any German, English, French or ASCII style; apostrophes and inch marks are not quotes); an {@link
 * QuoteKind#INDIRECT} report's content is the complement clause of a speech verb, of {@code hieß es} or
 * of a verbless {@code so X}, without the inquit and the final period, whatever its mood; following
 * sentences in Konjunktiv without an inquit of their own continue it (cue {@code null}, same speaker);
 * an {@link QuoteKind#ACCORDING_TO} report is the clause around a source marker ({@code laut}, {@code
 * zufolge}, {@code nach Angaben}, {@code wie X mitteilte}, {@code demnach}), the marker excluded at the
 * clause's edge and included inside it. Quoted words inside a reported clause belong to it and are not
 * listed on their own; scare quotes and titles without a cue are not listed. The speaker is the noun
 * phrase as written (with article, title and apposition, without preposition); a pronoun stays the
 * pronoun and its entity is resolved to the nearest preceding person mention of fitting gender. The
 * work is linear in the length of the text.
 *
 * @since 0.1.0
 */
public final class QuoteDetector {

  private static final QuoteDetector DEFAULTS = new QuoteDetector();

  private QuoteDetector() {}

  /**
   * Returns the detector with the bundled German lexicons.
   *
   * @return the shared default detector
   */
  public static QuoteDetector defaults() {
    return DEFAULTS;
  }

  /**
   * Finds the quotes in a document, without linking speakers to entities.
   *
   * @param text the document
   * @return the quotes, sorted by start offset
   */
  public List<Quote> detect(String text) {
    return detect(TextIndex.of(Objects.requireNonNull(text, "text")), List.of());
  }

  /**
   * Finds the quotes in a document and links speakers to the given mentions where they coincide (or a
   * pronoun refers to one).
   *
   * @param text the document
   * @param mentions the document's mentions, as found by a {@link NameMatcher}
   * @return the quotes, sorted by start offset
   */
  public List<Quote> detect(String text, List<Mention> mentions) {
    return detect(
        TextIndex.of(Objects.requireNonNull(text, "text")),
        List.copyOf(Objects.requireNonNull(mentions, "mentions")));
  }

  List<Quote> detect(TextIndex index, List<Mention> mentions) {
    return ReportFinder.find(index, mentions);
  }
}
