package dev.wortlaut;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

final class NewsAnalyzerTest {

  private static final Gazetteer GAZETTEER =
      Gazetteer.builder().add(Entity.of("lavrov", EntityType.PERSON, "Sergey Lavrov")).build();

  @Test
  void build_withNothingEnabled_namesTheCallsToMake() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> NewsAnalyzer.builder().build());
    assertEquals(
        "nothing to analyze: call gazetteer(Gazetteer), names(NameMatcher), quotes() or"
            + " quantities() before build()",
        e.getMessage());
  }

  @Test
  void maxLength_belowOne_isRejectedInTheSetter() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NewsAnalyzer.builder().maxLength(0));
    assertEquals("maxLength must be at least 1, got 0", e.getMessage());
  }

  @Test
  void analyze_longerThanMaxLength_failsBeforeAnyWork_namingTheBuilderMethod() {
    NewsAnalyzer analyzer = NewsAnalyzer.builder().quantities().maxLength(10).build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> analyzer.analyze("elf Zeichen"));
    assertEquals(
        "document has 11 characters, more than the maximum of 10; raise it with"
            + " NewsAnalyzer.Builder.maxLength(int) or split the document",
        e.getMessage());
    assertEquals(10, analyzer.analyze("zehn Zeich").text().length());
  }

  @Test
  void nullArguments_throwNullPointerExceptionNamingTheParameter() {
    NewsAnalyzer analyzer = NewsAnalyzer.builder().quotes().build();
    assertEquals("text", assertThrows(NullPointerException.class, () -> analyzer.analyze(null)).getMessage());
    assertEquals(
        "gazetteer",
        assertThrows(NullPointerException.class, () -> NewsAnalyzer.builder().gazetteer(null))
            .getMessage());
    assertEquals(
        "matcher",
        assertThrows(NullPointerException.class, () -> NewsAnalyzer.builder().names(null))
            .getMessage());
  }

  @Test
  void emptyText_givesAnEmptyAnalysis() {
    NewsAnalyzer analyzer =
        NewsAnalyzer.builder().gazetteer(GAZETTEER).quotes().quantities().build();
    Analysis analysis = analyzer.analyze("");
    assertEquals("", analysis.text());
    assertEquals(List.of(), analysis.mentions());
    assertEquals(List.of(), analysis.quotes());
    assertEquals(List.of(), analysis.quantities());
  }

  @Test
  void toBuilder_derivesWithoutChangingTheOriginal_andReusesTheCompiledMatcher() {
    NewsAnalyzer full = NewsAnalyzer.builder().gazetteer(GAZETTEER).quotes().quantities().build();
    NewsAnalyzer namesOnly = full.toBuilder().quotes(false).quantities(false).build();
    assertTrue(full.detectsQuotes());
    assertTrue(full.extractsQuantities());
    assertFalse(namesOnly.detectsQuotes());
    assertFalse(namesOnly.extractsQuantities());
    assertSame(full.nameMatcher(), namesOnly.nameMatcher());
    assertEquals(full.maxLength(), namesOnly.maxLength());
  }

  @Test
  void switchedOffCapabilities_yieldEmptyLists() {
    NewsAnalyzer quotesOnly = NewsAnalyzer.builder().quotes().build();
    Analysis analysis = quotesOnly.analyze("Sergey Lavrov sagte, 10.000 Soldaten seien dort.");
    assertEquals(List.of(), analysis.mentions());
    assertEquals(List.of(), analysis.quantities());
  }
}
