package dev.wortlaut.internal.quote;

import dev.wortlaut.internal.text.TextIndex;
import dev.wortlaut.internal.text.WordList;
import dev.wortlaut.internal.text.WordMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The bundled word lists, loaded once. All keys are lower case. */
final class Lexicon {

  /** A speech verb form: its separable particle (or {@code null}) and whether it is a participle. */
  record VerbForm(String particle, boolean participle, boolean verbFinal, boolean takesInfinitive) {}

  private static final Set<String> INSEPARABLE =
      Set.of("be", "er", "ver", "zer", "ent", "emp", "miss", "ge", "unter", "über", "wider", "hinter");

  static final Lexicon INSTANCE = new Lexicon();

  /** Form (lower case) to the ways it can be read as a speech verb. */
  private final Map<String, List<VerbForm>> verbs = new HashMap<>();

  final Set<String> konjunktiv = lowerSet("konjunktiv.txt");
  final Set<String> konjunktivStems = lowerSet("konjunktiv-stems.txt");
  final Set<String> particles = lowerSet("particles.txt");
  private final String[] particleArray = particles.toArray(new String[0]);
  /** The particles by first character (Latin-1; the others under index 0), for per-token checks. */
  private final String[][] particlesByFirst = byFirst(particleArray);
  final Set<String> complementizers = lowerSet("complementizers.txt");
  final Set<String> pronouns = lowerSet("pronouns.txt");
  final Set<String> determiners = lowerSet("determiners.txt");
  final Set<String> sourceNouns = lowerSet("source-nouns.txt");
  final Set<String> legalNouns = lowerSet("legal-nouns.txt");
  final Set<String> functionWords = lowerSet("function-words.txt");
  final Set<String> inquitAdverbs = lowerSet("inquit-adverbs.txt");
  private final Set<String> infinitiveVerbs = lowerSet("infinitive-verbs.txt");
  final List<String[]> optatives;
  private final Map<String, Character> genderWords = new HashMap<>();
  private final Map<String, Character> genderSuffixes = new HashMap<>();
  // the same words, looked up per token without building a lower-case string (asked of every token)
  private final WordMap<List<VerbForm>> verbIndex;
  private final WordMap<Boolean> konjunktivIndex = WordMap.ofWords(konjunktiv);
  private final WordMap<Boolean> konjunktivStemIndex = WordMap.ofWords(konjunktivStems);
  private final WordMap<Boolean> functionWordIndex = WordMap.ofWords(functionWords);

  private Lexicon() {
    for (String line : WordList.read(Lexicon.class, "speech-verbs.txt")) {
      addVerb(line);
    }
    optatives =
        WordList.read(Lexicon.class, "optatives.txt").stream()
            .map(s -> s.toLowerCase(Locale.ROOT).split(" "))
            .toList();
    for (String line : WordList.read(Lexicon.class, "gender-cues.txt")) {
      String[] parts = line.split("\\s+");
      char g = parts[0].charAt(0);
      if (parts[1].startsWith("-")) {
        genderSuffixes.put(parts[1].substring(1), g);
      } else {
        genderWords.put(parts[1], g);
      }
    }
    verbIndex = WordMap.of(verbs);
  }

  private static String[][] byFirst(String[] words) {
    List<List<String>> lists = new java.util.ArrayList<>();
    for (int c = 0; c < 256; c++) {
      lists.add(new java.util.ArrayList<>());
    }
    for (String w : words) {
      char c = w.isEmpty() ? 0 : w.charAt(0);
      lists.get(c < 256 ? c : 0).add(w);
    }
    String[][] out = new String[256][];
    for (int c = 0; c < 256; c++) {
      out[c] = lists.get(c).toArray(new String[0]);
    }
    return out;
  }

