package dev.wortlaut.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.wortlaut.Analysis;
import dev.wortlaut.NewsAnalyzer;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One analyzer shared by eight threads gives exactly the single-threaded results. */
final class ConcurrencyTest {

  private static final int THREADS = 8;

  private static void assertSameAsSingleThreaded(List<String> documents) throws Exception {
    NewsAnalyzer analyzer =
        NewsAnalyzer.builder().gazetteer(Texts.gazetteer()).quotes().quantities().build();
    List<Analysis> expected = new ArrayList<>();
    for (String document : documents) {
      Analysis analysis = analyzer.analyze(document);
      Invariants.check(document, analysis);
      expected.add(analysis);
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        Callable<List<String>> task = () -> {
          List<Integer> order = new ArrayList<>();
          for (int round = 0; round < 3; round++) {
            for (int i = 0; i < documents.size(); i++) {
              order.add(i);
            }
          }
          Collections.shuffle(order, new Random(seed));
          start.await();
          List<String> differences = new ArrayList<>();
          for (int i : order) {
            Analysis actual = analyzer.analyze(documents.get(i));
            if (!actual.equals(expected.get(i))) {
              differences.add("document " + i + ": " + actual + " instead of " + expected.get(i));
            }
          }
          return differences;
        };
        futures.add(pool.submit(task));
      }
      start.countDown();
      List<String> differences = new ArrayList<>();
      for (Future<List<String>> future : futures) {
        differences.addAll(future.get(120, TimeUnit.SECONDS));
      }
      assertEquals(List.of(), differences, "results that differ from the single-threaded run");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sharedAnalyzer_articlesAndGeneratedTexts_matchSingleThreaded() throws Exception {
    List<String> documents = new ArrayList<>(Texts.articles());
    Random random = new Random(42);
    for (int i = 0; i < 60; i++) {
      documents.add(Texts.random(random, 20 + random.nextInt(300)));
    }
    assertSameAsSingleThreaded(documents);
  }

  @Test
  void sharedAnalyzer_realCorpus_matchesSingleThreaded() throws Exception {
    Path corpus = sharedCorpus();
    assumeTrue(corpus != null, "the shared corpus (../shared/data/corpus) is not present");
    List<String> documents = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      String line;
      while (documents.size() < 300 && (line = reader.readLine()) != null) {
        documents.add(line);
      }
    }
    assertSameAsSingleThreaded(documents);
  }

  private static Path sharedCorpus() throws IOException {
    List<Path> candidates = new ArrayList<>();
    String property = System.getProperty("wortlaut.shared");
    if (property != null) {
      candidates.add(Path.of(property));
    }
    candidates.add(Path.of("..", "shared"));
    candidates.add(Path.of("..", "..", "shared"));
    for (Path shared : candidates) {
      Path file = shared.resolve("data").resolve("corpus").resolve("10kgnad-test.txt");
      if (Files.isReadable(file)) {
        return file;
      }
    }
    return null;
  }
}
