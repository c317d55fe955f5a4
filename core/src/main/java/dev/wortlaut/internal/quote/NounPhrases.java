package dev.wortlaut.internal.quote;

import dev.wortlaut.internal.text.TextIndex;
import dev.wortlaut.internal.text.TokenShape;
import java.util.Set;

/**
 * A shallow, bounded noun-phrase reader for speakers and sources: determiner, adjectives, a run of
 * capitalised words (titles and names), genitive attributes, a {@code von} phrase, and a name in
 * apposition ({@code der Sprecher des Außenministeriums in Peking, Lin Jian}). Every call reads at most a
 * few dozen tokens.
 */
final class NounPhrases {

  private static final int MAX_CAPS = 7;
  private static final Set<String> GENITIVE =
      Set.of("des", "der", "von", "eines", "einer", "ihrer", "seiner", "dieser", "dieses", "unserer");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "bei", "aus", "im", "beim", "für");

  private final TextIndex index;
  private final Lexicon lex;
  private final QuotePairs pairs;

  NounPhrases(TextIndex index, Lexicon lex, QuotePairs pairs) {
    this.index = index;
    this.lex = lex;
    this.pairs = pairs;
  }

  /** After a phrase ending at {@code end}, the end of a following place phrase (in Bern), or -1. */
  int extendPlace(int end, int limit) {
    if (end + 1 < limit && PLACE_PREPOSITIONS.contains(index.lower(end))) {
      return core(end + 1, limit);
    }
    return -1;
  }

  boolean isWord(int i) {
    TokenShape s = index.shape(i);
    return s == TokenShape.WORD || s == TokenShape.ALNUM;
  }

  boolean isCapWord(int i) {
    return isWord(i) && index.isCapitalized(i);
  }

  boolean isAdjective(int i) {
    if (!isWord(i) || index.isCapitalized(i)) {
      return false;
    }
    String w = index.lower(i);
    int n = w.length();
    return n > 3
        && (w.endsWith("e") || w.endsWith("en") || w.endsWith("er") || w.endsWith("es") || w.endsWith("em"))
        && !lex.determiners.contains(w)
        && !lex.isKonjunktiv(w);
  }

  boolean isPronoun(int i) {
    return isWord(i) && lex.pronouns.contains(index.lower(i));
  }

  /** The end of a run of capitalised words and hyphen-joined pieces from {@code i}, or {@code i}. */
  int capRun(int i, int limit) {
    int j = i;
    int words = 0;
    while (j < limit && words < MAX_CAPS) {
      if (words == 0 && lex.isFunctionWord(index, j)) {
        break;
      }
      if (words > 0 && index.shape(j) == TokenShape.NUMBER && index.length(j) <= 3) {
        j++; // Artikel 4, Resolution 2231
        continue;
      }
      if (words == 0 && index.shape(j) == TokenShape.NUMBER && j + 2 < limit
          && index.shape(j + 1) == TokenShape.DASH && index.isAttached(j + 1) && index.isAttached(j + 2)
          && isCapWord(j + 2)) {
        j += 3; // der 45-Jährige
        words++;
        continue;
      }
      if (isCapWord(j) || (words == 0 && isWord(j) && index.shape(j) == TokenShape.ALNUM)) {
        j++;
        words++;
        // US-Botschafter, Kim Jong-un, Choe Son-hui: pieces joined by an attached hyphen
        while (j + 1 < limit
            && index.shape(j) == TokenShape.DASH
            && index.isAttached(j)
            && index.isAttached(j + 1)
            && isWord(j + 1)) {
          j += 2;
        }
      } else {
        break;
      }
    }
    return j;
  }

  /** The end of the noun phrase starting at {@code i}, or -1 when none starts there. */
  int parse(int i, int limit) {
    if (i >= limit || !isWord(i)) {
      return -1;
    }
    int j = i;
    String w = index.lower(i);
    if (lex.functionWords.contains(w)) {
      return -1;
    }
    if (lex.pronouns.contains(w) && !(lex.determiners.contains(w) && j + 1 < limit && startsNominal(j + 1, limit))) {
      return j + 1;
    }
    j = core(j, limit);
    if (j < 0) {
      return -1;
    }
    for (int rounds = 0; rounds < 3 && j < limit; rounds++) {
      String g = index.lower(j);
      // after a multi-word name "der" is rather a dative object (sagte Carsten Breuer der Zeitung)
      boolean name = rounds == 0 && j - i >= 2 && isCapWord(j - 1) && isCapWord(j - 2)
          && !lex.determiners.contains(index.lower(j - 2));
      if (GENITIVE.contains(g) && j + 1 < limit && !(name && !g.equals("des") && !g.equals("von"))) {
        int k = core(j + 1, limit);
        if (k < 0 && g.equals("von")) {
          k = capRun(j + 1, limit) > j + 1 ? capRun(j + 1, limit) : -1;
        }
        if (k > 0) {
          j = k;
          continue;
        }
      }
      break;
    }
    // a place phrase belongs to the speaker only when a name follows in apposition
    if (j + 1 < limit && PLACE_PREPOSITIONS.contains(index.lower(j))) {
      int k = core(j + 1, limit);
      if (k > 0) {
        int a = apposition(k, limit);
        if (a > k) {
          return a;
        }
      }
    }
    return apposition(j, limit);
  }

  private boolean startsNominal(int i, int limit) {
    int j = i;
    while (j < limit && isAdjective(j)) {
      j++;
    }
    return j < limit && isCapWord(j);
  }

  /** Determiner, adjectives and at least one capitalised word. */
  private int core(int i, int limit) {
    int j = i;
    if (j < limit && isWord(j) && lex.determiners.contains(index.lower(j)) && !index.isCapitalized(j)
        || j < limit && isWord(j) && lex.determiners.contains(index.lower(j)) && j + 1 < limit && !isCapWord(j + 1)
            && startsNominal(j + 1, limit)
        || j < limit && isWord(j) && lex.determiners.contains(index.lower(j)) && j + 1 < limit && isCapWord(j + 1)) {
      j++;
    }
    int adjectives = 0;
    while (j < limit && adjectives < 4 && isAdjective(j)) {
      j++;
      adjectives++;
    }
    // a title in quotation marks: der „Washington Post“
    if (j < limit && index.shape(j) == TokenShape.QUOTE && pairs.closeOf(j) > j + 1
        && pairs.closeOf(j) < limit && pairs.closeOf(j) - j <= 8 && isCapWord(j + 1)) {
      return pairs.closeOf(j) + 1;
    }
    int k = capRun(j, limit);
    return k > j ? k : -1;
  }

  /** Extends a phrase ending at {@code j} over ", Name Name" when a comma, a full stop or the limit follows. */
  private int apposition(int j, int limit) {
    if (j + 1 < limit && index.is(j, ',')) {
      int k = capRun(j + 1, limit);
      if (k > j + 1 && k - (j + 1) <= 6 && (k == limit || index.is(k, ',') || isTerminal(k))) {
        return k;
      }
    }
    return j;
  }

  boolean isTerminal(int i) {
    return index.length(i) == 1 && dev.wortlaut.internal.text.Chars.isTerminal(index.firstChar(i));
  }

  /** The start of the noun phrase that ends just before {@code end} (for "X zufolge"), or -1. */
  int parseBackward(int end, int floor) {
    int j = end;
    boolean sawNoun = false;
    int steps = 0;
    while (j > floor && steps++ < 16) {
      int k = j - 1;
      if (isCapWord(k)) {
        j = k;
        sawNoun = true;
      } else if (index.shape(k) == TokenShape.DASH && index.isAttached(k) && index.isAttached(j) && k > floor) {
        j = k;
      } else if (isWord(k) && !index.isCapitalized(k) && isWord(j) && index.isAttached(j) && j < end) {
        j = k; // lower-case piece of a hyphenated name (Jong-un)
      } else if (sawNoun && isAdjective(k)) {
        j = k;
      } else if (sawNoun && isWord(k) && lex.determiners.contains(index.lower(k))) {
        j = k;
        String d = index.lower(k);
        boolean genitive = d.equals("des") || d.equals("der");
        if (!(genitive && k - 1 > floor && isCapWord(k - 1))) {
          break;
        }
      } else {
        break;
      }
    }
    return sawNoun ? j : -1;
  }
}
