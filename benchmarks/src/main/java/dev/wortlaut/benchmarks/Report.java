package dev.wortlaut.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Turns JMH JSON results ({@code -rf json}) into a Markdown report: throughput in MB/s of UTF-16 text,
 * allocation per MB, ratios to the baselines of the same run, build times, footprint and the release
 * targets.
 *
 * <pre>{@code java -cp benchmarks.jar dev.wortlaut.benchmarks.Report --out RESULTS.md
 *     [--footprint footprint.tsv] [--machine machine.txt] result.json...}</pre>
 *
 * <p>Throughput benchmarks count one operation per pass over the corpus named by their {@code corpus}
 * parameter, so MB/s = ops/s × chars × 2 / 10^6; the corpus is reloaded here to count its chars.
 * {@code NamesBenchmark} counts one operation per name pair and is reported in pairs/s.
 */
public final class Report {

  private static final String PACKAGE = "dev.wortlaut.benchmarks.";
  private static final String CHAR_SCAN = "TokenizerBenchmark.charScan";
  private static final String AHO_CORASICK = "NameMatcherBenchmark.ahoCorasick";
  private static final String HASH_WINDOWS = "NameMatcherBenchmark.hashWindows";
  private static final String NAMES = "NameMatcherBenchmark.wortlaut";
  private static final String ANALYZE = "AnalyzerBenchmark.analyze";
  private static final String PAIRS_BASELINE = "NamesBenchmark.levenshtein";

  private final Map<String, Double> megabytes = new HashMap<>();
  private final List<Row> rows = new ArrayList<>();

  private Report() {}

  /** One JMH result. */
  record Row(
      String benchmark,
      String mode,
      String corpus,
      String gazetteer,
      Map<String, String> params,
      double score,
      double error,
      String unit,
      double allocBytesPerOp) {

    String key(String benchmark, String corpus, String gazetteer) {
      return benchmark + "|" + corpus + "|" + gazetteer;
    }
  }

  /**
   * Writes the report.
   *
   * @param args {@code --out file}, optional {@code --footprint file} and {@code --machine file}, then
   *     JMH JSON files
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path out = null;
    Path footprint = null;
    Path machine = null;
    List<Path> inputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out":
          out = Path.of(args[++i]);
          break;
        case "--footprint":
          footprint = Path.of(args[++i]);
          break;
        case "--machine":
          machine = Path.of(args[++i]);
          break;
        default:
          inputs.add(Path.of(args[i]));
          break;
      }
    }
    if (out == null || inputs.isEmpty()) {
      throw new IllegalArgumentException(
          "usage: Report --out RESULTS.md [--footprint file] [--machine file] result.json...");
    }
    Report report = new Report();
    for (Path input : inputs) {
      if (Files.exists(input)) {
        report.read(input);
      }
    }
    String markdown = report.render(
        footprint != null && Files.exists(footprint) ? Files.readString(footprint) : null,
        machine != null && Files.exists(machine) ? Files.readString(machine) : null);
    Files.writeString(out, markdown, StandardCharsets.UTF_8);
  }

  private void read(Path json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    for (JsonNode result : root) {
      Map<String, String> params = new HashMap<>();
      JsonNode node = result.path("params");
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        params.put(entry.getKey(), entry.getValue().asText());
      }
      JsonNode primary = result.path("primaryMetric");
      double alloc = Double.NaN;
      for (Map.Entry<String, JsonNode> entry : result.path("secondaryMetrics").properties()) {
        if (entry.getKey().endsWith("gc.alloc.rate.norm")) {
          alloc = entry.getValue().path("score").asDouble();
        }
      }
      rows.add(new Row(
          result.path("benchmark").asText().replace(PACKAGE, ""),
          result.path("mode").asText(),
          params.getOrDefault("corpus", ""),
          params.getOrDefault("gazetteer", params.getOrDefault("size", "")),
          params,
          primary.path("score").asDouble(),
          primary.path("scoreError").asDouble(),
          primary.path("scoreUnit").asText(),
          alloc));
    }
  }

  private double megabytes(String corpus) {
    return megabytes.computeIfAbsent(corpus, spec -> {
      try {
        return Corpus.load(spec).megabytes();
      } catch (UncheckedIOException | IllegalArgumentException e) {
        return Double.NaN;
      }
    });
  }

  /** MB/s of a throughput row, NaN for other modes. */
  private double mbPerSecond(Row row) {
    return row.mode.equals("thrpt") && row.unit.equals("ops/s")
        && !row.benchmark.startsWith("NamesBenchmark.")
        ? row.score * megabytes(row.corpus)
        : Double.NaN;
  }

