package dev.wortlaut.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.wortlaut.Analysis;
import dev.wortlaut.Mention;
import dev.wortlaut.Quantity;
import dev.wortlaut.Quote;
import dev.wortlaut.Span;
import dev.wortlaut.internal.text.Chars;
import dev.wortlaut.internal.text.TextIndex;
import java.util.List;

/**
 * The checks every robustness test applies to every result: offsets inside the document, surface
 * equal to the substring, sorted, and no overlap where the engines promise none.
 */
final class Invariants {

  private Invariants() {}

  static void check(String text, Analysis analysis) {
    assertEquals(text, analysis.text(), "analysis text");
    checkMentions(text, analysis.mentions());
    checkQuotes(text, analysis.quotes());
    checkQuantities(text, analysis.quantities());
  }

  static void checkMentions(String text, List<Mention> mentions) {
    int previousEnd = 0;
    int previousStart = -1;
    for (Mention m : mentions) {
      checkSpan(text, m.start(), m.end(), m.text(), "mention " + m);
      assertTrue(m.end() > m.start(), () -> "empty mention " + m);
      assertTrue(m.start() >= previousStart, () -> "mentions not sorted at " + m);
      assertTrue(m.start() >= previousEnd, () -> "mentions overlap at " + m);
      assertTrue(m.score() >= 0 && m.score() <= 1, () -> "score out of range: " + m);
      previousStart = m.start();
      previousEnd = m.end();
    }
  }

  static void checkQuotes(String text, List<Quote> quotes) {
    int previousStart = -1;
    for (Quote q : quotes) {
      checkSpan(text, q.start(), q.end(), q.text(), "quote content " + q);
      if (q.speaker() != null) {
        checkSpan(text, q.speaker(), "quote speaker " + q);
      }
      if (q.cue() != null) {
        checkSpan(text, q.cue(), "quote cue " + q);
      }
      assertTrue(q.confidence() >= 0 && q.confidence() <= 1, () -> "confidence out of range: " + q);
      assertTrue(q.start() >= previousStart, () -> "quotes not sorted at " + q);
      previousStart = q.start();
    }
  }

  static void checkQuantities(String text, List<Quantity> quantities) {
    int previousEnd = 0;
    int previousStart = -1;
    for (Quantity q : quantities) {
      checkSpan(text, q.start(), q.end(), q.text(), "quantity " + q);
      assertTrue(q.end() > q.start(), () -> "empty quantity " + q);
      if (q.modifier() != null) {
        checkSpan(text, q.modifier(), "quantity modifier " + q);
        assertFalse(
            q.modifier().start() < q.end() && q.modifier().end() > q.start(),
            () -> "modifier inside the quantity span: " + q);
      }
      assertTrue(q.start() >= previousStart, () -> "quantities not sorted at " + q);
      assertTrue(q.start() >= previousEnd, () -> "quantities overlap at " + q);
      previousStart = q.start();
      previousEnd = q.end();
    }
  }

  private static void checkSpan(String text, Span span, String what) {
    checkSpan(text, span.start(), span.end(), span.text(), what);
  }

  private static void checkSpan(String text, int start, int end, String surface, String what) {
    if (start < 0 || start > end || end > text.length()) {
      fail(what + ": span [" + start + ", " + end + ") outside the document of length "
          + text.length());
    }
    assertEquals(text.substring(start, end), surface, what + ": surface differs from the substring");
  }

