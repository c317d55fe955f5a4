package dev.wortlaut.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wortlaut.Mention;
import dev.wortlaut.NameMatcher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The default gazetteer on an example article: every mention of a person, place or organisation that
 * the gazetteer knows, with its entity, and nothing else (the expected list was checked by hand).
 */
final class DefaultGazetteerGoldenTest {

  private static String resource(String name) throws IOException {
    try (InputStream in = DefaultGazetteerGoldenTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void article1_mentionsOfTheDefaultGazetteer_matchTheHandCheckedList() throws IOException {
    String text = resource("/articles/article-1.txt");
    List<String> expected = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                DefaultGazetteerGoldenTest.class.getResourceAsStream(
                    "/golden/article-1-mentions.tsv"),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.startsWith("#") && !line.isBlank()) {
          expected.add(line);
        }
      }
    }
    List<String> actual = new ArrayList<>();
    for (Mention m : NameMatcher.of(GermanPolitics.gazetteer()).match(text)) {
      assertEquals(text.substring(m.start(), m.end()), m.text());
      actual.add(m.start() + "\t" + m.end() + "\t" + m.text() + "\t" + m.entity().id());
    }
    assertEquals(String.join("\n", expected), String.join("\n", actual));
  }
}
