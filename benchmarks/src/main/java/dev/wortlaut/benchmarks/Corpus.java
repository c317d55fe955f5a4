package dev.wortlaut.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;

/**
 * The documents a benchmark pass runs over, loaded once per trial.
 *
 * <p>A corpus is named by a spec: {@code bundled} (the five example articles shipped in this jar, or
 * the path in the system property {@code wortlaut.corpus} when it is set), {@code adversarial} (one
 * deterministic 1 MB worst-case document) or a file path. A file holds one document per line; a name
 * ending in {@code .gz} is read through gzip.
 */
public final class Corpus {

  /** The system property that replaces the bundled articles. */
  public static final String PROPERTY = "wortlaut.corpus";

  static final String BUNDLED = "bundled";
  static final String ADVERSARIAL = "adversarial";
  static final int ARTICLES = 5;
  static final int ADVERSARIAL_CHARS = 1 << 20;

  private final String name;
  private final List<String> documents;
  private final long chars;

  private Corpus(String name, List<String> documents) {
    this.name = name;
    this.documents = List.copyOf(documents);
    long total = 0;
    for (String document : documents) {
      total += document.length();
    }
    this.chars = total;
  }

  /**
   * Loads a corpus by spec.
   *
   * @param spec {@code bundled}, {@code adversarial} or a file path
   * @return the corpus
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if the corpus has no documents
   */
  public static Corpus load(String spec) {
    Objects.requireNonNull(spec, "spec");
    Corpus corpus;
    if (spec.equals(BUNDLED)) {
      String override = System.getProperty(PROPERTY);
      corpus = override == null || override.isBlank() ? bundled() : file(Path.of(override));
    } else if (spec.equals(ADVERSARIAL)) {
      corpus = new Corpus(ADVERSARIAL, List.of(adversarial(ADVERSARIAL_CHARS, 20261203L)));
    } else {
      corpus = file(Path.of(spec));
    }
    if (corpus.documents.isEmpty()) {
      throw new IllegalArgumentException("corpus '" + spec + "' has no documents");
    }
    return corpus;
  }

  /** The five bundled example articles, one document each. */
  static Corpus bundled() {
    List<String> documents = new ArrayList<>();
    for (int i = 1; i <= ARTICLES; i++) {
      String resource = "articles/article-" + i + ".txt";
      try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(
              "bundled resource dev/wortlaut/benchmarks/" + resource + " is missing");
        }
        documents.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled resource " + resource, e);
      }
    }
    return new Corpus(BUNDLED, documents);
  }

  /** One document per non-blank line; gzip when the name ends in {@code .gz}. */
  static Corpus file(Path path) {
    List<String> documents = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(path);
        InputStream in = path.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          documents.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus " + path, e);
    }
    Path fileName = path.getFileName();
    return new Corpus(fileName == null ? path.toString() : fileName.toString(), documents);
  }

  /**
   * A worst-case document for linear-time checks: long runs of digits with separators, unbalanced and
   * nested quote marks, chains of capitalised words, hyphens and apostrophes, in seeded random order.
   */
  static String adversarial(int length, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] marks = {"\"", "„", "“", "”", "»", "«", "‚", "‘", "’", "'", "›", "‹"};
    String[] words = {"Kim", "Jong", "Un", "Lawrow", "Sergej", "Bundestag", "Scholz", "Al", "Bin"};
    StringBuilder out = new StringBuilder(length + 64);
    while (out.length() < length) {
      switch (random.nextInt(6)) {
        case 0: // a number that never ends: 1.000.000,5,5,5 / 15:53:12 / 3-4-5
          int groups = 1 + random.nextInt(40);
          for (int g = 0; g < groups; g++) {
            out.append(random.nextInt(1000));
            out.append(".,:-/".charAt(random.nextInt(5)));
          }
          out.append(random.nextInt(10));
          break;
        case 1: // quote marks without partners
          int count = 1 + random.nextInt(8);
          for (int q = 0; q < count; q++) {
            out.append(marks[random.nextInt(marks.length)]);
            if (random.nextBoolean()) {
              out.append(words[random.nextInt(words.length)]);
            }
          }
          break;
        case 2: // a long chain of capitalised words: every start is a candidate name
          int chain = 2 + random.nextInt(30);
          for (int w = 0; w < chain; w++) {
            out.append(words[random.nextInt(words.length)]).append(' ');
          }
          break;
        case 3: // hyphen and apostrophe chains: Son-hui-Kim-'s-...
          int parts = 2 + random.nextInt(20);
          for (int p = 0; p < parts; p++) {
            out.append(words[random.nextInt(words.length)]);
            out.append(random.nextInt(3) == 0 ? '\'' : '-');
          }
          break;
        case 4: // speech verbs and colons, to open quote contexts
          out.append(random.nextBoolean() ? " sagte: " : " so ").append(marks[random.nextInt(4)]);
          break;
        default:
          out.append(random.nextInt(4) == 0 ? ".\n\n" : " ");
          break;
      }
    }
    out.setLength(length);
    return out.toString();
  }

  /** The corpus's short name (file name or spec). */
  public String name() {
    return name;
  }

  /** The documents. */
  public List<String> documents() {
    return documents;
  }

  /** The number of UTF-16 code units over all documents. */
  public long chars() {
    return chars;
  }

  /** The size of one pass in megabytes of UTF-16 text (two bytes per char, 10^6 bytes per MB). */
  public double megabytes() {
    return chars * 2 / 1e6;
  }

  @Override
  public String toString() {
    return "Corpus[" + name + ", " + documents.size() + " documents, " + chars + " chars]";
  }
}
