package dev.wortlaut.benchmarks;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import dev.wortlaut.Entity;
import dev.wortlaut.Gazetteer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rivals our engines are measured against, over the same names and text: exact case-insensitive
 * Aho–Corasick and a naive hash lookup of token windows. Both only lower-case; neither folds
 * transliterations or inflections, so they are the speed an exact matcher gets for free.
 */
final class Baselines {

  /** The longest window, in word tokens, the hash baseline looks up. */
  static final int MAX_WINDOW = 4;

  private Baselines() {}

  /** Every name and alias of every entity (not the native-script forms), lower-cased. */
  static List<String> lowerNames(Gazetteer gazetteer) {
    List<String> names = new ArrayList<>(gazetteer.size() * 2);
    for (Entity entity : gazetteer.entities()) {
      names.add(entity.name().toLowerCase(Locale.ROOT));
      for (String alias : entity.aliases()) {
        names.add(alias.toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }

  /** Sums every char of the text: the memory-bandwidth floor of any pass over it. */
  static long charSum(String text) {
    long sum = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      sum += text.charAt(i);
    }
    return sum;
  }

  /** Exact case-insensitive whole-word Aho–Corasick over lower-cased names and text. */
  static final class AhoCorasick {

    private final AhoCorasickDoubleArrayTrie<Integer> trie = new AhoCorasickDoubleArrayTrie<>();

    AhoCorasick(Gazetteer gazetteer) {
      TreeMap<String, Integer> map = new TreeMap<>();
      for (String name : lowerNames(gazetteer)) {
        map.putIfAbsent(name, map.size());
      }
      trie.build(map);
    }

    /** Counts the hits that start and end at word boundaries. */
    int count(String text) {
      String lower = text.toLowerCase(Locale.ROOT);
      int[] hits = new int[1];
      trie.parseText(
          lower,
          (begin, end, value) -> {
            if ((begin == 0 || !Character.isLetterOrDigit(lower.charAt(begin - 1)))
                && (end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end)))) {
              hits[0]++;
            }
          });
      return hits[0];
    }
  }

  /**
   * Lower-cases the text's letter/digit runs and looks up every window of one to four of them in a
   * hash map of the names, tokenized the same way (words joined by one space).
   */
  static final class HashWindows {

    private final Map<String, Integer> names = new HashMap<>();

    HashWindows(Gazetteer gazetteer) {
      for (String name : lowerNames(gazetteer)) {
        List<String> words = words(name);
        if (!words.isEmpty() && words.size() <= MAX_WINDOW) {
          names.putIfAbsent(String.join(" ", words), names.size());
        }
      }
    }

    /** Counts the windows that are names. */
    int count(String text) {
      List<String> words = words(text.toLowerCase(Locale.ROOT));
      int hits = 0;
      StringBuilder key = new StringBuilder(64);
      for (int i = 0, n = words.size(); i < n; i++) {
        key.setLength(0);
        for (int w = 0; w < MAX_WINDOW && i + w < n; w++) {
          if (w > 0) {
            key.append(' ');
          }
          key.append(words.get(i + w));
          if (names.containsKey(key.toString())) {
            hits++;
          }
        }
      }
      return hits;
    }

    private static List<String> words(String text) {
      List<String> words = new ArrayList<>();
      int start = -1;
      for (int i = 0, n = text.length(); i <= n; i++) {
        boolean word = i < n && Character.isLetterOrDigit(text.charAt(i));
        if (word && start < 0) {
          start = i;
        } else if (!word && start >= 0) {
          words.add(text.substring(start, i));
          start = -1;
        }
      }
      return words;
    }
  }
}
