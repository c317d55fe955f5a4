package dev.wortlaut.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The corpus parameter and its loading, shared by the benchmarks that make one pass over a corpus. */
@State(Scope.Benchmark)
public abstract class CorpusBenchmark {

  /** {@code bundled}, {@code adversarial} or a corpus file, see {@link Corpus#load(String)}. */
  @Param("bundled")
  public String corpus;

  /** The corpus documents, loaded once per trial. */
  protected String[] documents;

  /** Loads the corpus. */
  @Setup(Level.Trial)
  public void loadCorpus() {
    documents = Corpus.load(corpus).documents().toArray(String[]::new);
  }
}
