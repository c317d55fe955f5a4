package dev.wortlaut.internal.text;

/** Character classes used by the tokenizer and the engines. */
public final class Chars {

  private Chars() {}

  /** Whether the code point belongs inside a word token (letters, marks, soft hyphen, superscripts). */
  public static boolean isWordPart(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    }
    if (Character.isLetter(cp)) {
      return true;
    }
    switch (Character.getType(cp)) {
      case Character.NON_SPACING_MARK:
      case Character.COMBINING_SPACING_MARK:
      case Character.ENCLOSING_MARK:
        return true;
      default:
        // soft hyphen, zero-width (non-)joiner, superscript two and three (km², m³)
        return cp == 0x00AD || cp == 0x200C || cp == 0x200D || cp == 0x00B2 || cp == 0x00B3;
    }
  }

  /** Whether the code point is a decimal digit (any script). */
  public static boolean isDigit(int cp) {
    return cp < 0x80 ? (cp >= '0' && cp <= '9') : Character.isDigit(cp);
  }

  /** Whether the character is white space, including no-break and thin spaces. */
  public static boolean isSpace(char c) {
    switch (c) {
      case ' ':
      case '\t':
      case '\n':
      case '\r':
      case '\f':
      case 0x000B:
      case 0x00A0:
      case 0x1680:
      case 0x2028:
      case 0x2029:
      case 0x202F:
      case 0x205F:
      case 0x3000:
      case 0xFEFF:
        return true;
      default:
        return c >= 0x2000 && c <= 0x200A;
    }
  }

  /** Whether the character is a line break. */
  public static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x000B || c == '\f';
  }

  /** Whether the character is a quotation mark or apostrophe of any German or English style. */
  public static boolean isQuote(char c) {
    switch (c) {
      case '"':
      case '\'':
      case '\u201E': // „
      case '\u201C': // “
      case '\u201D': // ”
      case '\u201A': // ‚
      case '\u2018': // ‘
      case '\u2019': // ’
      case '\u00BB': // »
      case '\u00AB': // «
      case '\u203A': // ›
      case '\u2039': // ‹
      case '\u201F': // ‟
      case '\u201B': // ‛
      case '\u2032': // ′
      case '\u2033': // ″
      case '\u0060': // `
      case '\u00B4': // ´
      case '\u02BC': // ʼ
      case '\u02BB': // ʻ
        return true;
      default:
        return false;
    }
  }

  /** Whether the character is a hyphen, dash or minus sign. */
  public static boolean isDash(char c) {
    return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\uFE63'
        || c == '\uFF0D';
  }

  /** Whether the character is sentence-final punctuation. */
  public static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }
}
