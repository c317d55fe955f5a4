package dev.wortlaut.internal.quantity;

import dev.wortlaut.internal.text.TextIndex;
import dev.wortlaut.internal.text.WordMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses German cardinal number words written as one word ({@code dreiundzwanzig},
 * {@code zweitausendfünfhundert}) by a small deterministic grammar over morphemes, not by a list.
 *
 * <p>The word is cut into morphemes by longest match (left to right, no backtracking) and the
 * morphemes are read by the grammar of Duden's rules for cardinal numbers below a million:
 * {@code number = [group "tausend"] [group]}, {@code group = [digit] "hundert" [small] | small},
 * {@code small = digit | digit "zehn" | teen | digit "und" ten | ten}; an optional final
 * {@code einhalb} adds one half ({@code zweieinhalb}).
 */
final class NumberWords {

  private enum Type {
    DIGIT,
    TEEN,
    TEN,
    AND,
    HUNDRED,
    THOUSAND,
    HALF,
    WHOLE
  }

  private record Morpheme(String surface, BigDecimal value, Type type) {}

  private static final int MAX_LENGTH = 80;

  private final Map<String, Morpheme> morphemes = new HashMap<>();
  /**
   * The non-{@code WHOLE} morphemes by first char, longest first: longest match without a substring
   * per candidate length, and an immediate answer for words no morpheme starts.
   */
  private final Morpheme[][] byLatin1First = new Morpheme[256][];
  private final Map<Character, Morpheme[]> byOtherFirst = new HashMap<>();
  private final WordMap<Morpheme> wholeWords;

  NumberWords() {
    for (Lexicon.Row row : Lexicon.read("numbers.tsv", 3, 3)) {
      Type type;
      try {
        type = Type.valueOf(row.field(2));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown morpheme class " + row.field(2));
      }
      morphemes.put(row.field(0), new Morpheme(row.field(0), new BigDecimal(row.field(1)), type));
    }
    Map<Character, List<Morpheme>> lists = new HashMap<>();
    for (Morpheme m : morphemes.values()) {
      if (m.type != Type.WHOLE && !m.surface.isEmpty()) {
        lists.computeIfAbsent(m.surface.charAt(0), c -> new ArrayList<>()).add(m);
      }
    }
    for (Map.Entry<Character, List<Morpheme>> e : lists.entrySet()) {
      List<Morpheme> list = e.getValue();
      list.sort(Comparator.comparingInt((Morpheme m) -> m.surface.length()).reversed());
      char first = e.getKey();
      if (first < byLatin1First.length) {
        byLatin1First[first] = list.toArray(new Morpheme[0]);
      } else {
        byOtherFirst.put(first, list.toArray(new Morpheme[0]));
      }
    }
    wholeWords = WordMap.of(morphemes);
  }

  /**
   * Whether token {@code i} may be a number word: it is a morpheme or starts with one. A cheap
   * necessary condition for {@link #parse} of its lower case, so most words are rejected without
   * lower-casing them.
   */
  boolean mayParse(TextIndex index, int i) {
    if (wholeWords.contains(index, i)) {
      return true;
    }
    int start = index.start(i);
    int length = index.end(i) - start;
    if (length == 0 || length > MAX_LENGTH) {
      return false;
    }
    char first = index.lowerCharAt(start);
    Morpheme[] candidates =
        first < byLatin1First.length ? byLatin1First[first] : byOtherFirst.get(first);
    if (candidates == null) {
      return false;
    }
    for (Morpheme m : candidates) {
      if (m.surface.length() <= length && startsWithLower(index, start, m.surface)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithLower(TextIndex index, int start, String lower) {
    for (int k = 0; k < lower.length(); k++) {
      if (index.lowerCharAt(start + k) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the value of a lower-case number word, or {@code null} when the word is not one.
   *
   * @param word the word in lower case
   */
  BigDecimal parse(String word) {
    int n = word.length();
    if (n == 0 || n > MAX_LENGTH) {
      return null;
    }
    Morpheme whole = morphemes.get(word);
    if (whole != null && whole.type == Type.WHOLE) {
      return whole.value;
    }
    long thousands = -1; // value before "tausend", -1 while none was read
    long group = 0; // the hundreds already read in the current group
    long small = 0; // the part below one hundred
    int digit = 0; // a digit waiting for "zehn", "und", "hundert" or the end
    boolean smallDone = false;
    boolean andPending = false;
    boolean half = false;
    int pos = 0;
    while (pos < n) {
      Morpheme m = null;
      char first = word.charAt(pos);
      Morpheme[] candidates =
          first < byLatin1First.length ? byLatin1First[first] : byOtherFirst.get(first);
      if (candidates != null) {
        for (Morpheme candidate : candidates) {
          if (word.startsWith(candidate.surface, pos)) {
            m = candidate;
            break;
          }
        }
      }
      if (m == null || half) {
        return null;
      }
      pos += m.surface.length();
      int v = m.value.intValue();
      switch (m.type) {
        case DIGIT:
          if (digit != 0 || smallDone || andPending) {
            return null;
          }
          digit = v;
          break;
        case TEEN:
          if (smallDone || andPending) {
            return null;
          }
          if (v == 10 && digit >= 3) { // dreizehn .. neunzehn
            small = 10 + digit;
          } else if (digit != 0) {
            return null;
          } else {
            small = v;
          }
          digit = 0;
          smallDone = true;
          break;
        case AND:
          if (digit == 0 || smallDone || andPending) {
            return null;
          }
          andPending = true;
          break;
        case TEN:
          if (smallDone || (digit != 0 && !andPending)) {
            return null;
          }
          small = v + digit;
          digit = 0;
          andPending = false;
          smallDone = true;
          break;
        case HUNDRED:
          if (group != 0 || smallDone || andPending) {
            return null;
          }
          group = 100L * (digit == 0 ? 1 : digit);
          digit = 0;
          break;
        case THOUSAND:
          if (thousands >= 0 || andPending) {
            return null;
          }
          long before = group + small + digit;
          thousands = before == 0 ? 1 : before;
          group = 0;
          small = 0;
          digit = 0;
          smallDone = false;
          break;
        case HALF:
          if (andPending) {
            return null;
          }
          half = true;
          break;
        default:
          return null;
      }
    }
    if (andPending) {
      return null;
    }
    long total = Math.max(thousands, 0) * 1000 + group + small + digit;
    BigDecimal value = BigDecimal.valueOf(total);
    if (half) {
      if (total == 0) {
        return null;
      }
      value = value.add(new BigDecimal("0.5"));
    }
    return value;
  }
}
