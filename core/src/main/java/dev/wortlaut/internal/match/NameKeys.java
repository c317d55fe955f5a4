package dev.wortlaut.internal.match;

import dev.wortlaut.internal.translit.Transliterations;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Pairwise name comparison on folds, exonym groups and phonetic keys. */
public final class NameKeys {

  /** The score from which two names count as the same. */
  public static final double SAME = 0.9;

  private NameKeys() {}

  private static Set<String> spellings(String name) {
    Set<String> out = new HashSet<>();
    out.add(name);
    if (Transliterations.isNative(name)) {
      out.addAll(Transliterations.latin(name));
    }
    return out;
  }

  private static Set<String> keys(Set<String> spellings) {
    Set<String> out = new HashSet<>();
    for (String s : spellings) {
      List<String> k = NameIndex.keySequences(s);
      out.add("s:" + k.get(0));
      out.add("j:" + k.get(1));
    }
    return out;
  }

  /** The similarity of two names in [0, 1]. */
  public static double score(String a, String b) {
    String fa = NameIndex.foldSequence(a);
    String fb = NameIndex.foldSequence(b);
    if (fa.isEmpty() || fb.isEmpty()) {
      return 0;
    }
    if (fa.equals(fb)) {
      return 1.0;
    }
    for (String g : Exonyms.group(a)) {
      if (NameIndex.foldSequence(g).equals(fb)) {
        return 0.95;
      }
    }
    Set<String> sa = spellings(a);
    Set<String> sb = spellings(b);
    for (String g : Exonyms.group(a)) {
      sa.addAll(spellings(g));
    }
    for (String g : Exonyms.group(b)) {
      sb.addAll(spellings(g));
    }
    Set<String> ka = keys(sa);
    Set<String> kb = keys(sb);
    for (String k : ka) {
      if (kb.contains(k)) {
        return 0.9;
      }
    }
    double best = 0;
    for (String x : ka) {
      for (String y : kb) {
        if (x.startsWith("j:") && y.startsWith("j:")) {
          best = Math.max(best, similarity(x.substring(2), y.substring(2)));
        }
      }
    }
    return Math.min(0.84, 0.84 * best);
  }

  private static double similarity(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    int max = Math.max(a.length(), b.length());
    return max == 0 ? 1 : 1.0 - (double) prev[b.length()] / max;
  }
}
