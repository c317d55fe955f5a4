package dev.wortlaut.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CliRobustnessTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ARTICLE =
      "Bei einem Treffen mit Sergej Lawrow sagte Choe, sie habe keinerlei Zweifel. "
          + "„Wir stehen fest an der Seite Russlands“, sagte sie. Es geht um 10.000 Soldaten.\n\n";

  @TempDir Path dir;

  /** The outcome of one run of the tool. */
  private record Run(int exitCode, List<String> out, List<String> err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = WortlautCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, lines(out.toString()), lines(err.toString()));
  }

  private static List<String> lines(String text) {
    return text.isEmpty() ? List.of() : List.of(text.split("\n", -1)).subList(0, text.split("\n", -1).length - 1);
  }

  private Path write(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    return file;
  }

  private Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void fourMegabyteDocument_yieldsOneJsonLine() throws IOException {
    StringBuilder text = new StringBuilder();
    while (text.length() < 4 << 20) {
      text.append(ARTICLE);
    }
    Path file = write("big.txt", text.toString());

    Run run = run("analyze", file.toString());

    assertEquals(0, run.exitCode(), () -> "exit code, stderr " + run.err());
    assertEquals(1, run.out().size(), "output lines");
    JsonNode document = JSON.readTree(run.out().get(0));
    assertEquals(file.toString(), document.get("doc").asText(), "doc");
    for (String field : List.of("mentions", "quotes", "quantities")) {
      assertTrue(document.get(field).isArray(), field + " is an array");
    }
    assertEquals(List.of(), run.err(), "stderr");
  }

  @Test
  void missingFile_exitsWithTwoAfterWritingTheDocumentsBeforeIt() throws IOException {
    Path good = write("good.txt", ARTICLE);
    Path missing = dir.resolve("missing.txt");

    Run run = run("analyze", good.toString(), missing.toString());

    assertEquals(2, run.exitCode(), "exit code");
    assertEquals(1, run.out().size(), "documents written before the missing one");
    assertEquals(good.toString(), JSON.readTree(run.out().get(0)).get("doc").asText(), "first doc");
    assertEquals(1, run.err().size(), () -> "one stderr line: " + run.err());
    assertTrue(run.err().get(0).contains(missing.toString()), () -> "names the file: " + run.err());
  }

  @Test
  void invalidUtf8File_exitsWithTwoNamingTheFile() throws IOException {
    Path good = write("good.txt", ARTICLE);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("Gr".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xFC); // ISO-8859-1 ü
    bytes.writeBytes("n\n".getBytes(StandardCharsets.UTF_8));
    Path latin1 = write("latin1.txt", bytes.toByteArray());
    Path after = write("after.txt", ARTICLE);

    Run run = run("analyze", good.toString(), latin1.toString(), after.toString());

    assertEquals(2, run.exitCode(), "exit code");
    assertEquals(1, run.out().size(), "documents written before the bad one");
    assertEquals(1, run.err().size(), () -> "one stderr line: " + run.err());
    assertTrue(run.err().get(0).contains(latin1.toString()), () -> "names the file: " + run.err());
    assertTrue(run.err().get(0).contains("invalid UTF-8"), () -> "names the problem: " + run.err());
  }

  @Test
  void malformedGazetteer_exitsWithTwoNamingFileAndLine() throws IOException {
    Path gazetteer = write("bad.tsv",
        "id\ttype\tname\taliases\tnative\nlavrov\tperson\tSergey Lavrov\t\t\nmerz\tperson\n");
    Path good = write("good.txt", ARTICLE);

    Run run = run("analyze", "--gazetteer", gazetteer.toString(), good.toString());

    assertEquals(2, run.exitCode(), "exit code");
    assertEquals(List.of(), run.out(), "nothing analysed with a broken gazetteer");
    assertEquals(1, run.err().size(), () -> "one stderr line: " + run.err());
    assertTrue(run.err().get(0).contains(gazetteer + ":3:"), () -> "names file and line: " + run.err());
  }

  @Test
  void gazetteerWithInvalidUtf8_exitsWithTwoNamingFileAndLine() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("id\ttype\tname\taliases\tnative\nlavrov\tperson\tSergey Lavrov\t\t\nmerz\tperson\tM"
        .getBytes(StandardCharsets.UTF_8));
    bytes.write(0xE4);
    bytes.writeBytes("rz\t\t\n".getBytes(StandardCharsets.UTF_8));
    Path gazetteer = write("latin1.tsv", bytes.toByteArray());

    Run run = run("analyze", "--gazetteer", gazetteer.toString(), write("good.txt", ARTICLE).toString());

    assertEquals(2, run.exitCode(), "exit code");
    assertEquals(1, run.err().size(), () -> "one stderr line: " + run.err());
    assertTrue(run.err().get(0).contains(gazetteer + ":3: invalid UTF-8"), () -> "names file and line: " + run.err());
  }

  @Test
  void missingGazetteer_exitsWithTwoNamingTheFile() {
    Path gazetteer = dir.resolve("nowhere.tsv");

    Run run = run("analyze", "--gazetteer", gazetteer.toString());

    assertEquals(2, run.exitCode(), "exit code");
    assertEquals(1, run.err().size(), () -> "one stderr line: " + run.err());
    assertTrue(run.err().get(0).contains(gazetteer.toString()), () -> "names the file: " + run.err());
  }

  private Path linesWithInvalidThirdLine() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("Erste Zeile mit Lawrow.\nZweite Zeile.\n".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xFF);
    bytes.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
    return write("lines.txt", bytes.toByteArray());
  }

  @Test
  void linesMode_invalidUtf8_exitsWithTwoNamingTheFile() throws IOException {
    Path file = linesWithInvalidThirdLine();

    Run run = run("analyze", "--lines", file.toString());

    assertEquals(2, run.exitCode(), "exit code");
    assertEquals(1, run.err().size(), () -> "one stderr line: " + run.err());
    assertTrue(run.err().get(0).contains(file + ":"), () -> "names the file: " + run.err());
    assertTrue(run.err().get(0).contains("invalid UTF-8"), () -> "names the problem: " + run.err());
  }

  @Test
  void linesMode_invalidUtf8_namesTheLineAndWritesTheLinesBeforeIt() throws IOException {
    Path file = linesWithInvalidThirdLine();

    Run run = run("analyze", "--lines", file.toString());

    assertTrue(run.err().get(0).contains(file + ":3:"), () -> "names the line: " + run.err());
    assertEquals(2, run.out().size(), "lines written before the bad one");
  }
}
