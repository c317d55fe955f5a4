package dev.wortlaut.internal.text;

import java.util.HashSet;
import java.util.Set;

/**
 * Splits a token stream into sentences for German news text.
 *
 * <p>A sentence ends after {@code . ! ? …} (with the closing quotation marks and brackets attached to
 * them) unless the period belongs to an abbreviation ({@code Dr.}, {@code z. B.}, {@code Mio.}), an
 * initial, or an ordinal ({@code am 24. Oktober}), or the next token continues the sentence (a comma, a
 * lower-case word, a token attached without space as in {@code dpa.de}). A blank line always ends a
 * sentence, so headings and datelines without final punctuation stand alone; a single line break is
 * ordinary white space, so hard-wrapped paragraphs stay whole.
 */
final class SentenceSplitter {

  private static final Set<String> ABBREVIATIONS = new HashSet<>();
  private static final Set<String> MAY_END = new HashSet<>();
  private static final WordMap<Boolean> ORDINAL_CONTEXT =
      WordMap.ofWords(WordList.read(SentenceSplitter.class, "ordinal-context.txt"));
  private static final Set<String> MONTHS =
      Set.copyOf(WordList.read(SentenceSplitter.class, "months.txt"));

  static {
    for (String line : WordList.read(SentenceSplitter.class, "abbreviations.txt")) {
      if (line.startsWith("may-end:")) {
        MAY_END.add(line.substring("may-end:".length()).strip());
      } else {
        ABBREVIATIONS.add(line);
      }
    }
  }

  private SentenceSplitter() {}

  /** Returns the first token of every sentence followed by the token count (a sentinel). */
  static int[] split(TextIndex index) {
    int n = index.size();
    int[] starts = new int[Math.max(2, n / 8 + 2)];
    int count = 0;
    if (n == 0) {
      return new int[] {0};
    }
    starts[count++] = 0;
    int i = 0;
    while (i < n) {
      int next = i + 1;
      boolean boundary = false;
      if (next < n && index.startsParagraph(next)) {
        boundary = true;
      } else if (isTerminal(index, i)) {
        // absorb the rest of the terminal run and the closing marks attached to it
        while (next < n
            && index.isAttached(next)
            && (isTerminal(index, next) || isCloser(index, next))) {
          next++;
        }
        boundary = next < n && (index.startsParagraph(next) || endsSentence(index, i, next));
      }
      if (boundary) {
        if (count == starts.length) {
          starts = java.util.Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = next;
      }
      i = next;
    }
    int[] result = java.util.Arrays.copyOf(starts, count + 1);
    result[count] = n;
    return result;
  }

  private static boolean isTerminal(TextIndex index, int i) {
    return index.length(i) == 1 && Chars.isTerminal(index.firstChar(i));
  }

  private static boolean isCloser(TextIndex index, int i) {
    if (index.length(i) != 1) {
      return false;
    }
    char c = index.firstChar(i);
    return (Chars.isQuote(c) && c != '\u201E' && c != '\u201A') || c == ')' || c == ']';
  }

  /** Decides a candidate boundary between terminal token {@code t} and the following token {@code next}. */
  private static boolean endsSentence(TextIndex index, int t, int next) {
    if (index.isAttached(next)) {
      return false; // dpa.de, z.B., 1.FC: no space after the period
    }
    TokenShape nextShape = index.shape(next);
    char first = index.firstChar(next);
    if (nextShape == TokenShape.PUNCT && first != '(' && first != '[') {
      return false; // „Wir kommen!“, sagte er
    }
    if ((nextShape == TokenShape.WORD || nextShape == TokenShape.ALNUM)
        && Character.isLowerCase(index.text().codePointAt(index.start(next)))) {
      return false; // ca. zehn, „Wer?“ fragte sie
    }
    if (index.firstChar(t) != '.' || t == 0 || !index.isAttached(t) || next != t + 1) {
      return true;
    }
    int prev = t - 1;
    TokenShape prevShape = index.shape(prev);
    if (prevShape == TokenShape.WORD) {
      int len = index.length(prev);
      if (len == 1 || (len == 2 && Character.isSurrogate(index.firstChar(prev)))) {
        return false; // an initial or a one-letter abbreviation: z. B., Donald J. Trump
      }
      String word = index.text(prev);
      if (ABBREVIATIONS.contains(word)) {
        return false;
      }
      if (MAY_END.contains(word)) {
        return true;
      }
      return true;
    }
    if (prevShape == TokenShape.NUMBER) {
      int len = index.length(prev);
      boolean plainDigits = index.text(prev).chars().allMatch(Character::isDigit);
      if (!plainDigits || len > 3) {
        return true; // a year, a date, a decimal number
      }
      if (MONTHS.contains(index.text(next))) {
        return false; // am 24. Oktober, 1. November 2024
      }
      // an ordinal after an article or preposition: zum 3. Mal, der 2. Weltkrieg, am 1. Tag
      return len > 2
          || nextShape != TokenShape.WORD
          || prev == 0
          || !ORDINAL_CONTEXT.contains(index, prev - 1);
    }
    return true;
  }
}
