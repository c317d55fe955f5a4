package dev.wortlaut.benchmarks;

import dev.wortlaut.Names;
import dev.wortlaut.gazetteer.GermanPolitics;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.commons.lang3.StringUtils;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pairwise name comparison, {@code Names.match(a, b)}, in pairs per second: JMH counts each of the
 * {@value #PAIRS} pairs of one pass as an operation, so ops/s is pairs/s.
 *
 * <p>The pairs are seeded and drawn from the default gazetteer ({@link NamePairs}): half of them an
 * entity's canonical name against one of its aliases or native-script names, half two different
 * entities, many of those sharing a word ({@code Kim Jong Un} / {@code Kim Yo Jong}).
 *
 * <p>The baseline is the Levenshtein distance of the lower-cased names (commons-lang3, already on the
 * core's class path), called the same when it is at most a fifth of the longer name. It is what one
 * reaches for first to deduplicate names from different sources, and like ours it tolerates spelling
 * variation, so the ratio prices the fold, phonetic key and exonym knowledge against the usual generic
 * fuzzy comparison. {@code equalsIgnoreCase} would be faster but is no rival: it only ever accepts
 * identical spellings. Both methods report, once per trial, how many pairs they decide correctly.
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar NamesBenchmark}</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@OperationsPerInvocation(NamesBenchmark.PAIRS)
public class NamesBenchmark {

  /** Pairs per pass. */
  static final int PAIRS = 4096;

  /** The Levenshtein baseline accepts a distance up to this share of the longer name. */
  static final double LEVENSHTEIN_SHARE = 0.2;

  private static final long SEED = 20261203L;

  private String[] left;
  private String[] right;

  /** Draws the pairs and prints how many of them each method decides correctly. */
  @Setup(Level.Trial)
  public void setUp() {
    List<NamePairs.Pair> pairs = NamePairs.of(GermanPolitics.gazetteer(), PAIRS, SEED);
    left = new String[pairs.size()];
    right = new String[pairs.size()];
    int ours = 0;
    int theirs = 0;
    for (int i = 0; i < left.length; i++) {
      NamePairs.Pair pair = pairs.get(i);
      left[i] = pair.a();
      right[i] = pair.b();
      ours += Names.match(pair.a(), pair.b()).same() == pair.same() ? 1 : 0;
      theirs += levenshteinSame(pair.a(), pair.b()) == pair.same() ? 1 : 0;
    }
    System.out.printf(Locale.ROOT, "%n%d pairs decided correctly: Names.match %d, Levenshtein %d%n",
        left.length, ours, theirs);
  }

  /** Ours: {@code Names.match}. */
  @Benchmark
  public int wortlaut() {
    int same = 0;
    for (int i = 0; i < left.length; i++) {
      same += Names.match(left[i], right[i]).same() ? 1 : 0;
    }
    return same;
  }

  /** Baseline: Levenshtein distance of the lower-cased names (lower-casing included). */
  @Benchmark
  public int levenshtein() {
    int same = 0;
    for (int i = 0; i < left.length; i++) {
      same += levenshteinSame(left[i], right[i]) ? 1 : 0;
    }
    return same;
  }

  // commons-lang3 deprecates it in favour of commons-text, which is not a dependency; same algorithm
  @SuppressWarnings("deprecation")
  static boolean levenshteinSame(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    int limit = (int) (Math.max(x.length(), y.length()) * LEVENSHTEIN_SHARE);
    return StringUtils.getLevenshteinDistance(x, y, limit) >= 0;
  }
}
