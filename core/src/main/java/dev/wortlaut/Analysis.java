package dev.wortlaut;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The result of {@link NewsAnalyzer#analyze(String)}: the document and what was found in it.
 *
 * <p>Immutable. Every list is sorted by start offset (longer spans first on ties), and every item's
 * offsets point into {@link #text()}, with {@code text().substring(start, end)} equal to the item's text.
 *
 * @since 0.1.0
 */
public final class Analysis {

  private static final Comparator<Mention> MENTION_ORDER =
      Comparator.comparingInt(Mention::start).thenComparing(Mention::end, Comparator.reverseOrder());
  private static final Comparator<Quote> QUOTE_ORDER =
      Comparator.comparingInt(Quote::start).thenComparing(Quote::end, Comparator.reverseOrder());
  private static final Comparator<Quantity> QUANTITY_ORDER =
      Comparator.comparingInt(Quantity::start).thenComparing(Quantity::end, Comparator.reverseOrder());

  private final String text;
  private final List<Mention> mentions;
  private final List<Quote> quotes;
  private final List<Quantity> quantities;

  /**
   * Creates an analysis, checking that every item lies inside the text and shows its surface.
   *
   * @param text the analysed document
   * @param mentions the names found
   * @param quotes the reported statements found
   * @param quantities the quantities found
   * @throws IllegalArgumentException if an item's offsets lie outside the text or its text differs from
   *     the document's at those offsets
   */
  public Analysis(String text, List<Mention> mentions, List<Quote> quotes, List<Quantity> quantities) {
    this.text = Objects.requireNonNull(text, "text");
    this.mentions = sorted(mentions, MENTION_ORDER, "mentions");
    this.quotes = sorted(quotes, QUOTE_ORDER, "quotes");
    this.quantities = sorted(quantities, QUANTITY_ORDER, "quantities");
    for (Mention m : this.mentions) {
      checkSurface(m.start(), m.end(), m.text());
    }
    for (Quote q : this.quotes) {
      checkSurface(q.start(), q.end(), q.text());
      if (q.speaker() != null) {
        checkSurface(q.speaker().start(), q.speaker().end(), q.speaker().text());
      }
      if (q.cue() != null) {
        checkSurface(q.cue().start(), q.cue().end(), q.cue().text());
      }
    }
    for (Quantity q : this.quantities) {
      checkSurface(q.start(), q.end(), q.text());
      if (q.modifier() != null) {
        checkSurface(q.modifier().start(), q.modifier().end(), q.modifier().text());
      }
    }
  }

  private static <T> List<T> sorted(List<T> items, Comparator<? super T> order, String name) {
    Objects.requireNonNull(items, name);
    // the engines return their lists sorted: check in one pass instead of copying and sorting
    boolean ordered = true;
    T previous = null;
    for (T item : items) {
      if (previous != null && order.compare(previous, item) > 0) {
        ordered = false;
        break;
      }
      previous = item;
    }
    if (ordered) {
      return List.copyOf(items);
    }
    List<T> copy = new ArrayList<>(items);
    copy.sort(order);
    return List.copyOf(copy);
  }

  private void checkSurface(int start, int end, String surface) {
    if (end > text.length() || !text.regionMatches(start, surface, 0, surface.length())) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") '" + surface + "' does not match the document");
    }
  }

  /**
   * Returns the analysed document.
   *
   * @return the text given to {@code analyze}
   */
  public String text() {
    return text;
  }

  /**
   * Returns the names linked to gazetteer entities.
   *
   * @return an immutable list sorted by start offset
   */
  public List<Mention> mentions() {
    return mentions;
  }

  /**
   * Returns the direct quotes, indirect reports and attributions.
   *
   * @return an immutable list sorted by start offset
   */
  public List<Quote> quotes() {
    return quotes;
  }

  /**
   * Returns the quantities.
   *
   * @return an immutable list sorted by start offset
   */
  public List<Quantity> quantities() {
    return quantities;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Analysis)) {
      return false;
    }
    Analysis other = (Analysis) o;
    return text.equals(other.text)
        && mentions.equals(other.mentions)
        && quotes.equals(other.quotes)
        && quantities.equals(other.quantities);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, mentions, quotes, quantities);
  }

  @Override
  public String toString() {
    return "Analysis[" + text.length() + " chars, " + mentions.size() + " mentions, " + quotes.size()
        + " quotes, " + quantities.size() + " quantities]";
  }
}
