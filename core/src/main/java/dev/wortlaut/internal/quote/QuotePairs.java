package dev.wortlaut.internal.quote;

import dev.wortlaut.internal.text.TextIndex;
import dev.wortlaut.internal.text.TokenShape;
import java.util.Arrays;

/**
 * Pairs quotation marks in one left-to-right pass with a stack of bounded depth, so the work is linear
 * in the number of tokens whatever the marks are.
 *
 * <p>Whether a mark can open or close follows from the white space around it (an opening mark is
 * followed by a word, a closing one attached to the preceding word); the style of the opening mark fixes
 * which closers fit („ with “ ” or ", » with «, « with », ‚ with ‘ ’, " with "). A closer that fits no
 * open mark is ignored; a paragraph break discards everything still open, so an unbalanced mark never
 * reaches past its paragraph. Apostrophes ({@code gibt's}, {@code Ch'oe}, {@code Guterres'}) and inch or
 * prime marks after digits are not quotation marks.
 */
public final class QuotePairs {

  /** Open marks deeper than this are forgotten (bottom first); real nesting rarely exceeds two. */
  static final int MAX_DEPTH = 4;

  private final int[] closeOf;
  private final int[] depth;
  private final long steps;

  private QuotePairs(int[] closeOf, int[] depth, long steps) {
    this.closeOf = closeOf;
    this.depth = depth;
    this.steps = steps;
  }

  /** Pairs the marks of a document. */
  public static QuotePairs of(TextIndex index) {
    int n = index.size();
    int[] closeOf = new int[n];
    Arrays.fill(closeOf, -1);
    int[] stack = new int[MAX_DEPTH];
    int top = 0;
    long steps = 0;
    for (int i = 0; i < n; i++) {
      steps++;
      if (index.startsParagraph(i)) {
        top = 0;
      }
      if (index.shape(i) != TokenShape.QUOTE) {
        continue;
      }
      char c = index.firstChar(i);
      boolean before = i > 0 && index.isAttached(i) && !isOpeningContext(index, i - 1);
      boolean after =
          i + 1 < n && index.isAttached(i + 1) && !index.startsParagraph(i + 1) && !isClosingContext(index, i + 1);
      if (isApostrophe(index, i, c, before, after)) {
        continue;
      }
      boolean closed = false;
      if (before || !after) {
        for (int k = top - 1; k >= 0; k--) {
          steps++;
          if (closes(index.firstChar(stack[k]), c)) {
            closeOf[stack[k]] = i;
            top = k;
            closed = true;
            break;
          }
        }
      }
      if (closed || !after || isPrime(c)) {
        continue;
      }
      if (!canOpen(c) || (before && c == '"')) {
        continue;
      }
      if (top == MAX_DEPTH) {
        System.arraycopy(stack, 1, stack, 0, MAX_DEPTH - 1);
        top--;
        steps += MAX_DEPTH;
      }
      stack[top++] = i;
    }
    int[] depth = new int[n + 1];
    for (int i = 0; i < n; i++) {
      if (closeOf[i] > i + 1) {
        depth[i + 1]++;
        depth[closeOf[i]]--;
      }
    }
    for (int i = 1; i <= n; i++) {
      depth[i] += depth[i - 1];
    }
    return new QuotePairs(closeOf, depth, steps + 2L * n);
  }

  /** The closing mark of the pair opened at {@code token}, or -1. */
  public int closeOf(int token) {
    return closeOf[token];
  }

  /** How many quote pairs enclose {@code token} (marks themselves excluded). */
  public int depth(int token) {
    return depth[token];
  }

  /** The number of elementary steps the pairing took (for the linear-work test). */
  public long steps() {
    return steps;
  }

  private static boolean isOpeningContext(TextIndex index, int i) {
    if (index.shape(i) == TokenShape.QUOTE || index.shape(i) == TokenShape.DASH) {
      return true;
    }
    char c = index.firstChar(i);
    return index.length(i) == 1 && (c == '(' || c == '[' || c == '/');
  }

