package dev.wortlaut.benchmarks;

import dev.wortlaut.internal.text.TextIndex;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tokenizing and sentence splitting ({@code TextIndex.of}) against the memory-bandwidth floor, a scan
 * that reads every char. One operation is one pass over the whole corpus; MB/s = ops/s × corpus MB.
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar TokenizerBenchmark -p corpus=bundled}</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class TokenizerBenchmark extends CorpusBenchmark {


  /** Baseline: reads every char of every document. */
  @Benchmark
  public long charScan() {
    long sum = 0;
    for (String document : documents) {
      sum += Baselines.charSum(document);
    }
    return sum;
  }

  /** Builds the token and sentence index of every document. */
  @Benchmark
  public long textIndex() {
    long tokens = 0;
    for (String document : documents) {
      TextIndex index = TextIndex.of(document);
      tokens += index.size() + index.sentenceCount();
    }
    return tokens;
  }
}
