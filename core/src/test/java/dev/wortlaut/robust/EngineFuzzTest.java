package dev.wortlaut.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.wortlaut.Analysis;
import dev.wortlaut.Mention;
import dev.wortlaut.NameMatcher;
import dev.wortlaut.NewsAnalyzer;
import dev.wortlaut.Quantity;
import dev.wortlaut.QuantityExtractor;
import dev.wortlaut.Quote;
import dev.wortlaut.QuoteDetector;
import dev.wortlaut.internal.text.TextIndex;
import java.util.List;

/**
 * Coverage-guided fuzz targets for the tokenizer and the engines. In a normal build each target replays
 * its committed corpus ({@code EngineFuzzTestInputs/<method>/} beside this class in the test resources);
 * with {@code JAZZER_FUZZ=1} one target is fuzzed for {@link #MAX_DURATION} (see docs/robustness.md).
 * Input bytes are decoded by {@link Texts#decode(byte[])}.
 */
final class EngineFuzzTest {

  /** How long one target is fuzzed in fuzzing mode. */
  static final String MAX_DURATION = "10m";

  private static final NameMatcher NAMES = NameMatcher.of(Texts.gazetteer());
  private static final NewsAnalyzer ANALYZER =
      NewsAnalyzer.builder().names(NAMES).quotes().quantities().build();

  @FuzzTest(maxDuration = MAX_DURATION)
  void textIndex(byte[] data) {
    String text = Texts.decode(data);
    Invariants.checkIndex(text, TextIndex.of(text));
  }

  @FuzzTest(maxDuration = MAX_DURATION)
  void nameMatcher(byte[] data) {
    String text = Texts.decode(data);
    List<Mention> mentions = NAMES.match(text);
    Invariants.checkMentions(text, mentions);
    assertEquals(mentions, NAMES.match(text), "a second match of the same text");
  }

  @FuzzTest(maxDuration = MAX_DURATION)
  void quoteDetector(byte[] data) {
    String text = Texts.decode(data);
    List<Quote> quotes = QuoteDetector.defaults().detect(text);
    Invariants.checkQuotes(text, quotes);
    assertEquals(quotes, QuoteDetector.defaults().detect(text), "a second detection of the same text");
  }

  @FuzzTest(maxDuration = MAX_DURATION)
  void quantityExtractor(byte[] data) {
    String text = Texts.decode(data);
    List<Quantity> quantities = QuantityExtractor.defaults().extract(text);
    Invariants.checkQuantities(text, quantities);
    assertEquals(quantities, QuantityExtractor.defaults().extract(text),
        "a second extraction of the same text");
  }

  @FuzzTest(maxDuration = MAX_DURATION)
  void analyzer(byte[] data) {
    String text = Texts.decode(data);
    Analysis analysis = ANALYZER.analyze(text);
    Invariants.check(text, analysis);
    assertEquals(analysis, ANALYZER.analyze(text), "a second analysis of the same text");
  }
}