  private static boolean isClosingContext(TextIndex index, int i) {
    if (index.shape(i) == TokenShape.QUOTE) {
      return true;
    }
    if (index.shape(i) != TokenShape.PUNCT) {
      return false;
    }
    char c = index.firstChar(i);
    return c != '(' && c != '[' && c != '\u00BF' && c != '\u00A1';
  }

  private static boolean isPrime(char c) {
    return c == '\u2032' || c == '\u2033';
  }

  private static boolean isApostrophe(TextIndex index, int i, char c, boolean before, boolean after) {
    if (isPrime(c)) {
      return true;
    }
    boolean wordBefore = i > 0 && index.isAttached(i) && isWord(index, i - 1);
    if (c == '"' || c == '\u201D' || c == '\u201C' || c == '\u00BB' || c == '\u00AB' || c == '\u201E') {
      // inch mark: 17" after a digit with nothing quoted before it on the line is handled by pairing;
      // only the ASCII mark directly after a number and before a space is treated as a unit
      return c == '"'
          && i > 0
          && index.isAttached(i)
          && index.shape(i - 1) == TokenShape.NUMBER
          && !after
          && !hasOpenAscii(index, i);
    }
    if (c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u00B4' || c == '`' || c == '\u2018') {
      if (wordBefore && after && i + 1 < index.size() && isWord(index, i + 1)) {
        return true; // gibt's, Ch'oe
      }
      if (wordBefore && !after && c != '\u2018') {
        String w = index.lower(i - 1);
        char last = w.charAt(w.length() - 1);
        // Guterres', Marx': a genitive apostrophe, unless a single quote is open (checked by caller order)
        return (last == 's' || last == 'x' || last == 'z' || last == '\u00DF') && !hasOpenSingle(index, i);
      }
      return c == '\u02BC' || c == '\u00B4' || c == '`';
    }
    return false;
  }

  /** Bounded look-back (one line, at most 64 tokens) for an unclosed ASCII double quote. */
  private static boolean hasOpenAscii(TextIndex index, int i) {
    int count = 0;
    for (int k = i - 1; k >= 0 && k >= i - 64; k--) {
      if (index.is(k, '"')) {
        count++;
      }
      if ((index.flags(k) & TextIndex.NEWLINE_BEFORE) != 0) {
        break;
      }
    }
    return (count & 1) == 1;
  }

  /** Bounded look-back (at most 64 tokens) for an opening single quote. */
  private static boolean hasOpenSingle(TextIndex index, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 64; k--) {
      if (index.is(k, '\u201A') || index.is(k, '\u2018') || index.is(k, '\u203A') || index.is(k, '\u2039')) {
        return !index.isAttached(k) || k == 0;
      }
      if (index.startsParagraph(k)) {
        break;
      }
    }
    return false;
  }

  private static boolean isWord(TextIndex index, int i) {
    TokenShape s = index.shape(i);
    return s == TokenShape.WORD || s == TokenShape.ALNUM;
  }

  private static boolean canOpen(char c) {
    switch (c) {
      case '\u201E':
      case '\u201C':
      case '\u201D':
      case '\u00BB':
      case '\u00AB':
      case '"':
      case '\u201A':
      case '\u2018':
      case '\u203A':
      case '\u2039':
      case '\'':
        return true;
      default:
        return false;
    }
  }

  private static boolean closes(char open, char close) {
    switch (open) {
      case '\u201E': // „ closes with “ (German), ” or a stray ASCII "
        return close == '\u201C' || close == '\u201D' || close == '"';
      case '\u201C': // “ (English) closes with ” or, sloppily, “
      case '\u201D':
        return close == '\u201D' || close == '\u201C';
      case '\u00BB':
        return close == '\u00AB';
      case '\u00AB':
        return close == '\u00BB';
      case '"':
        return close == '"' || close == '\u201C' || close == '\u201D';
      case '\u201A':
        return close == '\u2018' || close == '\u2019' || close == '\'';
      case '\u2018':
        return close == '\u2019' || close == '\u2018';
      case '\u203A':
        return close == '\u2039';
      case '\u2039':
        return close == '\u203A';
      case '\'':
        return close == '\'' || close == '\u2019';
      default:
        return false;
    }
  }
}
