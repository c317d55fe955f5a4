package dev.wortlaut.internal.fold;

/**
 * The consonant-class key of one folded word, used on both sides of the matcher so that the German
 * (Duden), English (BGN/PCGN) and scholarly spellings of a transliterated name meet without being
 * enumerated: {@code Lawrow = Lavrov}, {@code Selenskyj = Zelenskyy}, {@code Pjöngjang = P'yŏngyang},
 * {@code Gaddafi = Gadhafi = Qaddafi}, {@code Charkiw = Kharkiv}, {@code Sinowjew = Zinoviev}.
 *
 * <p>Classes: {@code w/v -> v}; {@code sch/sh/zh (š, ž) -> S}; {@code tsch/tch/ch/kh/h/č/cz -> C};
 * {@code z/s/ts/tz/c(e,i) -> s}; {@code g/k/q/ck/c -> k}; {@code j/y/i -> i}; {@code dsch/dzh/dj -> i};
 * {@code ph -> f}; {@code x -> ks}; {@code h} after {@code d, t, g, b, r} dropped; vowels: {@code ae -> e},
 * {@code oe -> o}, {@code ue/ou/oo -> u}, {@code ee/ie -> i}, {@code eo -> o} (Revised Romanization),
 * {@code eu -> u}, {@code e} after an {@code i}-class symbol dropped; then every run of one class collapses to one symbol. Characters outside a-z are kept.
 */
public final class PhoneticKey {

  private PhoneticKey() {}

  /** The character at {@code i}, or 0 past the end (folded words never contain U+0000 letters). */
  private static char peek(char[] s, int len, int i) {
    return i < len ? s[i] : 0;
  }

  /**
   * Writes the key of {@code in[0, len)} into {@code out}.
   *
   * @return the key length, or -1 if {@code out} is too small
   */
  public static int key(char[] in, int len, char[] out) {
    return (int) keyAndPrefix(in, len, out, -1);
  }

