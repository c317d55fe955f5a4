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

/**
 * Gazetteer compile time: {@code NameMatcher.of} for a synthetic gazetteer, against building the
 * exact Aho–Corasick baseline over the same names. Single shot: each iteration is one cold-ish build.
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar BuildBenchmark -p size=100000}</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class BuildBenchmark {

  /** The synthetic gazetteer size. */
  @Param("100000")
  public int size;

  private Gazetteer gazetteer;

  /** Generates the gazetteer (not measured). */
  @Setup(Level.Trial)
  public void setUp() {
    gazetteer = SyntheticGazetteer.of(size, SyntheticGazetteer.SEED);
  }

  /** Ours: compiles the matcher. */
  @Benchmark
  public NameMatcher nameMatcher() {
    return NameMatcher.of(gazetteer);
  }

  /** Baseline: builds the exact Aho–Corasick automaton. */
  @Benchmark
  public Object ahoCorasick() {
    return new Baselines.AhoCorasick(gazetteer);
  }
}
