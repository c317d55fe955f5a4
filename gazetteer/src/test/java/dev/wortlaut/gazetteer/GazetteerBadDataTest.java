package dev.wortlaut.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wortlaut.Entity;
import dev.wortlaut.EntityType;
import dev.wortlaut.Gazetteer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class GazetteerBadDataTest {

  private static final String HEADER = "id\ttype\tname\taliases\tnative\tcountry\n";
  private static final String LAVROV = "lavrov\tperson\tSergey Lavrov\tSergej Lawrow\tСергей Лавров\tRU\n";

  @TempDir Path dir;

  private Path write(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    return file;
  }

  private Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private GazetteerFormatException loadFails(Path file) {
    return assertThrows(GazetteerFormatException.class, () -> Gazetteers.load(file));
  }

  private static void assertNames(GazetteerFormatException e, Path file, int line, String problem) {
    String message = e.getMessage();
    assertTrue(message.startsWith(file + ":" + line + ": "), () -> "file and line in: " + message);
    assertTrue(message.contains(problem), () -> "'" + problem + "' in: " + message);
    assertEquals(file.toString(), e.source(), "source");
    assertEquals(line, e.line(), "line");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
    "missingNativeColumn; id\\ttype\\tname\\taliases\\n; 1; header lacks the column 'native'",
    "noHeader_dataFirst; lavrov\\tperson\\tSergey Lavrov\\t\\t\\n; 1; header lacks the column 'id'",
    "tooFewColumns; HEADER# a comment\\nlavrov\\tperson\\tSergey Lavrov\\t\\t\\n; 3; expected 6 tab-separated columns but found 5",
    "tooManyColumns; HEADERlavrov\\tperson\\tSergey Lavrov\\t\\t\\tRU\\textra\\n; 2; expected 6 tab-separated columns but found 7",
    "duplicateId; HEADERLAVROV\\nLAVROV; 3; duplicate id 'lavrov' (first on line 2)",
    "emptyName; HEADERLAVROV\\nmerz\\tperson\\t  \\t\\t\\tDE\\n; 3; empty name for id 'merz'",
    "emptyId; HEADER\\tperson\\tFriedrich Merz\\t\\t\\tDE\\n; 2; empty id",
    "badType; HEADERmerz\\tPerson\\tFriedrich Merz\\t\\t\\tDE\\n; 2; bad type 'Person' for id 'merz'",
    "crlfLines; HEADERLAVROV\\r\\nmerz\\tperson\\tFriedrich Merz\\r\\n; 3; expected 6 tab-separated columns but found 3"
  })
  void malformedFile_failsNamingFileLineAndProblem(String name, String content, int line, String problem)
      throws IOException {
    String text = content.replace("HEADER", HEADER).replace("LAVROV", LAVROV.strip())
        .replace("\\t", "\t").replace("\\n", "\n").replace("\\r", "\r");
    Path file = write(name + ".tsv", text);

    GazetteerFormatException e = loadFails(file);

    assertNames(e, file, line, problem);
  }

  @Test
  void onlyComments_failsWithNoHeader() throws IOException {
    Path file = write("comments.tsv", "# nothing here\n\n# still nothing\n");

    GazetteerFormatException e = loadFails(file);

    assertTrue(e.getMessage().startsWith(file + ": no header line"), e.getMessage());
    assertEquals(0, e.line(), "line of a whole-file problem");
  }

  @Test
  void emptyFile_failsWithNoHeader() throws IOException {
    Path file = write("empty.tsv", new byte[0]);

    assertTrue(loadFails(file).getMessage().contains("no header line"), "no header");
  }

  @Test
  void invalidUtf8_isReportedOnItsOwnLine() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes((HEADER + LAVROV).getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes("merz\tperson\tFriedrich M".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xC3); // a lead byte without its continuation
    bytes.writeBytes("rz\t\t\tDE\n".getBytes(StandardCharsets.UTF_8));
    Path file = write("latin1.tsv", bytes.toByteArray());

    assertNames(loadFails(file), file, 3, "invalid UTF-8");
  }

  @Test
  void invalidUtf8_afterManyLines_isReportedOnItsLine() throws IOException {
    StringBuilder text = new StringBuilder(HEADER);
    for (int i = 0; i < 2000; i++) {
      text.append("e").append(i).append("\tperson\tName Nummer ").append(i).append("\t\t\tDE\n");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(new byte[] {'x', '\t', 'p', 'l', 'a', 'c', 'e', '\t', (byte) 0xFF, '\t', '\t', '\t', '\n'});
    Path file = write("late.tsv", bytes.toByteArray());

    assertNames(loadFails(file), file, 2002, "invalid UTF-8");
  }

  @Test
  void truncatedMultibyteSequenceAtTheEnd_isInvalidUtf8() throws IOException {
    byte[] lavrov = (HEADER + LAVROV).getBytes(StandardCharsets.UTF_8);
    byte[] truncated = java.util.Arrays.copyOf(lavrov, lavrov.length + 1);
    truncated[lavrov.length] = (byte) 0xE2;
    Path file = write("truncated.tsv", truncated);

    assertNames(loadFails(file), file, 3, "invalid UTF-8");
  }

  @Test
  void byteOrderMark_isIgnored() throws IOException {
    Path file = write("bom.tsv", "\uFEFF" + HEADER + LAVROV);

    Gazetteer gazetteer = Gazetteers.load(file);

    assertEquals(List.of("lavrov"), gazetteer.entities().stream().map(Entity::id).toList());
    assertEquals("RU", gazetteer.entity("lavrov").orElseThrow().attribute("country"), "attribute");
  }

  @Test
  void byteOrderMarkBeforeAComment_isIgnored() throws IOException {
    Path file = write("bom-comment.tsv", "\uFEFF# Kommentar\n" + HEADER + LAVROV);

    assertEquals(1, Gazetteers.load(file).size(), "entities");
  }

  @Test
  void wellFormedFile_loadsWhole() throws IOException {
    Path file = write("good.tsv", HEADER + LAVROV + "\r\nmerz\tperson\tFriedrich Merz\t\t\tDE\r\n");

    Gazetteer gazetteer = Gazetteers.load(file);

    assertEquals(List.of("lavrov", "merz"), gazetteer.entities().stream().map(Entity::id).toList());
    assertEquals(EntityType.PERSON, gazetteer.entity("merz").orElseThrow().type(), "type");
    assertEquals(List.of("Sergej Lawrow"), gazetteer.entity("lavrov").orElseThrow().aliases(), "aliases");
  }

  @Test
  void missingFile_failsWithUncheckedIoNamingThePath() {
    Path file = dir.resolve("does-not-exist.tsv");

    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Gazetteers.load(file));

    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  @Test
  void directory_failsWithUncheckedIoNamingThePath() {
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Gazetteers.load(dir));

    assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
  }

  @Test
  void failedLoad_leavesTheDefaultGazetteerUntouched() throws IOException {
    Gazetteer before = GermanPolitics.gazetteer();
    List<Entity> entities = List.copyOf(before.entities());
    Path file = write("half.tsv", HEADER + LAVROV + "north-korea\tplace\tNorth Korea\n");

    loadFails(file);

    assertEquals(entities, GermanPolitics.gazetteer().entities(), "default gazetteer entities");
  }

  @Test
  void parse_badLineAfterGoodOnes_returnsNothingAndThrows() {
    byte[] text = (HEADER + LAVROV + "bad\tnot a type\tX\t\t\t\n").getBytes(StandardCharsets.UTF_8);

    GazetteerFormatException e = assertThrows(GazetteerFormatException.class,
        () -> Gazetteers.parse(new ByteArrayInputStream(text), "mem.tsv"));

    assertEquals("mem.tsv", e.source(), "source");
    assertEquals(3, e.line(), "line");
  }

  @Test
  void nullArguments_throwNullPointerExceptionNamingThem() {
    assertEquals("path", assertThrows(NullPointerException.class, () -> Gazetteers.load(null)).getMessage());
    assertEquals("in",
        assertThrows(NullPointerException.class, () -> Gazetteers.parse(null, "x.tsv")).getMessage());
    assertEquals("source", assertThrows(NullPointerException.class,
        () -> Gazetteers.parse(new ByteArrayInputStream(new byte[0]), null)).getMessage());
  }
}
