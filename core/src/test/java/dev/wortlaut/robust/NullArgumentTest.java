package dev.wortlaut.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.wortlaut.NameMatcher;
import dev.wortlaut.NewsAnalyzer;
import dev.wortlaut.QuantityExtractor;
import dev.wortlaut.QuoteDetector;
import dev.wortlaut.internal.text.TextIndex;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class NullArgumentTest {

  private static final NewsAnalyzer ANALYZER =
      NewsAnalyzer.builder().gazetteer(Texts.gazetteer()).quotes().quantities().build();

  static Stream<Arguments> calls() {
    NameMatcher names = ANALYZER.nameMatcher();
    return Stream.of(
        Arguments.of("NewsAnalyzer.analyze", "text", (Executable) () -> ANALYZER.analyze(null)),
        Arguments.of("NameMatcher.of", "gazetteer", (Executable) () -> NameMatcher.of(null)),
        Arguments.of("NameMatcher.match", "text", (Executable) () -> names.match(null)),
        Arguments.of("QuoteDetector.detect", "text",
            (Executable) () -> QuoteDetector.defaults().detect(null)),
        Arguments.of("QuoteDetector.detect(text, mentions)", "text",
            (Executable) () -> QuoteDetector.defaults().detect(null, List.of())),
        Arguments.of("QuoteDetector.detect(text, null)", "mentions",
            (Executable) () -> QuoteDetector.defaults().detect("Text", null)),
        Arguments.of("QuantityExtractor.extract", "text",
            (Executable) () -> QuantityExtractor.defaults().extract(null)),
        Arguments.of("TextIndex.of", "text", (Executable) () -> TextIndex.of(null)),
        Arguments.of("Builder.gazetteer", "gazetteer",
            (Executable) () -> NewsAnalyzer.builder().gazetteer(null)),
        Arguments.of("Builder.names", "matcher", (Executable) () -> NewsAnalyzer.builder().names(null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void nullArgument_throwsNullPointerExceptionNamingIt(String call, String parameter, Executable executable) {
    NullPointerException e = assertThrows(NullPointerException.class, executable, call);

    assertEquals(parameter, e.getMessage(), call);
  }
}
