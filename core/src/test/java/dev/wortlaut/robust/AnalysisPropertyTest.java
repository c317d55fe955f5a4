package dev.wortlaut.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.wortlaut.Analysis;
import dev.wortlaut.Mention;
import dev.wortlaut.NewsAnalyzer;
import dev.wortlaut.Quantity;
import dev.wortlaut.QuantityExtractor;
import dev.wortlaut.Quote;
import dev.wortlaut.QuoteDetector;
import dev.wortlaut.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class AnalysisPropertyTest {

  private static final NewsAnalyzer ANALYZER =
      NewsAnalyzer.builder().gazetteer(Texts.gazetteer()).quotes().quantities().build();

  static LongStream seeds() {
    return Seeds.seeds(300);
  }

  private static String document(long seed) {
    Random random = new Random(seed);
    return Texts.random(random, 1 + random.nextInt(120));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomText_everySpanPointsIntoTheDocument(long seed) {
    String text = document(seed);
    Seeds.reportSeed(seed, text, () -> Invariants.check(text, ANALYZER.analyze(text)));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomText_analysisIsDeterministic(long seed) {
    String text = document(seed);
    Seeds.reportSeed(seed, text, () -> assertEquals(ANALYZER.analyze(text), ANALYZER.analyze(new String(text))));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomText_enginesAloneAgreeWithTheAnalyzer(long seed) {
    String text = document(seed);
    Seeds.reportSeed(seed, text, () -> {
      Analysis analysis = ANALYZER.analyze(text);
      List<Mention> mentions = ANALYZER.nameMatcher().match(text);
      Invariants.checkMentions(text, mentions);
      assertEquals(analysis.mentions(), mentions, "NameMatcher.match");
      List<Quantity> quantities = QuantityExtractor.defaults().extract(text);
      Invariants.checkQuantities(text, quantities);
      assertEquals(analysis.quantities(), quantities, "QuantityExtractor.extract");
      List<Quote> quotes = QuoteDetector.defaults().detect(text, mentions);
      Invariants.checkQuotes(text, quotes);
      assertEquals(analysis.quotes(), new Analysis(text, List.of(), quotes, List.of()).quotes(),
          "QuoteDetector.detect");
      Invariants.checkQuotes(text, QuoteDetector.defaults().detect(text));
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomText_embeddedBetweenParagraphs_findsTheSameItemsShifted(long seed) {
    String doc = document(seed);
    String before = Texts.NEUTRAL + "\n\n" + Texts.NEUTRAL + "\n\n";
    String after = "\n\n" + Texts.NEUTRAL + "\n\n" + Texts.NEUTRAL;
    String whole = before + doc + after;
    int from = before.length();
    int to = from + doc.length();
    Seeds.reportSeed(seed, doc, () -> {
      Analysis alone = ANALYZER.analyze(doc);
      Analysis embedded = ANALYZER.analyze(whole);
      Invariants.check(whole, embedded);
      List<Mention> mentions = new ArrayList<>();
      for (Mention m : embedded.mentions()) {
        if (inside(m.start(), m.end(), from, to)) {
          mentions.add(new Mention(m.start() - from, m.end() - from, m.text(), m.entity(), m.match(),
              m.score()));
        } else {
          assertFalse(crosses(m.start(), m.end(), from, to), () -> "mention crosses the border: " + m);
        }
      }
      List<Quote> quotes = new ArrayList<>();
      for (Quote q : embedded.quotes()) {
        if (inside(q.start(), q.end(), from, to)) {
          quotes.add(new Quote(q.kind(), q.start() - from, q.end() - from, q.text(),
              shift(q.speaker(), from), shift(q.cue(), from), q.speakerEntity(), q.confidence()));
        } else {
          assertFalse(crosses(q.start(), q.end(), from, to), () -> "quote crosses the border: " + q);
        }
      }
      List<Quantity> quantities = new ArrayList<>();
      for (Quantity q : embedded.quantities()) {
        if (inside(q.start(), q.end(), from, to)) {
          quantities.add(new Quantity(q.start() - from, q.end() - from, q.text(), q.value(),
              q.valueMax(), q.unit(), q.kind(), q.approximate(), q.bound(), shift(q.modifier(), from)));
        } else {
          assertFalse(crosses(q.start(), q.end(), from, to), () -> "quantity crosses the border: " + q);
        }
      }
      assertEquals(alone.mentions(), mentions, "mentions of the embedded document");
      assertEquals(alone.quotes(), quotes, "quotes of the embedded document");
      assertEquals(alone.quantities(), quantities, "quantities of the embedded document");
    });
  }

  @Test
  void neutralText_yieldsNothing() {
    String text = Texts.NEUTRAL + "\n\n" + Texts.NEUTRAL;
    Analysis analysis = ANALYZER.analyze(text);
    assertEquals(List.of(), analysis.mentions(), "mentions");
    assertEquals(List.of(), analysis.quotes(), "quotes");
    assertEquals(List.of(), analysis.quantities(), "quantities");
  }

  @Test
  void seedArticles_satisfyTheInvariantsAlsoWhenEmbedded() {
    for (String article : Texts.articles()) {
      Invariants.check(article, ANALYZER.analyze(article));
      String whole = Texts.NEUTRAL + "\n\n" + article + "\n\n" + Texts.NEUTRAL;
      Analysis embedded = ANALYZER.analyze(whole);
      Invariants.check(whole, embedded);
      assertEquals(ANALYZER.analyze(article).mentions().size(), embedded.mentions().size(),
          "mention count of an embedded article");
    }
  }

  private static boolean inside(int start, int end, int from, int to) {
    return start >= from && end <= to;
  }

  private static boolean crosses(int start, int end, int from, int to) {
    return start < to && end > from && !inside(start, end, from, to);
  }

  private static Span shift(Span span, int by) {
    return span == null ? null : new Span(span.start() - by, span.end() - by, span.text());
  }
}
