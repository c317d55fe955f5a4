package dev.wortlaut.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ReportTest {

  @TempDir Path dir;

  private static String result(String benchmark, String gazetteer, double opsPerSecond) {
    String params = gazetteer == null
        ? "{\"corpus\":\"bundled\"}"
        : "{\"corpus\":\"bundled\",\"gazetteer\":\"" + gazetteer + "\"}";
    return String.format(Locale.ROOT,
        "{\"benchmark\":\"dev.wortlaut.benchmarks.%s\",\"mode\":\"thrpt\",\"params\":%s,"
            + "\"primaryMetric\":{\"score\":%.1f,\"scoreError\":1.0,\"scoreUnit\":\"ops/s\"},"
            + "\"secondaryMetrics\":{}}",
        benchmark, params, opsPerSecond);
  }

  @Test
  void throughput_isOpsTimesCorpusMegabytesAndRatiosUseTheSameRun() throws IOException {
    Path json = dir.resolve("result.json");
    Files.writeString(json, "[" + String.join(",",
        result("TokenizerBenchmark.charScan", null, 1000.0),
        result("NameMatcherBenchmark.ahoCorasick", "100000", 400.0),
        result("NameMatcherBenchmark.wortlaut", "100000", 100.0)) + "]", StandardCharsets.UTF_8);
    Path out = dir.resolve("RESULTS.md");

    Report.main(new String[] {"--out", out.toString(), json.toString()});

    String markdown = Files.readString(out);
    double megabytes = Corpus.bundled().megabytes();
    String expected = String.format(Locale.ROOT,
        "| NameMatcherBenchmark.wortlaut | bundled | 100000 | %.2f |", 100.0 * megabytes);
    assertTrue(markdown.contains(expected), markdown);
    assertTrue(markdown.contains("| 0.100 | 0.250 | – |"), markdown);
    assertTrue(markdown.contains("| names 100k ≥ 0.5 × Aho–Corasick (bundled) | 0.250 | MISSED |"),
        markdown);
  }

  @Test
  void namePairs_areReportedInPairsPerSecondWithTheirRatio() throws IOException {
    String pair = "{\"benchmark\":\"dev.wortlaut.benchmarks.NamesBenchmark.%s\",\"mode\":\"thrpt\","
        + "\"params\":{},\"primaryMetric\":{\"score\":%.1f,\"scoreError\":10.0,"
        + "\"scoreUnit\":\"ops/s\"},\"secondaryMetrics\":{}}";
    Path json = dir.resolve("pairs.json");
    Files.writeString(json, "[" + String.format(Locale.ROOT, pair, "wortlaut", 300000.0) + ","
        + String.format(Locale.ROOT, pair, "levenshtein", 1200000.0) + "]", StandardCharsets.UTF_8);
    Path out = dir.resolve("RESULTS.md");

    Report.main(new String[] {"--out", out.toString(), json.toString()});

    String markdown = Files.readString(out);
    assertTrue(markdown.contains("| NamesBenchmark.wortlaut | 300000 | 10 | 0.250 |"), markdown);
    assertTrue(markdown.contains("| NamesBenchmark.levenshtein | 1200000 | 10 | 1.000 |"), markdown);
    assertTrue(!markdown.contains("| NamesBenchmark.wortlaut | |"), markdown);
  }
}
