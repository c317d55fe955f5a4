package dev.wortlaut.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.wortlaut.Entity;
import dev.wortlaut.Gazetteer;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;

/**
 * Fuzzes the gazetteer loader: arbitrary bytes either load or fail with {@link
 * GazetteerFormatException} (or {@link UncheckedIOException}); nothing else escapes. The corpus is
 * {@code GazetteersFuzzTestInputs/parse/} in the test resources; {@code JAZZER_FUZZ=1} fuzzes for
 * {@link #MAX_DURATION} (see docs/robustness.md).
 */
final class GazetteersFuzzTest {

  /** How long the target is fuzzed in fuzzing mode. */
  static final String MAX_DURATION = "10m";

  @FuzzTest(maxDuration = MAX_DURATION)
  void parse(byte[] data) {
    Gazetteer gazetteer;
    try {
      gazetteer = Gazetteers.parse(new ByteArrayInputStream(data), "fuzz.tsv");
    } catch (GazetteerFormatException e) {
      assertTrue(e.getMessage().startsWith("fuzz.tsv"), () -> "message names the source: " + e.getMessage());
      return;
    } catch (UncheckedIOException e) {
      return;
    }
    for (Entity entity : gazetteer.entities()) {
      assertEquals(entity, gazetteer.entity(entity.id()).orElseThrow(), "lookup by id");
      assertTrue(!entity.name().isBlank(), "a loaded entity has a name");
    }
  }
}
