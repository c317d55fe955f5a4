package dev.wortlaut.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.wortlaut.Mention;
import dev.wortlaut.NameMatcher;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The default gazetteer on the example articles: every mention of a person, place or organisation
 * that the gazetteer knows, with its entity, and nothing else. The expected lists in {@code
 * /golden/article-N-mentions.tsv} were checked by hand against the article text; they state the
 * correct answer even where the matcher still errs. Those errors are listed in {@code
 * /golden/known-gaps.tsv} and checked in reverse: a gap that the matcher no longer has fails the test
 * until its line is removed.
 */
final class DefaultGazetteerGoldenTest {

  private static final int ARTICLES = 5;
  private static final NameMatcher MATCHER = NameMatcher.of(GermanPolitics.gazetteer());

  /** One line of a golden file: half-open UTF-16 offsets, the covered text and the entity id. */
  private record Line(int start, int end, String text, String entity) {

    static Line parse(String[] fields, int from, String where) {
      if (fields.length != from + 4) {
        throw new IllegalArgumentException("expected " + (from + 4) + " fields: " + where);
      }
      return new Line(
          Integer.parseInt(fields[from]), Integer.parseInt(fields[from + 1]), fields[from + 2],
          fields[from + 3]);
    }

    static Line of(Mention m) {
      return new Line(m.start(), m.end(), m.text(), m.entity().id());
    }

    @Override
    public String toString() {
      return start + "\t" + end + "\t" + text + "\t" + entity;
    }
  }

  /** A known matcher error: a golden line it misses, or a line it reports that is not golden. */
  private record Gap(int article, boolean missed, Line line) {}

  private static final Comparator<Line> ORDER =
      Comparator.comparingInt(Line::start).thenComparingInt(Line::end).thenComparing(Line::entity);

  private static String resource(String name) throws IOException {
    try (InputStream in = DefaultGazetteerGoldenTest.class.getResourceAsStream(name)) {
      assertNotNull(in, "missing test resource " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String[]> rows(String name) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : resource(name).split("\n", -1)) {
      if (!line.startsWith("#") && !line.isBlank()) {
        rows.add(line.split("\t", -1));
      }
    }
    return rows;
  }

  private static String article(int n) throws IOException {
    return resource("/articles/article-" + n + ".txt");
  }

  private static List<Line> golden(int n) throws IOException {
    String name = "/golden/article-" + n + "-mentions.tsv";
    List<Line> lines = new ArrayList<>();
    for (String[] row : rows(name)) {
      lines.add(Line.parse(row, 0, name + ": " + String.join("\t", row)));
    }
    return lines;
  }

  private static List<Gap> gaps() throws IOException {
    List<Gap> gaps = new ArrayList<>();
    for (String[] row : rows("/golden/known-gaps.tsv")) {
      String where = "known-gaps.tsv: " + String.join("\t", row);
      boolean missed = row[1].equals("missed");
      if (!missed && !row[1].equals("spurious")) {
        throw new IllegalArgumentException("kind must be missed or spurious: " + where);
      }
      gaps.add(new Gap(Integer.parseInt(row[0]), missed, Line.parse(row, 2, where)));
    }
    return gaps;
  }

  private static List<Line> actual(String text) {
    List<Line> lines = new ArrayList<>();
    for (Mention m : MATCHER.match(text)) {
      assertEquals(text.substring(m.start(), m.end()), m.text());
      lines.add(Line.of(m));
    }
    return lines;
  }

  private static String join(List<Line> lines) {
    List<String> out = new ArrayList<>();
    for (Line line : lines) {
      out.add(line.toString());
    }
    return String.join("\n", out);
  }

  @ParameterizedTest(name = "article-{0}")
  @ValueSource(ints = {1, 2, 3, 4, 5})
  void article_mentionsOfTheDefaultGazetteer_matchTheHandCheckedListUpToTheKnownGaps(int n)
      throws IOException {
    List<Line> golden = golden(n);
    List<Line> expected = new ArrayList<>(golden);
    for (Gap gap : gaps()) {
      if (gap.article() == n) {
        if (gap.missed()) {
          assertTrue(expected.remove(gap.line()), "a missed gap must be a golden line: " + gap);
        } else {
          assertFalse(golden.contains(gap.line()), "a spurious gap must not be golden: " + gap);
          expected.add(gap.line());
        }
      }
    }
    expected.sort(ORDER);
    List<Line> actual = actual(article(n));
    actual.sort(ORDER);
    assertEquals(join(expected), join(actual),
        "matcher output differs from the golden list; if a known gap was fixed, remove its line from"
            + " known-gaps.tsv");
  }

  @Test
  void goldenFiles_coverAllFiveArticles() throws IOException {
    for (int n = 1; n <= ARTICLES; n++) {
      assertFalse(article(n).isBlank(), "article-" + n);
      assertFalse(golden(n).isEmpty(), "golden list of article-" + n);
    }
    assertNull(DefaultGazetteerGoldenTest.class.getResource(
        "/golden/article-" + (ARTICLES + 1) + "-mentions.tsv"), "a golden file without its test");
  }

  @ParameterizedTest(name = "article-{0}")
  @ValueSource(ints = {1, 2, 3, 4, 5})
  void goldenSpans_coverTheirTextSortedAndWithoutOverlap(int n) throws IOException {
    String text = article(n);
    int previousEnd = 0;
    for (Line line : golden(n)) {
      assertTrue(line.start() >= previousEnd && line.start() < line.end()
          && line.end() <= text.length(), "span out of order or range: " + line);
      assertEquals(line.text(), text.substring(line.start(), line.end()), "span text: " + line);
      assertFalse(line.entity().isBlank(), "entity id: " + line);
      previousEnd = line.end();
    }
  }

  @Test
  void knownGaps_spansCoverTheirTextAndEntitiesExist() throws IOException {
    for (Gap gap : gaps()) {
      String text = article(gap.article());
      Line line = gap.line();
      assertEquals(line.text(), text.substring(line.start(), line.end()), "span text: " + gap);
      assertTrue(GermanPolitics.gazetteer().entity(line.entity()).isPresent(), "unknown entity: " + gap);
    }
  }

  @Test
  void goldenEntities_existInTheDefaultGazetteer() throws IOException {
    for (int n = 1; n <= ARTICLES; n++) {
      for (Line line : golden(n)) {
        assertTrue(GermanPolitics.gazetteer().entity(line.entity()).isPresent(), "article-" + n + ": unknown entity " + line);
      }
    }
  }

  /** The copies in this module must stay equal to the articles of the core module, when present. */
  @ParameterizedTest(name = "article-{0}")
  @ValueSource(ints = {1, 2, 3, 4, 5})
  void articleCopies_equalTheCoreModuleArticles(int n) throws IOException {
    Path core = Path.of("..", "core", "src", "test", "resources", "articles", "article-" + n + ".txt");
    assumeTrue(Files.isRegularFile(core), "core module articles not present");
    assertEquals(Files.readString(core, StandardCharsets.UTF_8), article(n));
  }
}
