package dev.wortlaut;

import dev.wortlaut.internal.quantity.QuantityGrammar;
import dev.wortlaut.internal.text.TextIndex;
import java.util.List;
import java.util.Objects;

/**
 * Extracts numbers with their units or counted nouns from German text, normalised, and never a date,
 * year, time or article number.
 *
 * <p>Instances are immutable and thread-safe; {@link #defaults()} is meant to be shared.
 *
 * @since 0.1.0
 */
public final class QuantityExtractor {

  private static final QuantityExtractor DEFAULTS = new QuantityExtractor();

  private QuantityExtractor() {}

  /**
   * Returns the extractor with the bundled German number grammar and unit lexicon.
   *
   * @return the shared default extractor
   */
  public static QuantityExtractor defaults() {
    return DEFAULTS;
  }

  /**
   * Extracts the quantities of a document.
   *
   * @param text the document
   * @return the quantities, sorted by start offset, not overlapping
   */
  public List<Quantity> extract(String text) {
    return extract(TextIndex.of(Objects.requireNonNull(text, "text")));
  }

  List<Quantity> extract(TextIndex index) {
    return QuantityGrammar.defaults().extract(index);
  }
}
