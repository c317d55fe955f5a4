package dev.wortlaut.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the tool and checks the JSON Lines contract documented in the README. */
final class AnalyzeJsonContractTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private record Result(int code, List<JsonNode> lines, String err) {}

  private static Result run(String... args) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = WortlautCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      if (!line.isBlank()) {
        lines.add(JSON.readTree(line));
      }
    }
    return new Result(code, lines, err.toString());
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static void assertItemContract(String document, JsonNode item, Set<String> fields) {
    for (String field : fields) {
      assertTrue(item.has(field), () -> "missing field " + field + " in " + item);
    }
    int start = item.get("start").asInt();
    int end = item.get("end").asInt();
    assertEquals(document.substring(start, end), item.get("text").asText(), item.toString());
  }

  @Test
  void oneObjectPerFile_inInputOrder_withEveryItemHoldingOffsetsIntoItsDocument()
      throws IOException {
    String first =
        "Der russische Außenminister Sergej Lawrow sagte: „Wir sind bereit.“ Rund 12.000 Soldaten"
            + " seien laut Angaben des Geheimdienstes in der Region.";
    String second = "Kim Jong Un traf Choe Son Hui in Pjöngjang. Es geht um 3,5 Prozent.";
    Path a = write("a.txt", first);
    Path b = write("b.txt", second);
    Result result = run("analyze", a.toString(), b.toString());
    assertEquals(0, result.code(), result.err());
    assertEquals(2, result.lines().size());
    String[] documents = {first, second};
    Path[] files = {a, b};
    for (int i = 0; i < 2; i++) {
      JsonNode doc = result.lines().get(i);
      assertEquals(files[i].toString(), doc.get("doc").asText());
      assertTrue(doc.get("mentions").isArray());
      assertTrue(doc.get("quotes").isArray());
      assertTrue(doc.get("quantities").isArray());
      for (JsonNode m : doc.get("mentions")) {
        assertItemContract(documents[i], m, Set.of("start", "end", "text", "entity", "name", "type"));
      }
      for (JsonNode q : doc.get("quotes")) {
        assertItemContract(
            documents[i], q, Set.of("start", "end", "text", "kind", "content", "speaker", "cue"));
        assertTrue(Set.of("direct", "indirect", "according_to").contains(q.get("kind").asText()));
        for (String part : new String[] {"speaker", "cue"}) {
          if (!q.get(part).isNull()) {
            assertItemContract(documents[i], q.get(part), Set.of("start", "end", "text"));
          }
        }
        if (!q.get("speaker").isNull()) {
          assertTrue(q.get("speaker").has("entity"));
        }
      }
      for (JsonNode q : doc.get("quantities")) {
        assertItemContract(
            documents[i],
            q,
            Set.of("start", "end", "text", "value", "valueMax", "unit", "kind", "approx", "bound"));
        assertTrue(q.get("approx").isBoolean());
        assertTrue(Set.of("exact", "lower", "upper", "range").contains(q.get("bound").asText()));
        assertEquals(q.get("bound").asText().equals("range"), !q.get("valueMax").isNull());
      }
    }
  }

  @Test
  void lines_makeEachLineADocument_numberedFromOne() throws IOException {
    Path file = write("lines.txt", "Erste Zeile.\nZweite Zeile.\n\nVierte.\n");
    Result result = run("analyze", "--lines", file.toString());
    assertEquals(0, result.code(), result.err());
    assertEquals(4, result.lines().size());
    for (int i = 0; i < 4; i++) {
      assertTrue(result.lines().get(i).get("doc").isInt());
      assertEquals(i + 1, result.lines().get(i).get("doc").asInt());
    }
  }

  @Test
  void unreadableFile_exitsWithTwo_namingTheFile_afterWritingTheDocumentsBefore()
      throws IOException {
    Path good = write("good.txt", "Ein Satz.");
    Path missing = dir.resolve("missing.txt");
    Result result = run("analyze", good.toString(), missing.toString());
    assertEquals(2, result.code());
    assertEquals(1, result.lines().size());
    assertEquals(1, result.err().strip().lines().count(), result.err());
    assertTrue(result.err().contains(missing.toString()), result.err());
  }

  @Test
  void invalidUtf8_exitsWithTwo_namingTheFile() throws IOException {
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {'O', 'k', (byte) 0xC3, (byte) 0x28});
    Result result = run("analyze", bad.toString());
    assertEquals(2, result.code());
    assertTrue(result.err().contains(bad.toString()) && result.err().contains("UTF-8"), result.err());
  }

  @Test
  void malformedGazetteer_exitsWithTwo_namingFileAndLine() throws IOException {
    Path gazetteer = write("g.tsv", "id\ttype\tname\taliases\tnative\nx\tperson\n");
    Path doc = write("doc.txt", "Text.");
    Result result = run("analyze", "--gazetteer", gazetteer.toString(), doc.toString());
    assertEquals(2, result.code());
    assertEquals(0, result.lines().size());
    assertTrue(result.err().contains(gazetteer + ":2"), result.err());
  }
}
