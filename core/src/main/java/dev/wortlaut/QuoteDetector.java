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
