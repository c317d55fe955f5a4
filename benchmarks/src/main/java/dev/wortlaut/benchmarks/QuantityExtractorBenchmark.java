package dev.wortlaut.benchmarks;

import dev.wortlaut.QuantityExtractor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Quantity extraction ({@code QuantityExtractor.defaults().extract}, tokenizing included).
 * One operation is one pass over the whole corpus; MB/s = ops/s × corpus MB.
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar QuantityExtractorBenchmark}</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class QuantityExtractorBenchmark extends CorpusBenchmark {

  private QuantityExtractor extractor;

  /** Takes the shared engine. */
  @Setup(Level.Trial)
  public void setUp() {
    extractor = QuantityExtractor.defaults();
  }

  /** Extracts the quantities of every document. */
  @Benchmark
  public long extract() {
    long quantities = 0;
    for (String document : documents) {
      quantities += extractor.extract(document).size();
    }
    return quantities;
  }
}