  private static Set<String> lowerSet(String name) {
    Set<String> set = new HashSet<>();
    for (String s : WordList.read(Lexicon.class, name)) {
      set.add(s.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(set);
  }

  private void addVerb(String line) {
    String head = line;
    String explicit = null;
    int colon = line.indexOf(':');
    if (colon >= 0) {
      head = line.substring(0, colon).strip();
      explicit = line.substring(colon + 1).strip();
    }
    String particle = null;
    String infinitive = head;
    int bar = head.indexOf('|');
    if (bar >= 0) {
      particle = head.substring(0, bar);
      infinitive = head.substring(bar + 1);
    }
    Set<String> finite = new HashSet<>();
    String participle;
    if (explicit != null) {
      int slash = explicit.indexOf('/');
      for (String f : explicit.substring(0, slash).strip().split("\\s+")) {
        finite.add(f);
      }
      participle = explicit.substring(slash + 1).strip();
      finite.add(infinitive);
    } else {
      String stem =
          infinitive.endsWith("ern") || infinitive.endsWith("eln")
              ? infinitive.substring(0, infinitive.length() - 1)
              : infinitive.substring(0, infinitive.length() - 2);
      // rechnen, öffnen, atmen: an e before the ending after consonant + n/m (Duden, weak verbs)
      char last = stem.charAt(stem.length() - 1);
      char before = stem.length() > 1 ? stem.charAt(stem.length() - 2) : 'a';
      boolean needsE =
          last == 't'
              || last == 'd'
              || ((last == 'n' || last == 'm') && "aeiouäöülrhm".indexOf(before) < 0);
      String t = needsE ? "et" : "t";
      finite.add(stem + t);
      finite.add(stem + (needsE ? "ete" : "te"));
      finite.add(stem + (needsE ? "eten" : "ten"));
      finite.add(stem + "e");
      finite.add(infinitive);
      boolean noGe = infinitive.endsWith("ieren");
      for (String prefix : INSEPARABLE) {
        noGe |= startsWithPrefix(infinitive, prefix);
      }
      participle = (noGe ? "" : "ge") + stem + t;
    }
    boolean inf = infinitiveVerbs.contains(head);
    for (String f : finite) {
      add(f, new VerbForm(particle, false, false, inf));
      if (particle != null) {
        add(particle + f, new VerbForm(null, false, true, inf));
      }
    }
    add(particle == null ? participle : particle + participle, new VerbForm(null, true, true, inf));
  }

  private static boolean startsWithPrefix(String infinitive, String prefix) {
    return infinitive.startsWith(prefix) && infinitive.length() > prefix.length() + 3;
  }

  private void add(String form, VerbForm v) {
    verbs.computeIfAbsent(form.toLowerCase(Locale.ROOT), k -> new java.util.ArrayList<>(2)).add(v);
  }

  /** The readings of a token as a speech verb, empty when it is none. */
  List<VerbForm> speechVerb(String lower) {
    List<VerbForm> v = verbs.get(lower);
    return v == null ? List.of() : v;
  }

  /** The readings of token {@code i} as a speech verb, as {@link #speechVerb(String)} of its lower case. */
  List<VerbForm> speechVerb(TextIndex index, int i) {
    List<VerbForm> v = verbIndex.get(index, i);
    return v == null ? List.of() : v;
  }

  /** Whether token {@code i} is a function word, as {@code functionWords} holds its lower case. */
  boolean isFunctionWord(TextIndex index, int i) {
    return functionWordIndex.contains(index, i);
  }

  /** Whether the lower-case token is a zu-infinitive written as one word (abzuziehen, aufzuheben). */
  boolean isJoinedZuInfinitive(String lower) {
    for (int cut = 2; cut <= 7 && cut + 4 < lower.length(); cut++) {
      if (particles.contains(lower.substring(0, cut)) && lower.startsWith("zu", cut) && lower.endsWith("en")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the lower-case token is a finite Konjunktiv form (listed, or a known stem plus "e"). */
  boolean isKonjunktiv(String lower) {
    if (konjunktiv.contains(lower)) {
      return true;
    }
    if (lower.length() < 4 || lower.charAt(lower.length() - 1) != 'e') {
      return false;
    }
    String stem = lower.substring(0, lower.length() - 1);
    if (konjunktivStems.contains(stem)) {
      return true;
    }
    // a separable particle of two to seven letters before a known stem: "vorhabe", "zurückweise";
    // tried particle by particle, so a word no particle starts costs no substring
    for (String particle : particleArray) {
      int cut = particle.length();
      if (cut >= 2 && cut <= 7 && cut < stem.length() - 2 && stem.startsWith(particle)
          && konjunktivStems.contains(stem.substring(cut))) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code i} reads as Konjunktiv, as {@link #isKonjunktiv(String)} of its lower case. */
  boolean isKonjunktiv(TextIndex index, int i) {
    if (konjunktivIndex.contains(index, i)) {
      return true;
    }
    int start = index.start(i);
    int stemEnd = index.end(i) - 1;
    int stemLength = stemEnd - start;
    if (stemLength < 3 || index.lowerCharAt(stemEnd) != 'e') {
      return false;
    }
    if (konjunktivStemIndex.containsRange(index, start, stemEnd)) {
      return true;
    }
    char first = index.lowerCharAt(start);
    for (String particle : particlesByFirst[first < 256 ? first : 0]) {
      int cut = particle.length();
      if (cut >= 2 && cut <= 7 && cut < stemLength - 2 && startsWithLower(index, start, particle)
          && konjunktivStemIndex.containsRange(index, start + cut, stemEnd)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithLower(TextIndex index, int start, String lowerPrefix) {
    for (int k = 0; k < lowerPrefix.length(); k++) {
      if (index.lowerCharAt(start + k) != lowerPrefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The gender revealed by a role noun or title ('f', 'm'), or 0. */
  char genderOf(String lower) {
    Character g = genderWords.get(lower);
    if (g != null) {
      return g;
    }
    char best = 0;
    int bestLength = 0;
    for (Map.Entry<String, Character> e : genderSuffixes.entrySet()) {
      String suffix = e.getKey();
      if (lower.length() > suffix.length() + 1 && lower.endsWith(suffix) && suffix.length() > bestLength) {
        best = e.getValue();
        bestLength = suffix.length();
      }
    }
    return best;
  }
}