  /** Checks the token and sentence structure of an index against its text. */
  static void checkIndex(String text, TextIndex index) {
    int n = index.size();
    int previousEnd = 0;
    for (int i = 0; i < n; i++) {
      int start = index.start(i);
      int end = index.end(i);
      int token = i;
      assertTrue(start < end, () -> "empty token " + token + " at " + start);
      assertTrue(start >= previousEnd, () -> "token " + token + " at " + start + " overlaps or is out of order");
      assertTrue(end <= text.length(), () -> "token " + token + " ends after the text");
      assertFalse(splitsPair(text, start), () -> "token " + token + " starts inside a surrogate pair");
      assertFalse(splitsPair(text, end), () -> "token " + token + " ends inside a surrogate pair");
      for (int j = previousEnd; j < start; j++) {
        int at = j;
        assertTrue(Chars.isSpace(text.charAt(j)),
            () -> "non-space char U+" + Integer.toHexString(text.charAt(at)) + " at " + at
                + " is in no token");
      }
      for (int j = start; j < end; j++) {
        int at = j;
        assertFalse(Chars.isSpace(text.charAt(j)), () -> "space at " + at + " inside token " + token);
      }
      int breaks = lineBreaks(text, previousEnd, start);
      assertEquals(i == 0 || breaks >= 1, (index.flags(i) & TextIndex.NEWLINE_BEFORE) != 0,
          () -> "NEWLINE_BEFORE flag of token " + token);
      assertEquals(i == 0 || breaks >= 2, index.startsParagraph(i),
          () -> "PARAGRAPH_BEFORE flag of token " + token);
      boolean spaceBefore = i == 0 || start > previousEnd;
      assertEquals(spaceBefore, (index.flags(i) & TextIndex.SPACE_BEFORE) != 0,
          () -> "SPACE_BEFORE flag of token " + token);
      assertEquals(i > 0 && start == previousEnd, index.isAttached(i), () -> "isAttached(" + token + ")");
      assertEquals(text.substring(start, end), index.text(i), () -> "text(" + token + ")");
      assertEquals(token, index.tokenAt(start), () -> "tokenAt(start of " + token + ")");
      assertEquals(token, index.tokenAt(end - 1), () -> "tokenAt(end - 1 of " + token + ")");
      previousEnd = end;
    }
    for (int j = previousEnd; j < text.length(); j++) {
      int at = j;
      assertTrue(Chars.isSpace(text.charAt(j)), () -> "trailing non-space char at " + at + " is in no token");
    }
    assertEquals(n, index.tokenAt(text.length()), "tokenAt(length)");
    // sentences partition the tokens into non-empty consecutive runs
    int sentences = index.sentenceCount();
    if (n == 0) {
      assertEquals(0, sentences, "sentences of an empty index");
      return;
    }
    assertTrue(sentences >= 1, "a non-empty index has a sentence");
    assertEquals(0, index.sentenceFirstToken(0), "first sentence starts at token 0");
    assertEquals(n, index.sentenceEndToken(sentences - 1), "last sentence ends at the last token");
    for (int s = 0; s < sentences; s++) {
      int first = index.sentenceFirstToken(s);
      int after = index.sentenceEndToken(s);
      int sentence = s;
      assertTrue(first < after, () -> "empty sentence " + sentence);
      if (s > 0) {
        assertEquals(index.sentenceEndToken(s - 1), first, "sentences are consecutive");
      }
      assertEquals(index.start(first), index.sentenceStart(s), "sentenceStart");
      assertEquals(index.end(after - 1), index.sentenceEnd(s), "sentenceEnd");
      assertEquals(s, index.sentenceOf(first), () -> "sentenceOf(first token of " + sentence + ")");
      assertEquals(s, index.sentenceOf(after - 1), () -> "sentenceOf(last token of " + sentence + ")");
      for (int t = first + 1; t < after; t++) {
        int inner = t;
        assertFalse(index.startsParagraph(t), () -> "sentence " + sentence + " runs over the paragraph break"
            + " before token " + inner);
      }
    }
  }

  /** Line breaks in {@code [from, to)}, a CR LF pair counting once. */
  private static int lineBreaks(String text, int from, int to) {
    int count = 0;
    for (int j = from; j < to; j++) {
      char c = text.charAt(j);
      if (Chars.isLineBreak(c) && !(c == '\n' && j > 0 && text.charAt(j - 1) == '\r')) {
        count++;
      }
    }
    return count;
  }

  private static boolean splitsPair(String text, int offset) {
    return offset > 0
        && offset < text.length()
        && Character.isHighSurrogate(text.charAt(offset - 1))
        && Character.isLowSurrogate(text.charAt(offset));
  }
}
