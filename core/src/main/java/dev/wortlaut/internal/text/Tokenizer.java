package dev.wortlaut.internal.text;

/**
 * Splits text into tokens in one left-to-right pass without backtracking.
 *
 * <p>A token is a maximal run of letters and digits (with combining marks, soft hyphens and the
 * superscripts of {@code km²}); a {@code .}, {@code ,} or {@code :} between two digits stays inside the
 * run, so {@code 10.000}, {@code 3,5}, {@code 01.11.2024} and {@code 15:53} are one token each. Every
 * other non-space code point is a token of its own. Hyphens and apostrophes separate tokens; consumers
 * rejoin them through {@link TextIndex#isAttached(int)}.
 */
final class Tokenizer {

  private static final int LATIN1_LIMIT = 0x100;
  private static final byte OTHER = 0;
  private static final byte LETTER = 1;
  private static final byte DIGIT = 2;
  private static final byte WORD_PART = 3;
  /** The classes of {@link Chars#isDigit} and {@link Chars#isWordPart} for U+0000 to U+00FF. */
  private static final byte[] LATIN1 = new byte[LATIN1_LIMIT];

  static {
    for (int c = 0; c < LATIN1_LIMIT; c++) {
      if (Chars.isDigit(c)) {
        LATIN1[c] = DIGIT;
      } else if (Chars.isWordPart(c)) {
        LATIN1[c] = Character.isLetter(c) ? LETTER : WORD_PART;
      } else {
        LATIN1[c] = OTHER;
      }
    }
  }

  private Tokenizer() {}

  static TextIndex.Tokens tokenize(String text) {
    // one bulk copy, then plain array reads: cheaper per character than String.charAt
    char[] cs = text.toCharArray();
    int n = cs.length;
    TextIndex.Tokens tokens = new TextIndex.Tokens(Math.max(16, n / 5));
    tokens.chars = cs;
    int i = 0;
    int pending = TextIndex.SPACE_BEFORE | TextIndex.NEWLINE_BEFORE | TextIndex.PARAGRAPH_BEFORE;
    int newlines = 0;
    while (i < n) {
      char c = cs[i];
      if (c == ' ') {
        pending |= TextIndex.SPACE_BEFORE;
        i++;
        continue;
      }
      if (Chars.isSpace(c)) {
        pending |= TextIndex.SPACE_BEFORE;
        if (Chars.isLineBreak(c)) {
          if (!(c == '\n' && i > 0 && cs[i - 1] == '\r')) {
            newlines++;
          }
          pending |= TextIndex.NEWLINE_BEFORE;
          if (newlines >= 2) {
            pending |= TextIndex.PARAGRAPH_BEFORE;
          }
        }
        i++;
        continue;
      }
      int start = i;
      int cp = Character.isHighSurrogate(c) ? Character.codePointAt(cs, i) : c;
      int capital = (c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(cp))
          ? TextIndex.CAPITALIZED : 0;
      TokenShape shape;
      if (c < LATIN1_LIMIT ? LATIN1[c] != OTHER : Chars.isWordPart(cp) || Chars.isDigit(cp)) {
        boolean letters = false;
        boolean digits = false;
        while (i < n) {
          char ch = cs[i];
          if (ch < LATIN1_LIMIT) {
            // the common case: one table lookup decides, the same as the general test below
            byte k = LATIN1[ch];
            if (k == LETTER) {
              letters = true;
              i++;
              continue;
            }
            if (k == DIGIT) {
              digits = true;
              i++;
              continue;
            }
            if (k == WORD_PART) {
              i++;
              continue;
            }
          }
          cp = Character.isHighSurrogate(ch) ? Character.codePointAt(cs, i) : ch;
          if (Chars.isDigit(cp)) {
            digits = true;
            i += Character.charCount(cp);
          } else if (Chars.isWordPart(cp)) {
            // marks, joiners, soft hyphens and superscripts ride along but do not make a word
            letters |= Character.isLetter(cp);
            i += Character.charCount(cp);
          } else if ((cp == '.' || cp == ',' || cp == ':')
              && i + 1 < n
              && Chars.isDigit(cs[i - 1])
              && Chars.isDigit(cs[i + 1])) {
            i++;
          } else {
            break;
          }
        }
        shape = letters ? (digits ? TokenShape.ALNUM : TokenShape.WORD) : TokenShape.NUMBER;
        if (!letters && !digits) {
          shape = TokenShape.OTHER; // only marks, joiners, soft hyphens or superscripts
        }
      } else {
        i += Character.charCount(cp);
        shape = shapeOf(cp);
      }
      tokens.add(start, i, shape, pending | capital);
      pending = 0;
      newlines = 0;
    }
    return tokens;
  }

  private static TokenShape shapeOf(int cp) {
    if (cp <= 0xFFFF) {
      char c = (char) cp;
      if (Chars.isQuote(c)) {
        return TokenShape.QUOTE;
      }
      if (Chars.isDash(c)) {
        return TokenShape.DASH;
      }
      switch (c) {
        case '.':
        case ',':
        case ';':
        case ':':
        case '!':
        case '?':
        case '\u2026':
        case '(':
        case ')':
        case '[':
        case ']':
        case '{':
        case '}':
        case '/':
        case '\u00BF':
        case '\u00A1':
          return TokenShape.PUNCT;
        case '%':
        case '\u2030':
        case '\u00A7':
        case '\u00B0':
        case '&':
        case '#':
        case '@':
        case '*':
        case '+':
        case '=':
          return TokenShape.SYMBOL;
        default:
          break;
      }
    }
    switch (Character.getType(cp)) {
      case Character.CURRENCY_SYMBOL:
      case Character.MATH_SYMBOL:
      case Character.MODIFIER_SYMBOL:
      case Character.OTHER_SYMBOL:
        return cp >= 0x1F000 ? TokenShape.OTHER : TokenShape.SYMBOL;
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
      case Character.CONNECTOR_PUNCTUATION:
        return TokenShape.PUNCT;
      default:
        return TokenShape.OTHER;
    }
  }
}