  private Row find(String benchmark, String corpus, String gazetteer) {
    for (Row row : rows) {
      if (row.benchmark.equals(benchmark) && row.corpus.equals(corpus)
          && Objects.equals(row.gazetteer, gazetteer)) {
        return row;
      }
    }
    return null;
  }

  /** The rival with the same gazetteer, or the default gazetteer's for engines that take none. */
  private double rival(String benchmark, Row row) {
    Row same = find(benchmark, row.corpus, row.gazetteer.isEmpty() ? "default" : row.gazetteer);
    return same == null ? Double.NaN : mbPerSecond(same);
  }

  /** The char-scan floor on the same corpus. */
  private double floor(Row row) {
    Row scan = find(CHAR_SCAN, row.corpus, "");
    return scan == null ? Double.NaN : mbPerSecond(scan);
  }

  private String render(String footprint, String machine) {
    StringBuilder md = new StringBuilder();
    md.append("# Wortlaut benchmark results\n\n");
    md.append("Generated by `benchmarks/run-release.sh` from JMH JSON; do not edit by hand.\n\n");
    md.append("## Machine\n\n");
    md.append("- processors: ").append(Runtime.getRuntime().availableProcessors()).append('\n');
    md.append("- os: ").append(System.getProperty("os.name")).append(' ')
        .append(System.getProperty("os.version")).append(' ')
        .append(System.getProperty("os.arch")).append('\n');
    md.append("- java: ").append(System.getProperty("java.vm.name")).append(' ')
        .append(System.getProperty("java.runtime.version")).append('\n');
    if (machine != null) {
      md.append("\n```\n").append(machine.strip()).append("\n```\n");
    }
    md.append("\n## Corpora\n\n| corpus | MB of UTF-16 per pass |\n|---|---:|\n");
    rows.stream().map(Row::corpus).filter(c -> !c.isEmpty()).distinct().forEach(c ->
        md.append(String.format(Locale.ROOT, "| %s | %.3f |%n", shortName(c), megabytes(c))));

    md.append("\n## Throughput\n\n");
    md.append("One operation is one pass over the corpus. Ratios divide by the baseline on the same"
        + " corpus and gazetteer (engines without a gazetteer: the default gazetteer's baseline);"
        + " allocation from `-prof gc` (`gc.alloc.rate.norm`), per MB of text.\n\n");
    md.append("| benchmark | corpus | gazetteer | MB/s | ± | alloc B/MB | × char scan"
        + " | × Aho–Corasick | × hash windows |\n");
    md.append("|---|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (Row row : rows) {
      double mbs = mbPerSecond(row);
      if (Double.isNaN(mbs)) {
        continue;
      }
      double mb = megabytes(row.corpus);
      md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.2f | %s | %s | %s | %s | %s |%n",
          row.benchmark, shortName(row.corpus), row.gazetteer.isEmpty() ? "–" : row.gazetteer,
          mbs, format(row.error * mb, "%.2f"), format(row.allocBytesPerOp / mb, "%.0f"),
          ratio(mbs, floor(row)), ratio(mbs, rival(AHO_CORASICK, row)),
          ratio(mbs, rival(HASH_WINDOWS, row))));
    }

    md.append("\n## Pairwise name comparison\n\n");
    md.append("`Names.match` on seeded pairs from the default gazetteer (half the same entity under"
        + " another spelling, half different entities, many sharing a word); one operation is one"
        + " pair. Baseline: Levenshtein distance of the lower-cased names, same run.\n\n");
    md.append("| benchmark | pairs/s | ± | × Levenshtein |\n|---|---:|---:|---:|\n");
    Row levenshtein = find(PAIRS_BASELINE, "", "");
    for (Row row : rows) {
      if (row.benchmark.startsWith("NamesBenchmark.") && row.mode.equals("thrpt")) {
        md.append(String.format(Locale.ROOT, "| %s | %.0f | %s | %s |%n", row.benchmark, row.score,
            format(row.error, "%.0f"), ratio(row.score, levenshtein == null ? Double.NaN
                : levenshtein.score)));
      }
    }

    md.append("\n## Build time\n\n| benchmark | entries | ms/build | ± |\n|---|---:|---:|---:|\n");
    for (Row row : rows) {
      if (row.mode.equals("ss")) {
        md.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %s |%n",
            row.benchmark, row.gazetteer, toMillis(row.score, row.unit),
            format(toMillis(row.error, row.unit), "%.1f")));
      }
    }

    if (footprint != null) {
      md.append("\n## Retained heap (bytes per entry)\n\n");
      boolean header = true;
      for (String line : footprint.strip().split("\n")) {
        String[] cells = line.strip().split("\t");
        md.append("| ").append(String.join(" | ", cells)).append(" |\n");
        if (header) {
          md.append("|---".repeat(cells.length)).append("|\n");
          header = false;
        }
      }
    }

    md.append("\n## Targets\n\n| target | measured | status |\n|---|---:|---|\n");
    List<String> measured = rows.stream()
        .filter(r -> r.benchmark.equals(NAMES) || r.benchmark.equals(ANALYZE))
        .map(Row::corpus)
        .filter(c -> !c.equals(Corpus.ADVERSARIAL))
        .distinct()
        .toList();
    for (String corpus : measured) {
      target(md, "names 100k ≥ 0.5 × Aho–Corasick (" + shortName(corpus) + ")",
          quotient(find(NAMES, corpus, "100000"), find(AHO_CORASICK, corpus, "100000")), 0.5, true);
      target(md, "analyze 100k ≥ 0.25 × Aho–Corasick (" + shortName(corpus) + ")",
          quotient(find(ANALYZE, corpus, "100000"), find(AHO_CORASICK, corpus, "100000")), 0.25,
          true);
      Row small = find(NAMES, corpus, "10000");
      Row large = find(NAMES, corpus, "1000000");
      double drop = small == null || large == null
          ? Double.NaN
          : 1 - mbPerSecond(large) / mbPerSecond(small);
      target(md, "names throughput drop 10k → 1M < 25% (" + shortName(corpus) + ")", drop, 0.25,
          false);
    }
    for (Row row : rows) {
      if (row.mode.equals("ss") && row.benchmark.equals("BuildBenchmark.nameMatcher")
          && row.gazetteer.equals("100000")) {
        target(md, "NameMatcher.of 100k < 5 s", toMillis(row.score, row.unit) / 1000, 5, false);
      }
    }
    return md.toString();
  }

  private Double quotient(Row ours, Row theirs) {
    return ours == null || theirs == null ? Double.NaN : mbPerSecond(ours) / mbPerSecond(theirs);
  }

  private static void target(StringBuilder md, String name, double value, double limit,
      boolean atLeast) {
    String status = Double.isNaN(value)
        ? "not measured"
        : (atLeast ? value >= limit : value < limit) ? "met" : "MISSED";
    md.append(String.format(Locale.ROOT, "| %s | %s | %s |%n", name, format(value, "%.3f"), status));
  }

  private static double toMillis(double value, String unit) {
    switch (unit) {
      case "s/op":
        return value * 1000;
      case "us/op":
        return value / 1000;
      case "ns/op":
        return value / 1e6;
      default:
        return value;
    }
  }

  private static String ratio(double ours, double theirs) {
    return format(ours / theirs, "%.3f");
  }

  private static String format(double value, String pattern) {
    return Double.isNaN(value) || Double.isInfinite(value)
        ? "–"
        : String.format(Locale.ROOT, pattern, value);
  }

  private static String shortName(String corpus) {
    Path name = Path.of(corpus).getFileName();
    return name == null ? corpus : name.toString();
  }
}
