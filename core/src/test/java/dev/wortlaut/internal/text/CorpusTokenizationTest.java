package dev.wortlaut.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Checks token offsets over the whole German corpus when it is present next to the project (directory
 * {@code ../shared/data/corpus}, or the system property {@code wortlaut.corpus.dir}); skipped otherwise,
 * since the corpus is not part of the project.
 */
final class CorpusTokenizationTest {

  static Path corpusDir() {
    String property = System.getProperty("wortlaut.corpus.dir");
    if (property != null) {
      return Path.of(property);
    }
    for (String candidate : new String[] {"../shared/data/corpus", "../../shared/data/corpus"}) {
      Path p = Path.of(candidate);
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    return null;
  }

  @Test
  void everyTokenOfTheCorpus_isItsOwnSubstring_andTokensAreOrdered() throws IOException {
    Path dir = corpusDir();
    assumeTrue(dir != null, "corpus not present");
    long documents = 0;
    long tokens = 0;
    for (String name : new String[] {"10kgnad-test.txt", "bundestag-wp20-foreign-security.txt.gz"}) {
      Path file = dir.resolve(name);
      assumeTrue(Files.exists(file), "corpus file missing: " + name);
      try (InputStream raw = Files.newInputStream(file);
          InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
          BufferedReader reader =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          TextIndex index = TextIndex.of(line);
          int previousEnd = 0;
          for (int i = 0; i < index.size(); i++) {
            int start = index.start(i);
            int end = index.end(i);
            assertTrue(start >= previousEnd && end > start && end <= line.length());
            for (int c = previousEnd; c < start; c++) {
              assertTrue(Chars.isSpace(line.charAt(c)), "gap holds only white space");
            }
            assertEquals(line.substring(start, end), index.text(i));
            previousEnd = end;
          }
          for (int c = previousEnd; c < line.length(); c++) {
            assertTrue(Chars.isSpace(line.charAt(c)));
          }
          assertEquals(index.size(), index.sentenceCount() == 0 ? 0 : index.sentenceEndToken(index.sentenceCount() - 1));
          tokens += index.size();
          documents++;
        }
      }
    }
    assertTrue(documents > 5000, "read " + documents + " documents");
    assertTrue(tokens > 1_000_000, "read " + tokens + " tokens");
  }
}
