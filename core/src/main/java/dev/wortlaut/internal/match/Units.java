package dev.wortlaut.internal.match;

import dev.wortlaut.internal.fold.Fold;
import dev.wortlaut.internal.fold.PhoneticKey;
import dev.wortlaut.internal.text.Chars;
import dev.wortlaut.internal.text.TextIndex;
import dev.wortlaut.internal.text.TokenShape;

/**
 * The matcher's view of a token stream: words (letter/digit tokens, joined across an attached
 * apostrophe as in {@code Ch'oe}), with a hyphen between two attached words made transparent so that
 * {@code Son-hui} and {@code Son Hui} meet; every other token is a unit of its own. One linear pass;
 * keys are computed into reusable buffers.
 */
final class Units {

  static final int CAPITALIZED = 1;

  int size;
  int[] first;
  int[] last;
  int[] flags;
  private final char[] fold = new char[96];
  private final char[] key = new char[160];
  int foldLength;
  int keyLength;
  int genitiveLength;

  Units(int capacity) {
    first = new int[capacity];
    last = new int[capacity];
    flags = new int[capacity];
  }

  private static boolean word(TextIndex index, int i) {
    TokenShape s = index.shape(i);
    return s == TokenShape.WORD || s == TokenShape.ALNUM || s == TokenShape.NUMBER;
  }

  static boolean apostrophe(TextIndex index, int i) {
    return index.length(i) == 1 && Fold.isApostrophe(index.firstChar(i));
  }

  static boolean dash(TextIndex index, int i) {
    return index.length(i) == 1 && Chars.isDash(index.firstChar(i));
  }

  /** Splits the tokens into units. */
  static Units of(TextIndex index) {
    int n = index.size();
    Units u = new Units(Math.max(1, n));
    int i = 0;
    while (i < n) {
      int start = i;
      if (word(index, i)) {
        while (i + 2 < n && apostrophe(index, i + 1) && index.isAttached(i + 1)
            && index.isAttached(i + 2) && word(index, i + 2)) {
          i += 2;
        }
      } else if (dash(index, i) && i > 0 && i + 1 < n && index.isAttached(i) && index.isAttached(i + 1)
          && word(index, i - 1) && word(index, i + 1)) {
        i++;
        continue;
      }
      u.first[u.size] = start;
      u.last[u.size] = i;
      u.flags[u.size] = index.isCapitalized(start) ? CAPITALIZED : 0;
      u.size++;
      i++;
    }
    return u;
  }

  /** Whether every letter of unit {@code u} is upper case. */
  boolean upper(TextIndex index, int u) {
    String text = index.text();
    int from = first[u];
    int to = last[u];
    boolean upper = true;
    for (int c = index.start(from); c < index.end(to); c++) {
      char ch = text.charAt(c);
      if (Character.isLetter(ch) && !Character.isUpperCase(ch)) {
        upper = false;
        break;
      }
    }
    return upper;
  }

  /** Computes only the fold of unit {@code u} into its buffer and returns its length (-1: too long). */
  int computeFold(TextIndex index, int u) {
    foldLength = Fold.fold(index.text(), index.start(first[u]), index.end(last[u]), fold);
    return foldLength;
  }

  /**
   * Computes the fold and the key of unit {@code u} into the buffers; {@code genitiveLength} is the key
   * length of the word without a final {@code s} when that key is a prefix of the word's (-1 when not
   * applicable or not a prefix).
   *
   * @return false when the unit is too long for the buffers
   */
  boolean compute(TextIndex index, int u) {
    foldLength = Fold.fold(index.text(), index.start(first[u]), index.end(last[u]), fold);
    genitiveLength = -1;
    if (foldLength < 0) {
      return false;
    }
    if (foldLength >= 3 && fold[foldLength - 1] == 's') {
      long both = PhoneticKey.keyOfWordWithoutLast(fold, foldLength, key);
      keyLength = (int) both;
      genitiveLength = (int) (both >> 32);
    } else {
      keyLength = PhoneticKey.key(fold, foldLength, key);
    }
    return keyLength >= 0;
  }

  /** Writes the key of the unit without its final {@code s} into the key buffer (after compute). */
  boolean computeGenitive() {
    if (foldLength < 3 || fold[foldLength - 1] != 's') {
      return false;
    }
    if (genitiveLength >= 0) {
      keyLength = genitiveLength; // a prefix of the key already in the buffer
      return true;
    }
    keyLength = PhoneticKey.key(fold, foldLength - 1, key);
    return keyLength >= 0;
  }

  char[] key() {
    return key;
  }

  char[] fold() {
    return fold;
  }
}
