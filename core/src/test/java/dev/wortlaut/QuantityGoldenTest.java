package dev.wortlaut;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Diffs the quantities of the five seed articles against {@code golden/quantities.jsonl} (one article
 * per line). Run with {@code -Dwortlaut.golden.update=true} to rewrite the file for review.
 */
final class QuantityGoldenTest {

  private static final Path ARTICLES = Path.of("src/test/resources/articles");
  private static final Path GOLDEN = Path.of("src/test/resources/golden/quantities.jsonl");

  @Test
  void seedArticles_matchTheGoldenFile() throws IOException {
    List<String> actual = new ArrayList<>();
    for (int k = 1; k <= 5; k++) {
      String name = "article-" + k + ".txt";
      String text = Files.readString(ARTICLES.resolve(name), StandardCharsets.UTF_8);
      actual.add(line(name, QuantityExtractorTest.extractChecked(text)));
    }
    if (Boolean.getBoolean("wortlaut.golden.update")) {
      Files.write(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    List<String> expected = Files.readAllLines(GOLDEN, StandardCharsets.UTF_8);
    assertEquals(String.join("\n", expected), String.join("\n", actual));
  }

  private static String line(String article, List<Quantity> quantities) {
    StringBuilder sb = new StringBuilder("{\"article\":").append(json(article)).append(",\"quantities\":[");
    for (int q = 0; q < quantities.size(); q++) {
      Quantity x = quantities.get(q);
      sb.append(q == 0 ? "" : ",")
          .append("{\"start\":").append(x.start())
          .append(",\"end\":").append(x.end())
          .append(",\"text\":").append(json(x.text()))
          .append(",\"value\":").append(x.value().toPlainString())
          .append(",\"valueMax\":").append(x.valueMax() == null ? "null" : x.valueMax().toPlainString())
          .append(",\"unit\":").append(x.unit() == null ? "null" : json(x.unit()))
          .append(",\"kind\":\"").append(x.kind())
          .append("\",\"approximate\":").append(x.approximate())
          .append(",\"bound\":\"").append(x.bound())
          .append("\",\"modifier\":").append(x.modifier() == null ? "null" : json(x.modifier().text()))
          .append('}');
    }
    return sb.append("]}").toString();
  }

  private static String json(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int c = 0; c < s.length(); c++) {
      char ch = s.charAt(c);
      if (ch == '"' || ch == '\\') {
        sb.append('\\').append(ch);
      } else if (ch < 0x20) {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) ch));
      } else {
        sb.append(ch);
      }
    }
    return sb.append('"').toString();
  }
}
