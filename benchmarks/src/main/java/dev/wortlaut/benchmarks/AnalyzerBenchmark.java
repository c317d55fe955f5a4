package dev.wortlaut.benchmarks;

import dev.wortlaut.NewsAnalyzer;
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

/**
 * The full pipeline, {@code NewsAnalyzer.analyze} with names, quotes and quantities switched on. One
 * operation is one pass over the whole corpus; MB/s = ops/s × corpus MB.
 *
 * <p>{@code corpus=adversarial} is a 1 MB worst case (number chains, unpaired quote marks, long runs of
 * capitalised words, hyphen and apostrophe chains): its MB/s should stay within a small factor of a
 * real corpus's, or some engine is not linear.
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar AnalyzerBenchmark -p corpus=bundled,adversarial}</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class AnalyzerBenchmark {

  /** {@code bundled}, {@code adversarial} or a corpus file, see {@link Corpus#load(String)}. */
  @Param({"bundled", "adversarial"})
  public String corpus;

  /** {@code default} or a synthetic gazetteer size. */
  @Param({"default", "100000"})
  public String gazetteer;

  private String[] documents;
  private NewsAnalyzer analyzer;

  /** Loads the corpus and builds the analyzer. */
  @Setup(Level.Trial)
  public void setUp() {
    documents = Corpus.load(corpus).documents().toArray(String[]::new);
    analyzer = NewsAnalyzer.builder()
        .gazetteer(SyntheticGazetteer.forParameter(gazetteer))
        .quotes()
        .quantities()
        .build();
  }

  /** Analyses every document. */
  @Benchmark
  public long analyze() {
    long found = 0;
    for (String document : documents) {
      var analysis = analyzer.analyze(document);
      found += analysis.mentions().size() + analysis.quotes().size() + analysis.quantities().size();
    }
    return found;
  }
}
