package dev.wortlaut;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Compares the detector with hand-checked expectations for the five seed articles
 * ({@code golden/quotes.jsonl}, one expected quote per line). A quote matches an expected one when the
 * kind agrees and the contents overlap by at least half of the longer one; the speaker matches when
 * the spans overlap (or both are absent). Run with {@code -Dwortlaut.golden.update=true} to rewrite the
 * file from the detector's output for review.
 */
final class GoldenQuotesTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/quotes.jsonl");
  private static final String[] ARTICLES = {
    "article-1.txt", "article-2.txt", "article-3.txt", "article-4.txt", "article-5.txt"
  };

  record Row(String article, QuoteKind kind, String text, String speaker, String cue) {}

  @Test
  void seedArticles_matchHandCheckedQuotes() throws IOException {
    List<Row> actual = new ArrayList<>();
    for (String article : ARTICLES) {
      String text = read(article);
      for (Quote q : QuoteAssertions.checked(text, QuoteDetector.defaults().detect(text))) {
        actual.add(new Row(article, q.kind(), q.text(),
            q.speaker() == null ? null : q.speaker().text(), q.cue() == null ? null : q.cue().text()));
      }
    }
    if (Boolean.getBoolean("wortlaut.golden.update")) {
      StringBuilder sb = new StringBuilder();
      for (Row r : actual) {
        sb.append(toJson(r)).append('\n');
      }
      Files.writeString(GOLDEN, sb.toString(), StandardCharsets.UTF_8);
    }
    List<Row> expected = new ArrayList<>();
    for (String line : Files.readAllLines(GOLDEN, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        expected.add(fromJson(line));
      }
    }
    Map<QuoteKind, int[]> counts = new EnumMap<>(QuoteKind.class); // tp, expected, actual
    for (QuoteKind k : QuoteKind.values()) {
      counts.put(k, new int[3]);
    }
    int speakerHits = 0;
    int matched = 0;
    StringBuilder report = new StringBuilder();
    boolean[] used = new boolean[actual.size()];
    for (Row e : expected) {
      counts.get(e.kind())[1]++;
      int hit = -1;
      for (int i = 0; i < actual.size(); i++) {
        Row a = actual.get(i);
        if (!used[i] && a.article().equals(e.article()) && a.kind() == e.kind() && overlaps(a.text(), e.text())) {
          hit = i;
          break;
        }
      }
      if (hit < 0) {
        report.append("missed:   ").append(toJson(e)).append('\n');
        continue;
      }
      used[hit] = true;
      counts.get(e.kind())[0]++;
      matched++;
      Row a = actual.get(hit);
      if (e.speaker() == null ? a.speaker() == null : a.speaker() != null && overlaps(a.speaker(), e.speaker())) {
        speakerHits++;
      } else {
        report.append("speaker:  ").append(toJson(a)).append(" expected ").append(e.speaker()).append('\n');
      }
    }
    for (int i = 0; i < actual.size(); i++) {
      counts.get(actual.get(i).kind())[2]++;
      if (!used[i]) {
        report.append("spurious: ").append(toJson(actual.get(i))).append('\n');
      }
    }
    StringBuilder summary = new StringBuilder();
    for (Map.Entry<QuoteKind, int[]> c : counts.entrySet()) {
      int[] v = c.getValue();
      summary.append(String.format(java.util.Locale.ROOT, "%s tp=%d expected=%d found=%d F1=%.3f%n",
          c.getKey(), v[0], v[1], v[2], f1(v)));
    }
    String message = summary + report.toString();
    System.out.print(message);
    assertTrue(f1(counts.get(QuoteKind.DIRECT)) >= 0.95, message);
    int[] reported = new int[3];
    for (QuoteKind k : new QuoteKind[] {QuoteKind.INDIRECT, QuoteKind.ACCORDING_TO}) {
      for (int i = 0; i < 3; i++) {
        reported[i] += counts.get(k)[i];
      }
    }
    assertTrue(f1(reported) >= 0.85, message);
    assertTrue(matched == 0 || speakerHits >= 0.9 * matched, message);
  }

  private static double f1(int[] v) {
    return v[1] + v[2] == 0 ? 1.0 : 2.0 * v[0] / (v[1] + v[2]);
  }

  /** Overlap of the common part (by position of the shorter inside the longer) of at least 50%. */
  static boolean overlaps(String a, String b) {
    String longer = a.length() >= b.length() ? a : b;
    String shorter = longer == a ? b : a;
    if (longer.contains(shorter)) {
      return shorter.length() * 2 >= longer.length();
    }
    // shared prefix or suffix (the spans overlap at one edge)
    int p = 0;
    while (p < shorter.length() && shorter.charAt(p) == longer.charAt(p)) {
      p++;
    }
    int s = 0;
    while (s < shorter.length()
        && shorter.charAt(shorter.length() - 1 - s) == longer.charAt(longer.length() - 1 - s)) {
      s++;
    }
    return Math.max(p, s) * 2 >= longer.length();
  }

  private static String read(String article) throws IOException {
    try (var in = GoldenQuotesTest.class.getResourceAsStream("/articles/" + article)) {
      if (in == null) {
        throw new IllegalStateException("test resource articles/" + article + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  // a minimal JSON writer and reader for flat objects of strings (and null)

  private static String toJson(Row r) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("article", r.article());
    m.put("kind", r.kind().name());
    m.put("text", r.text());
    m.put("speaker", r.speaker());
    m.put("cue", r.cue());
    StringBuilder sb = new StringBuilder("{");
    for (Map.Entry<String, String> e : m.entrySet()) {
      if (sb.length() > 1) {
        sb.append(", ");
      }
      sb.append(quote(e.getKey())).append(": ").append(e.getValue() == null ? "null" : quote(e.getValue()));
    }
    return sb.append('}').toString();
  }

  private static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  private static Row fromJson(String line) {
    Map<String, String> m = new LinkedHashMap<>();
    int i = line.indexOf('{') + 1;
    while (true) {
      i = skip(line, i);
      if (line.charAt(i) == '}') {
        break;
      }
      int[] pos = {i};
      String key = string(line, pos);
      i = skip(line, pos[0]);
      i = skip(line, i + 1); // ':'
      String value = null;
      if (line.startsWith("null", i)) {
        i += 4;
      } else {
        pos[0] = i;
        value = string(line, pos);
        i = pos[0];
      }
      m.put(key, value);
      i = skip(line, i);
      if (line.charAt(i) == ',') {
        i++;
      }
    }
    return new Row(m.get("article"), QuoteKind.valueOf(m.get("kind")), m.get("text"), m.get("speaker"), m.get("cue"));
  }

  private static int skip(String s, int i) {
    while (Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String string(String s, int[] pos) {
    int i = pos[0] + 1;
    StringBuilder sb = new StringBuilder();
    while (s.charAt(i) != '"') {
      char c = s.charAt(i++);
      if (c == '\\') {
        char e = s.charAt(i++);
        sb.append(e == 'n' ? '\n' : e == 'r' ? '\r' : e == 't' ? '\t' : e);
      } else {
        sb.append(c);
      }
    }
    pos[0] = i + 1;
    return sb.toString();
  }
}
