package dev.wortlaut.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wortlaut.Entity;
import dev.wortlaut.EntityType;
import dev.wortlaut.Gazetteer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class GazetteersTest {

  private static Gazetteer parseFixture(String name) {
    try (InputStream in = GazetteersTest.class.getResourceAsStream("fixtures/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      return Gazetteers.parse(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void validFile_withBomCrlfAndPaddedValues_isParsed() {
    Gazetteer gazetteer = parseFixture("valid-crlf-bom.tsv");

    Entity lavrov = gazetteer.entity("Q110").orElseThrow();
    assertEquals(
        new Entity(
            "Q110",
            EntityType.PERSON,
            "Sergey Lavrov",
            List.of("Sergej Lawrow", "Sergei Lawrow"),
            List.of("Сергей Лавров"),
            Map.of("country", "RU")),
        lavrov);
  }

  @ParameterizedTest(name = "{0} -> line {1}")
  @CsvSource({
    "missing-column.tsv, 1, header lacks the column 'native'",
    "bad-utf8.tsv, 5, invalid UTF-8",
    "duplicate-id.tsv, 4, duplicate id 'Q1' (first on line 2)",
    "empty-name.tsv, 2, empty name for id 'Q1'",
    "bad-type.tsv, 2, bad type 'Person!' for id 'Q1'",
    "short-row.tsv, 2, expected 6 tab-separated columns but found 5",
    "blank-header-column.tsv, 1, header column 6 is empty",
  })
  void malformedFile_failsNamingFileLineAndProblem(String fixture, int line, String problem) {
    GazetteerFormatException e =
        assertThrows(GazetteerFormatException.class, () -> parseFixture(fixture));

    assertEquals(fixture, e.source());
    assertEquals(line, e.line());
    assertTrue(
        e.getMessage().startsWith(fixture + ":" + line + ": " + problem),
        () -> "message was: " + e.getMessage());
  }

  @Test
  void repeatedHeaderColumn_isRejected() {
    byte[] text =
        "id\ttype\tname\taliases\tnative\tname\n".getBytes(StandardCharsets.UTF_8);

    GazetteerFormatException e =
        assertThrows(
            GazetteerFormatException.class,
            () -> Gazetteers.parse(new ByteArrayInputStream(text), "twice.tsv"));

    assertEquals("twice.tsv:1: header names the column 'name' twice", e.getMessage());
  }

  @Test
  void commentsOnly_failsForMissingHeader() {
    byte[] text = "# nothing here\n\n".getBytes(StandardCharsets.UTF_8);

    GazetteerFormatException e =
        assertThrows(
            GazetteerFormatException.class,
            () -> Gazetteers.parse(new ByteArrayInputStream(text), "empty.tsv"));

    assertEquals(0, e.line());
  }

  @Test
  void longLines_spanningReadBuffers_areKeptWhole() {
    String aliases = String.join("|", Collections.nCopies(3000, "Alias Name"));
    byte[] text =
        ("id\ttype\tname\taliases\tnative\nQ1\tperson\tJemand\t" + aliases + "\t\nQ2\tplace\tOrt\t\t\n")
            .getBytes(StandardCharsets.UTF_8);

    Gazetteer gazetteer = Gazetteers.parse(new ByteArrayInputStream(text), "long.tsv");

    assertEquals(2, gazetteer.size());
    assertEquals(3000, gazetteer.entity("Q1").orElseThrow().aliases().size());
  }

  @Test
  void missingFile_throwsUncheckedIoNamingThePath() {
    Path path = Path.of("target", "no-such-gazetteer.tsv");

    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Gazetteers.load(path));

    assertTrue(e.getMessage().contains(path.toString()), e.getMessage());
  }
}
