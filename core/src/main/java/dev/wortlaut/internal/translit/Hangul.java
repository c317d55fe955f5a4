package dev.wortlaut.internal.translit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Romanizes Korean names syllable by syllable in three systems: Revised Romanization (2000), McCune–
 * Reischauer (1939, with breves and aspiration apostrophes) and the DPRK/press style that German
 * agencies use (MR without diacritics, {@code ㅈ -> j}), plus the conventional press spellings of common
 * family names ({@code 김 -> Kim}, {@code 최 -> Choe/Choi}, {@code 이 -> Lee/Ri/Yi}).
 */
final class Hangul {

  private static final String[] RR_INITIAL = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s",
      "ss", "", "j", "jj", "ch", "k", "t", "p", "h"};
  private static final String[] MR_INITIAL = {"k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s",
      "ss", "", "ch", "tch", "ch'", "k'", "t'", "p'", "h"};
  private static final String[] PRESS_INITIAL = {"k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s",
      "ss", "", "j", "jj", "ch", "k", "t", "p", "h"};
  private static final String[] RR_MEDIAL = {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o",
      "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
  private static final String[] MR_MEDIAL = {"a", "ae", "ya", "yae", "ŏ", "e", "yŏ", "ye", "o", "wa",
      "wae", "oe", "yo", "u", "wŏ", "we", "wi", "yu", "ŭ", "ŭi", "i"};
  private static final String[] FINAL = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l",
      "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};
  private static final Map<Character, List<String>> SURNAMES = Map.ofEntries(
      Map.entry('김', List.of("Kim")),
      Map.entry('이', List.of("Lee", "Ri", "Yi", "Rhee")),
      Map.entry('리', List.of("Ri", "Lee")),
      Map.entry('박', List.of("Park", "Pak")),
      Map.entry('최', List.of("Choe", "Choi")),
      Map.entry('정', List.of("Jung", "Chung", "Jong")),
      Map.entry('조', List.of("Cho", "Jo")),
      Map.entry('윤', List.of("Yoon", "Yun")),
      Map.entry('장', List.of("Jang", "Chang")),
      Map.entry('임', List.of("Lim", "Im", "Rim")),
      Map.entry('림', List.of("Rim", "Lim")),
      Map.entry('오', List.of("Oh", "O")),
      Map.entry('신', List.of("Shin", "Sin")),
      Map.entry('권', List.of("Kwon")),
      Map.entry('안', List.of("Ahn", "An")),
      Map.entry('류', List.of("Ryu", "Yoo")),
      Map.entry('문', List.of("Moon", "Mun")),
      Map.entry('노', List.of("Roh", "No")),
      Map.entry('로', List.of("Ro", "Roh")));

  private Hangul() {}

  static boolean isSyllable(char c) {
    return c >= 0xAC00 && c <= 0xD7A3;
  }

  private static String syllable(char c, String[] initial, String[] medial) {
    int s = c - 0xAC00;
    return initial[s / 588] + medial[(s % 588) / 28] + FINAL[s % 28];
  }

  private static String word(String w, String[] initial, String[] medial, boolean hyphen) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (hyphen && i > 0) {
        out.append('-');
      }
      out.append(isSyllable(c) ? syllable(c, initial, medial) : String.valueOf(c));
    }
    return out.length() == 0 ? "" : Character.toUpperCase(out.charAt(0)) + out.substring(1);
  }

  private static List<String> pressForms(char c) {
    String o = word(String.valueOf(c), PRESS_INITIAL, MR_MEDIAL, false);
    if (!isSyllable(c)) {
      return List.of(o);
    }
    int medial = ((c - 0xAC00) % 588) / 28;
    if (medial == 4 || medial == 6 || medial == 14) {
      String[] u = MR_MEDIAL.clone();
      u[4] = "u";
      u[6] = "yu";
      u[14] = "wo";
      return List.of(o, word(String.valueOf(c), PRESS_INITIAL, u, false));
    }
    return List.of(o);
  }

  /** The romanizations of a Korean name or place name. */
  static List<String> romanize(String text) {
    List<String> out = new ArrayList<>();
    String[] words = text.trim().split("\\s+");
    String[][][] systems = {{RR_INITIAL, RR_MEDIAL}, {MR_INITIAL, MR_MEDIAL},
        {PRESS_INITIAL, MR_MEDIAL}};
    boolean personal = words.length == 1 && words[0].length() == 3 && isSyllable(words[0].charAt(0));
    for (String[][] system : systems) {
      if (personal) {
        String w = words[0];
        String family = word(w.substring(0, 1), system[0], system[1], false);
        List<String> families = new ArrayList<>(List.of(family));
        families.addAll(SURNAMES.getOrDefault(w.charAt(0), List.of()));
        String given = word(w.substring(1), system[0], system[1], false);
        String g1 = word(w.substring(1, 2), system[0], system[1], false);
        String g2 = word(w.substring(2), system[0], system[1], false);
        for (String f : families) {
          out.add(f + " " + given);
          out.add(f + " " + g1 + " " + g2);
        }
        if (system[0] == PRESS_INITIAL) {
          // press spellings write ㅓ/ㅕ as u/yu in some syllables and o/yo in others (Kim Il Sung,
          // Kim Yo Jong / Kim Yo Jung): every combination of the two given-name syllables
          for (String a : pressForms(w.charAt(1))) {
            for (String b : pressForms(w.charAt(2))) {
              out.add(family + " " + a + " " + b);
            }
          }
        }
      } else {
        StringBuilder all = new StringBuilder();
        for (String w : words) {
          if (all.length() > 0) {
            all.append(' ');
          }
          all.append(word(w, system[0], system[1], false));
        }
        out.add(all.toString());
      }
    }
    return out;
  }
}
