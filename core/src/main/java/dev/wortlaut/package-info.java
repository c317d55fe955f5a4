/**
 * Wortlaut: analysis of German-language political news.
 *
 * <p>The entry point is {@link dev.wortlaut.NewsAnalyzer}; its engines can also be used alone: {@link
 * dev.wortlaut.NameMatcher} (names against a {@link dev.wortlaut.Gazetteer}), {@link
 * dev.wortlaut.QuoteDetector} (quotes and reported speech) and {@link dev.wortlaut.QuantityExtractor}
 * (numbers with units).
 *
 * <pre>{@code
 * NewsAnalyzer analyzer = NewsAnalyzer.builder()
 *     .gazetteer(GermanPolitics.gazetteer()).quotes().quantities().build();
 * Analysis a = analyzer.analyze(text);
 * a.mentions(); a.quotes(); a.quantities();
 * }</pre>
 *
 * <h2>Conventions</h2>
 *
 * <ul>
 *   <li>Every span is a half-open {@code [start, end)} range of UTF-16 indices into the exact string
 *       given to {@code analyze}; {@code text.substring(start, end)} equals the reported text.
 *   <li>Engines and analyzers are immutable and thread-safe; results are immutable.
 *   <li>{@code null} arguments throw {@link java.lang.NullPointerException} naming the parameter.
 * </ul>
 *
 * <h2>Glossary</h2>
 *
 * <dl>
 *   <dt>Konjunktiv I
 *   <dd>The German subjunctive of reported speech ({@code sie habe}, {@code er sei}).
 *   <dt>Inquit
 *   <dd>The clause that introduces or interrupts a quote ({@code sagte er}).
 *   <dt>Exonym
 *   <dd>A German name for a foreign place ({@code Moskau} for Moscow).
 * </dl>
 */
package dev.wortlaut;
