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

  private static boolean at(char[] s, int len, int i, String p) {
    if (i + p.length() > len) {
      return false;
    }
    for (int k = 0; k < p.length(); k++) {
      if (s[i + k] != p.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes the key of {@code in[0, len)} into {@code out}.
   *
   * @return the key length, or -1 if {@code out} is too small
   */
  public static int key(char[] in, int len, char[] out) {
    int n = 0;
    int i = 0;
    while (i < len) {
      char c = in[i];
      char emit;
      int step = 1;
      char emit2 = 0;
      switch (c) {
        case 'd':
          if (at(in, len, i, "dsch")) {
            emit = 'i';
            step = 4;
          } else if (at(in, len, i, "dzh")) {
            emit = 'i';
            step = 3;
          } else if (at(in, len, i, "dj")) {
            emit = 'i';
            step = 2;
          } else if (at(in, len, i, "dh")) {
            emit = 'd';
            step = 2;
          } else {
            emit = 'd';
          }
          break;
        case 't':
          if (at(in, len, i, "tsch")) {
            emit = 'C';
            step = 4;
          } else if (at(in, len, i, "tch")) {
            emit = 'C';
            step = 3;
          } else if (at(in, len, i, "ts") || at(in, len, i, "tz")) {
            emit = 's';
            step = 2;
          } else if (at(in, len, i, "th")) {
            emit = 't';
            step = 2;
          } else {
            emit = 't';
          }
          break;
        case 's':
          if (at(in, len, i, "sch")) {
            emit = 'S';
            step = 3;
          } else if (at(in, len, i, "sh")) {
            emit = 'S';
            step = 2;
          } else {
            emit = 's';
          }
          break;
        case 'z':
          if (at(in, len, i, "zh")) {
            emit = 'S';
            step = 2;
          } else {
            emit = 's';
          }
          break;
        case 'c':
          if (at(in, len, i, "ch")) {
            emit = 'C';
            step = 2;
          } else if (at(in, len, i, "cz")) {
            emit = 'C';
            step = 2;
          } else if (at(in, len, i, "ck")) {
            emit = 'k';
            step = 2;
          } else if (i + 1 < len && (in[i + 1] == 'e' || in[i + 1] == 'i' || in[i + 1] == 'y')) {
            emit = 's';
          } else {
            emit = 'k';
          }
          break;
        case 'k':
          if (at(in, len, i, "kh")) {
            emit = 'C';
            step = 2;
          } else {
            emit = 'k';
          }
          break;
        case 'g':
          emit = 'k';
          if (at(in, len, i, "gh")) {
            step = 2;
          }
          break;
        case 'b':
        case 'r':
          emit = c;
          if (i + 1 < len && in[i + 1] == 'h') {
            step = 2;
          }
          break;
        case 'q':
          emit = 'k';
          break;
        case 'h':
          emit = 'C';
          break;
        case 'p':
          if (at(in, len, i, "ph")) {
            emit = 'f';
            step = 2;
          } else {
            emit = 'p';
          }
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
          emit = at(in, len, i, "ae") ? 'e' : 'a';
          step = emit == 'e' ? 2 : 1;
          break;
        case 'o':
          if (at(in, len, i, "oe")) {
            emit = 'o';
            step = 2;
          } else if (at(in, len, i, "ou") || at(in, len, i, "oo")) {
            emit = 'u';
            step = 2;
          } else {
            emit = 'o';
          }
          break;
        case 'u':
          emit = 'u';
          if (at(in, len, i, "ue")) {
            step = 2;
          }
          break;
        case 'e':
          if (at(in, len, i, "ee")) {
            emit = 'i';
            step = 2;
          } else if (at(in, len, i, "eo")) {
            emit = 'o';
            step = 2;
          } else if (at(in, len, i, "eu")) {
            emit = 'u';
            step = 2;
          } else {
            emit = 'e';
          }
          break;
        case 'i':
          emit = 'i';
          if (at(in, len, i, "ie")) {
            step = 2;
          }
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
          return -1;
        }
        out[n++] = emit;
      }
      if (emit2 != 0 && out[n - 1] != emit2) {
        if (n >= out.length) {
          return -1;
        }
        out[n++] = emit2;
      }
      i += step;
    }
    return n;
  }

  /** The key of a folded word (build-time convenience). */
  public static String key(String folded) {
    char[] out = new char[folded.length() * 2 + 2];
    int n = key(folded.toCharArray(), folded.length(), out);
    return new String(out, 0, n);
  }
}
