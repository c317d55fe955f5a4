package dev.wortlaut;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the matcher with the test fixture gazetteer over the five seed articles and compares with the
 * hand-checked list in {@code articles/expected-mentions.tsv} (article, start, text, entity, kind).
 */
final class ArticleMentionsTest {

  private static String read(String name) throws IOException {
    try (InputStream in = ArticleMentionsTest.class.getResourceAsStream("/articles/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5})
  void article_mentionsMatchHandCheckedList(int article) throws IOException {
    String text = read("article-" + article + ".txt");
    List<String> expected = new ArrayList<>();
    for (String line : read("expected-mentions.tsv").split("\n")) {
      if (line.startsWith(article + "\t")) {
        expected.add(line.substring(line.indexOf('\t') + 1));
      }
    }
    List<String> got = new ArrayList<>();
    for (Mention m : Fixture.MATCHER.match(text)) {
      assertEquals(text.substring(m.start(), m.end()), m.text());
      got.add(m.start() + "\t" + m.text() + "\t" + m.entity().id() + "\t" + m.match());
    }
    assertEquals(expected, got);
  }
}