  /**
   * Writes the key of {@code in[0, len)} into {@code out} and notes how long it was when the input
   * position reached {@code mark}. When that prefix length is not -1, it is the exact key of {@code
   * in[0, mark)} provided no rule at a position before {@code mark} looks at {@code in[mark]}; the
   * caller checks that (see {@link #keyOfWordWithoutLast}).
   *
   * @return {@code prefix << 32 | length}; length -1 if {@code out} is too small, prefix -1 if the
   *     position {@code mark} was stepped over
   */
  private static long keyAndPrefix(char[] in, int len, char[] out, int mark) {
    int n = 0;
    int i = 0;
    int prefix = -1;
    while (i < len) {
      if (i == mark) {
        prefix = n;
      }
      char c = in[i];
      char c1 = peek(in, len, i + 1);
      char emit;
      int step = 1;
      char emit2 = 0;
      switch (c) {
        case 'd':
          if (c1 == 's' && peek(in, len, i + 2) == 'c' && peek(in, len, i + 3) == 'h') {
            emit = 'i'; // dsch
            step = 4;
          } else if (c1 == 'z' && peek(in, len, i + 2) == 'h') {
            emit = 'i'; // dzh
            step = 3;
          } else if (c1 == 'j') {
            emit = 'i';
            step = 2;
          } else if (c1 == 'h') {
            emit = 'd';
            step = 2;
          } else {
            emit = 'd';
          }
          break;
        case 't':
          if (c1 == 's' && peek(in, len, i + 2) == 'c' && peek(in, len, i + 3) == 'h') {
            emit = 'C'; // tsch
            step = 4;
          } else if (c1 == 'c' && peek(in, len, i + 2) == 'h') {
            emit = 'C'; // tch
            step = 3;
          } else if (c1 == 's' || c1 == 'z') {
            emit = 's';
            step = 2;
          } else if (c1 == 'h') {
            emit = 't';
            step = 2;
          } else {
            emit = 't';
          }
          break;
        case 's':
          if (c1 == 'c' && peek(in, len, i + 2) == 'h') {
            emit = 'S'; // sch
            step = 3;
          } else if (c1 == 'h') {
            emit = 'S';
            step = 2;
          } else {
            emit = 's';
          }
          break;
        case 'z':
          emit = c1 == 'h' ? 'S' : 's';
          step = c1 == 'h' ? 2 : 1;
          break;
        case 'c':
          if (c1 == 'h' || c1 == 'z') {
            emit = 'C';
            step = 2;
          } else if (c1 == 'k') {
            emit = 'k';
            step = 2;
          } else if (c1 == 'e' || c1 == 'i' || c1 == 'y') {
            emit = 's';
          } else {
            emit = 'k';
          }
          break;
        case 'k':
          emit = c1 == 'h' ? 'C' : 'k';
          step = c1 == 'h' ? 2 : 1;
          break;
        case 'g':
          emit = 'k';
          step = c1 == 'h' ? 2 : 1;
          break;
        case 'b':
        case 'r':
          emit = c;
          step = c1 == 'h' ? 2 : 1;
          break;
        case 'q':
          emit = 'k';
          break;
        case 'h':
          emit = 'C';
          break;
        case 'p':
          emit = c1 == 'h' ? 'f' : 'p';
          step = c1 == 'h' ? 2 : 1;
          break;
        case 'w':
        case 'v':
          emit = 'v';
          break;
        case 'x':
          emit = 'k';
          emit2 = 's';
          break;
        case 'j':
        case 'y':
          emit = 'i';
          break;
        case 'a':
          emit = c1 == 'e' ? 'e' : 'a';
          step = c1 == 'e' ? 2 : 1;
          break;
        case 'o':
          if (c1 == 'e') {
            emit = 'o';
            step = 2;
          } else if (c1 == 'u' || c1 == 'o') {
            emit = 'u';
            step = 2;
          } else {
            emit = 'o';
          }
          break;
        case 'u':
          emit = 'u';
          step = c1 == 'e' ? 2 : 1;
          break;
        case 'e':
          if (c1 == 'e') {
            emit = 'i';
            step = 2;
          } else if (c1 == 'o') {
            emit = 'o';
            step = 2;
          } else if (c1 == 'u') {
            emit = 'u';
            step = 2;
          } else {
            emit = 'e';
          }
          break;
        case 'i':
          emit = 'i';
          step = c1 == 'e' ? 2 : 1;
          break;
        default:
          emit = c;
          break;
      }
      if (emit == 'e' && n > 0 && out[n - 1] == 'i') {
        // ie, je, ye, ije, yje: the i-glide absorbs the e (Sinowjew = Zinoviev, Jelzin = Yeltsin)
        i += step;
        continue;
      }
      if (n == 0 || out[n - 1] != emit) {
        if (n >= out.length) {
          return 0xFFFFFFFFL;
        }
        out[n++] = emit;
      }
      if (emit2 != 0 && out[n - 1] != emit2) {
        if (n >= out.length) {
          return 0xFFFFFFFFL;
        }
        out[n++] = emit2;
      }
      i += step;
    }
    return ((long) prefix << 32) | n;
  }

  /**
   * Writes the key of {@code in[0, len)} into {@code out} and returns in its upper half the length of
   * the key of {@code in[0, len - 1)} (the word without a final genitive {@code s}), which is then a
   * prefix of the written key, or -1 there when a rule consumed the last character together with the
   * one before it ({@code ts}). The lower half is the key length, -1 if {@code out} is too small.
   *
   * <p>This holds because no rule reads ahead without consuming what it read, except to ask for a
   * letter that the rule set never pairs with a final {@code s} alone, or for more characters than
   * remain: every rule before the last position decides the same with and without it.
   */
  public static long keyOfWordWithoutLast(char[] in, int len, char[] out) {
    return keyAndPrefix(in, len, out, len - 1);
  }

  /** The key of a folded word (build-time convenience). */
  public static String key(String folded) {
    char[] out = new char[folded.length() * 2 + 2];
    int n = key(folded.toCharArray(), folded.length(), out);
    return new String(out, 0, n);
  }
}
