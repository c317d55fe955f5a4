package dev.wortlaut.internal.fold;

import java.text.Normalizer;

/**
 * The deterministic per-character fold shared by the gazetteer side and the text side: lower case,
 * Latin diacritics removed (German umlauts become {@code ae/oe/ue}, {@code ß} becomes {@code ss}),
 * Slavic hačeks spelled out ({@code š -> sh}, {@code č -> ch}, {@code ž -> zh}), apostrophes dropped.
 * Non-Latin scripts are only lower-cased.
 */
public final class Fold {

  private static final int TABLE = 0x250;
  private static final String[] LATIN = new String[TABLE];
  private static final String[] EXTENDED = new String[0x100];

  static {
    for (int c = 0; c < TABLE; c++) {
      LATIN[c] = compute((char) c);
    }
    for (int c = 0; c < 0x100; c++) {
      EXTENDED[c] = compute((char) (0x1E00 + c));
    }
  }

  private Fold() {}

  private static String compute(char c) {
    switch (c) {
      case 'ß': return "ss";
      case 'ä': case 'Ä': case 'æ': case 'Æ': return "ae";
      case 'ö': case 'Ö': case 'ø': case 'Ø': case 'œ': case 'Œ': return "oe";
      case 'ü': case 'Ü': return "ue";
      case 'š': case 'Š': case 'ś': case 'Ś': case 'ş': case 'Ş': case 'ș': case 'Ș': return "sh";
      case 'č': case 'Č': case 'ć': case 'Ć': return "ch";
      case 'ž': case 'Ž': case 'ź': case 'Ź': case 'ż': case 'Ż': return "zh";
      case 'ţ': case 'Ţ': case 'ț': case 'Ț': return "ts";
      case 'ł': case 'Ł': return "l";
      case 'đ': case 'Đ': return "dj";
      case 'ı': return "i";
      case 'þ': case 'Þ': return "th";
      case 'ð': case 'Ð': return "d";
      default:
        break;
    }
    if (isApostrophe(c)) {
      return "";
    }
    String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(2);
    for (int i = 0; i < d.length(); i++) {
      char x = d.charAt(i);
      if (Character.getType(x) != Character.NON_SPACING_MARK) {
        out.append(Character.toLowerCase(x));
      }
    }
    return out.toString();
  }

  /** Whether the character is an apostrophe or a modifier letter used as one. */
  public static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u02BB' || c == '`' || c == '\u00B4'
        || c == '\u2018' || c == '\u02B9' || c == '\u02BE' || c == '\u02BF';
  }

  /**
   * Folds {@code text[start, end)} into {@code out} from position 0.
   *
   * @return the folded length, or -1 if {@code out} is too small
   */
  public static int fold(CharSequence text, int start, int end, char[] out) {
    int n = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < 0x80 && c != '\'' && c != '`') {
        if (n >= out.length) {
          return -1;
        }
        out[n++] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        continue;
      }
      String f = c < TABLE ? LATIN[c] : (c >= 0x1E00 && c < 0x1F00) ? EXTENDED[c - 0x1E00] : null;
      if (f == null) {
        if (isApostrophe(c) || c == '\u00AD') {
          continue;
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
          continue;
        }
        if (n >= out.length) {
          return -1;
        }
        out[n++] = Character.toLowerCase(c);
      } else {
        if (n + f.length() > out.length) {
          return -1;
        }
        for (int k = 0; k < f.length(); k++) {
          out[n++] = f.charAt(k);
        }
      }
    }
    return n;
  }

  /** Folds a whole string (build-time convenience). */
  public static String fold(CharSequence text) {
    char[] buf = new char[text.length() * 3 + 4];
    int n = fold(text, 0, text.length(), buf);
    return new String(buf, 0, n);
  }
}
