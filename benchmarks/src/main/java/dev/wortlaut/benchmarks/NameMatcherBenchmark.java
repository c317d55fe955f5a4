package dev.wortlaut.benchmarks;

import dev.wortlaut.Gazetteer;
import dev.wortlaut.NameMatcher;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Name matching per gazetteer size against two exact baselines over the same names and text:
 * case-insensitive whole-word Aho–Corasick and a hash lookup of one- to four-word windows. One
 * operation is one pass over the whole corpus; MB/s = ops/s × corpus MB.
 *
 * <p>{@code gazetteer} is {@code default} ({@code GermanPolitics.gazetteer()}) or the size of a
 * {@link SyntheticGazetteer}. Only the engine a method measures is built in its trial.
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar NameMatcherBenchmark -p gazetteer=100000}</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class NameMatcherBenchmark {

  /** {@code bundled}, {@code adversarial} or a corpus file, see {@link Corpus#load(String)}. */
  @Param("bundled")
  public String corpus;

  /** {@code default} or a synthetic gazetteer size. */
  @Param({"default", "10000", "100000", "1000000"})
  public String gazetteer;

  private String[] documents;
  private NameMatcher matcher;
  private Baselines.AhoCorasick ahoCorasick;
  private Baselines.HashWindows hashWindows;

  /**
   * Loads the corpus and builds the engine the running benchmark method needs.
   *
   * @param params the running benchmark
   */
  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    documents = Corpus.load(corpus).documents().toArray(String[]::new);
    Gazetteer entries = SyntheticGazetteer.forParameter(gazetteer);
    String method = params.getBenchmark();
    if (method.endsWith(".ahoCorasick")) {
      ahoCorasick = new Baselines.AhoCorasick(entries);
    } else if (method.endsWith(".hashWindows")) {
      hashWindows = new Baselines.HashWindows(entries);
    } else {
      matcher = NameMatcher.of(entries);
    }
  }

  /** Ours: transliteration-aware matching with {@code NameMatcher.match}. */
  @Benchmark
  public long wortlaut() {
    long mentions = 0;
    for (String document : documents) {
      mentions += matcher.match(document).size();
    }
    return mentions;
  }

  /** Baseline: exact case-insensitive whole-word Aho–Corasick (lower-casing included). */
  @Benchmark
  public long ahoCorasick() {
    long hits = 0;
    for (String document : documents) {
      hits += ahoCorasick.count(document);
    }
    return hits;
  }

  /** Baseline: lower-cased word windows of one to four words looked up in a hash map. */
  @Benchmark
  public long hashWindows() {
    long hits = 0;
    for (String document : documents) {
      hits += hashWindows.count(document);
    }
    return hits;
  }
}
