package dev.wortlaut.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CorpusTest {

  @TempDir Path dir;

  @Test
  void bundled_readsTheFiveArticles() {
    Corpus corpus = Corpus.bundled();

    assertEquals(Corpus.ARTICLES, corpus.documents().size());
    long chars = corpus.documents().stream().mapToLong(String::length).sum();
    assertEquals(chars, corpus.chars());
    assertTrue(corpus.documents().stream().allMatch(d -> d.length() > 200));
  }

  @Test
  void file_isOneDocumentPerNonBlankLine() throws IOException {
    Path file = dir.resolve("docs.txt");
    Files.writeString(file, "Erster Text.\n\nZweiter Text über Lawrow.\n", StandardCharsets.UTF_8);

    Corpus corpus = Corpus.load(file.toString());

    assertEquals(List.of("Erster Text.", "Zweiter Text über Lawrow."), corpus.documents());
  }

  @Test
  void gzipFile_isDecompressed() throws IOException {
    Path file = dir.resolve("docs.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("Ein Text.\nNoch einer.\n".getBytes(StandardCharsets.UTF_8));
    }

    assertEquals(List.of("Ein Text.", "Noch einer."), Corpus.load(file.toString()).documents());
  }

  @Test
  void adversarial_isDeterministicAndHasTheRequestedLength() {
    String first = Corpus.adversarial(100_000, 7L);

    assertEquals(100_000, first.length());
    assertEquals(first, Corpus.adversarial(100_000, 7L));
    assertEquals(Corpus.ADVERSARIAL_CHARS, Corpus.load("adversarial").chars());
  }

  @Test
  void baselines_countWholeWordHitsOnly() {
    var gazetteer = SyntheticGazetteer.of(2_500, SyntheticGazetteer.SEED);
    String name = gazetteer.entities().get(gazetteer.size() - 1).name();
    String text = "Heute sprach " + name + " in der Halle; X" + name + "X nicht.";

    assertEquals(1, new Baselines.AhoCorasick(gazetteer).count(text));
    assertEquals(1, new Baselines.HashWindows(gazetteer).count(text));
  }
}
