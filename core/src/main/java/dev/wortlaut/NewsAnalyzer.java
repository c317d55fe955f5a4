package dev.wortlaut;

import dev.wortlaut.internal.text.TextIndex;
import java.util.List;
import java.util.Objects;

/**
 * Analyses German political news: names of people, places and organisations, quotes and reported
 * speech, and quantities.
 *
 * <p>A {@code NewsAnalyzer} is immutable and thread-safe. Build one per application and share it:
 * building compiles the gazetteer (the expensive step), while {@link #analyze(String)} is a pure,
 * linear pass over one document that keeps no state between calls.
 *
 * <pre>{@code
 * NewsAnalyzer analyzer = NewsAnalyzer.builder()
 *     .gazetteer(GermanPolitics.gazetteer())   // from wortlaut-gazetteer
 *     .quotes()
 *     .quantities()
 *     .build();
 * Analysis result = analyzer.analyze(text);
 * for (Mention m : result.mentions()) {
 *   System.out.println(m.text() + " -> " + m.entity().name());
 * }
 * NewsAnalyzer namesOnly = analyzer.toBuilder().quotes(false).quantities(false).build();
 * }</pre>
 *
 * <p>The three capabilities share one tokenization of the document; quote speakers are linked to the
 * mentions found by the name matcher when both are enabled. Each capability is also available alone:
 * {@link NameMatcher}, {@link QuoteDetector}, {@link QuantityExtractor}.
 *
 * <p>Documents longer than {@link Builder#maxLength(int)} characters (by default {@value
 * #DEFAULT_MAX_LENGTH}) are rejected with an {@link IllegalArgumentException} before any work is done.
 *
 * @since 0.1.0
 */
public final class NewsAnalyzer {

  /** The default maximum document length in UTF-16 code units: ten million. */
  public static final int DEFAULT_MAX_LENGTH = 10_000_000;

  private final NameMatcher names;
  private final QuoteDetector quotes;
  private final QuantityExtractor quantities;
  private final int maxLength;

  private NewsAnalyzer(Builder builder) {
    this.names = builder.names;
    this.quotes = builder.quotes ? QuoteDetector.defaults() : null;
    this.quantities = builder.quantities ? QuantityExtractor.defaults() : null;
    this.maxLength = builder.maxLength;
  }

  /**
   * Returns a builder with every capability switched off.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder preset to this analyzer's configuration; the compiled gazetteer is reused.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.names = names;
    builder.quotes = quotes != null;
    builder.quantities = quantities != null;
    builder.maxLength = maxLength;
    return builder;
  }

  /**
   * Analyses one document.
   *
   * @param text the document; its offsets are the UTF-16 indices of this string
   * @return the analysis; empty lists for capabilities that are switched off
   * @throws IllegalArgumentException if the text is longer than the configured maximum length
   */
  public Analysis analyze(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > maxLength) {
      throw new IllegalArgumentException(
          "document has " + text.length() + " characters, more than the maximum of " + maxLength
              + "; raise it with NewsAnalyzer.Builder.maxLength(int) or split the document");
    }
    TextIndex index = TextIndex.of(text);
    List<Mention> mentions = names == null ? List.of() : names.match(index);
    List<Quote> found = quotes == null ? List.of() : quotes.detect(index, mentions);
    List<Quantity> amounts = quantities == null ? List.of() : quantities.extract(index);
    return new Analysis(text, mentions, found, amounts);
  }

  /**
   * Returns the name matcher, or {@code null} when name matching is switched off.
   *
   * @return the matcher or {@code null}
   */
  public NameMatcher nameMatcher() {
    return names;
  }

  /**
   * Returns whether quote detection is switched on.
   *
   * @return {@code true} if quotes are detected
   */
  public boolean detectsQuotes() {
    return quotes != null;
  }

  /**
   * Returns whether quantity extraction is switched on.
   *
   * @return {@code true} if quantities are extracted
   */
  public boolean extractsQuantities() {
    return quantities != null;
  }

  /**
   * Returns the maximum document length.
   *
   * @return the limit in UTF-16 code units
   */
  public int maxLength() {
    return maxLength;
  }

  @Override
  public String toString() {
    return "NewsAnalyzer[names=" + (names == null ? "off" : names.gazetteer()) + ", quotes="
        + (quotes != null) + ", quantities=" + (quantities != null) + ", maxLength=" + maxLength + "]";
  }

  /**
   * Configures a {@link NewsAnalyzer}. Not thread-safe; the analyzer it builds is.
   *
   * @since 0.1.0
   */
  public static final class Builder {

    private NameMatcher names;
    private boolean quotes;
    private boolean quantities;
    private int maxLength = DEFAULT_MAX_LENGTH;

    private Builder() {}

    /**
     * Switches name matching on, against the given gazetteer (compiled in {@link #build()}).
     *
     * @param gazetteer the entities to find
     * @return this builder
     */
    public Builder gazetteer(Gazetteer gazetteer) {
      this.names = NameMatcher.of(Objects.requireNonNull(gazetteer, "gazetteer"));
      return this;
    }

    /**
     * Switches name matching on with an already compiled matcher, so that several analyzers share it.
     *
     * @param matcher the matcher
     * @return this builder
     */
    public Builder names(NameMatcher matcher) {
      this.names = Objects.requireNonNull(matcher, "matcher");
      return this;
    }

    /**
     * Switches name matching off.
     *
     * @return this builder
     */
    public Builder noNames() {
      this.names = null;
      return this;
    }

    /**
     * Switches quote and reported-speech detection on.
     *
     * @return this builder
     */
    public Builder quotes() {
      return quotes(true);
    }

    /**
     * Switches quote and reported-speech detection on or off.
     *
     * @param enabled whether to detect quotes
     * @return this builder
     */
    public Builder quotes(boolean enabled) {
      this.quotes = enabled;
      return this;
    }

    /**
     * Switches quantity extraction on.
     *
     * @return this builder
     */
    public Builder quantities() {
      return quantities(true);
    }

    /**
     * Switches quantity extraction on or off.
     *
     * @param enabled whether to extract quantities
     * @return this builder
     */
    public Builder quantities(boolean enabled) {
      this.quantities = enabled;
      return this;
    }

    /**
     * Sets the maximum document length accepted by {@link NewsAnalyzer#analyze(String)}.
     *
     * @param maxLength the limit in UTF-16 code units, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code maxLength < 1}
     */
    public Builder maxLength(int maxLength) {
      if (maxLength < 1) {
        throw new IllegalArgumentException("maxLength must be at least 1, got " + maxLength);
      }
      this.maxLength = maxLength;
      return this;
    }

    /**
     * Builds the analyzer.
     *
     * @return the immutable analyzer
     * @throws IllegalStateException if no capability is switched on
     */
    public NewsAnalyzer build() {
      if (names == null && !quotes && !quantities) {
        throw new IllegalStateException(
            "nothing to analyze: call gazetteer(Gazetteer), names(NameMatcher), quotes() or"
                + " quantities() before build()");
      }
      return new NewsAnalyzer(this);
    }
  }
}
