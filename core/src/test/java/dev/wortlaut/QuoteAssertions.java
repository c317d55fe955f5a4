package dev.wortlaut;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** Invariants every list of quotes must satisfy, checked in every quote test. */
final class QuoteAssertions {

  private QuoteAssertions() {}

  static List<Quote> checked(String text, List<Quote> quotes) {
    int previous = -1;
    for (Quote q : quotes) {
      assertTrue(q.start() >= 0 && q.end() <= text.length() && q.start() < q.end(), q::toString);
      assertEquals(text.substring(q.start(), q.end()), q.text());
      assertTrue(q.start() >= previous, "quotes must be sorted by start");
      previous = q.start();
      assertTrue(q.confidence() >= 0 && q.confidence() <= 1, q::toString);
      for (Span s : new Span[] {q.speaker(), q.cue()}) {
        if (s != null) {
          assertEquals(text.substring(s.start(), s.end()), s.text());
        }
      }
      if (q.kind() == QuoteKind.DIRECT) {
        // marks excluded: a quotation mark sits right before and after the content
        assertTrue(q.start() > 0 && isMark(text.charAt(q.start() - 1)), "opening mark before " + q);
        assertTrue(q.end() < text.length() && isMark(text.charAt(q.end())), "closing mark after " + q);
      } else if (q.cue() != null) {
        boolean inside = q.cue().start() >= q.start() && q.cue().end() <= q.end();
        boolean outside = q.cue().end() <= q.start() || q.cue().start() >= q.end();
        assertTrue(inside || outside, "cue must not straddle the content: " + q);
      }
    }
    return quotes;
  }

  private static boolean isMark(char c) {
    return "\"„“”»«‚‘’‹›'".indexOf(c) >= 0;
  }
}
