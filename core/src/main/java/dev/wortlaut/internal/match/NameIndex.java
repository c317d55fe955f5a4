package dev.wortlaut.internal.match;

import dev.wortlaut.Entity;
import dev.wortlaut.EntityType;
import dev.wortlaut.Gazetteer;
import dev.wortlaut.MatchKind;
import dev.wortlaut.Mention;
import dev.wortlaut.internal.fold.Fold;
import dev.wortlaut.internal.fold.PhoneticKey;
import dev.wortlaut.internal.text.TextIndex;
import dev.wortlaut.internal.translit.Transliterations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The compiled gazetteer: a trie over per-word phonetic keys ({@link KeyTable} ids, transitions in
 * {@link Edges}), payloads of {@code (entity, kind)} per accepting state, an index of folded forms that
 * decides the match kind and separates entities whose loose keys collide, and surname keys for
 * follow-ups. Immutable after construction; {@link #match(TextIndex)} is one linear pass.
 */
public final class NameIndex {

  private static final MatchKind[] KINDS = MatchKind.values();
  private static final int UPPER_ONLY = 1;
  private static final int MAX_DEPTH = 24;
  /**
   * Per-unit key ids are stored plus {@link #KEY_OFFSET}, so that a fresh array means "not yet keyed"
   * ({@link #UNSET}) and 1 means "no such key".
   */
  private static final int UNSET = 0;
  private static final int KEY_OFFSET = 2;
  private static final int MAX_LOWER_START = 4;
  private static final Set<String> FAMILY_FIRST = Set.of("KP", "KR", "CN", "TW", "VN");

  private final List<Entity> entities;
  private final KeyTable keys = new KeyTable();
  private final Edges edges = new Edges();
  /**
   * The start state's transitions by key id (-1: none), frozen after building: most walks end at the
   * first word, and a dense array answers that from a small table instead of the large edge table.
   */
  private int[] rootNext;
  private int states = 1;
  private int[] accept = new int[16];
  private final List<int[]> payloads = new ArrayList<>();
  /** 64-bit hash of a form's fold (words joined by one space) to an index into {@link #foldEntries}. */
  private final Edges folds = new Edges();
  /**
   * Fold hashes of the short first words of all paths: a lower-case word in the text (a particle such
   * as von, de, al) starts a name only when spelled as one of them, which spares keying the articles
   * and prepositions of running text.
   */
  private final Edges shortStarts = new Edges();
  private final List<int[]> foldEntries = new ArrayList<>();
  /** Persons by surname key id, filled while building and then frozen into {@link #surnames}. */
  private Map<Integer, int[]> surnamesById = new HashMap<>();
  private int[][] surnames;
  /** Key ids that occur inside persons' names: a surname followed by one starts another full name. */
  private final BitSet nameParts = new BitSet();
  /**
   * Names and aliases written entirely in lower case (the agency credits dpa, afp, rtr), white space
   * collapsed, to their entry; -1 when two entities share one. A span without a capital letter is a
   * mention only when it spells one of them exactly.
   */
  private final Map<String, Integer> lowerCaseForms = new HashMap<>();
  /** The first tokens of {@link #lowerCaseForms}, exactly as written. */
  private final Set<String> lowerCaseStarts = new HashSet<>();
  /** Per first-token length (below 64), a bit per first character (mod 64) of those tokens. */
  private final long[] lowerCaseStartFilter = new long[64];
  private int variants;
  private int collisions;

  private NameIndex(List<Entity> entities) {
    this.entities = entities;
    Arrays.fill(accept, -1);
  }

  /** Compiles the gazetteer. */
  public static NameIndex compile(Gazetteer gazetteer) {
    NameIndex index = new NameIndex(gazetteer.entities());
    for (int e = 0; e < index.entities.size(); e++) {
      index.addEntity(e, index.entities.get(e));
    }
    index.keys.trim();
    index.rootNext = new int[index.keys.size()];
    for (int id = 0; id < index.rootNext.length; id++) {
      index.rootNext[id] = index.edges.get(0, id);
    }
    index.surnames = new int[index.keys.size()][];
    index.surnamesById.forEach((id, persons) -> index.surnames[id] = persons);
    index.surnamesById = null;
    index.accept = Arrays.copyOf(index.accept, index.states);
    index.countCollisions();
    return index;
  }

  /** The number of generated variant paths. */
  public int variants() {
    return variants;
  }

  /** The number of accepting states that more than one entity shares (resolved by the strict fold). */
  public int collisions() {
    return collisions;
  }

  /** All names of an entity with their kinds: canonical, aliases, natives, exonyms, transliterations. */
  static Map<String, MatchKind> forms(Entity entity) {
    Map<String, MatchKind> forms = new LinkedHashMap<>();
    forms.put(entity.name(), MatchKind.EXACT);
    for (String a : entity.aliases()) {
      forms.putIfAbsent(a, MatchKind.ALIAS);
    }
    for (String n : entity.natives()) {
      forms.putIfAbsent(n, MatchKind.ALIAS);
    }
    List<String> seeds = new ArrayList<>(forms.keySet());
    for (String s : seeds) {
      for (String g : Exonyms.group(s)) {
        forms.putIfAbsent(g, MatchKind.ALIAS);
      }
    }
    for (String s : new ArrayList<>(forms.keySet())) {
      if (Transliterations.isNative(s)) {
        for (String latin : Transliterations.latin(s)) {
          forms.putIfAbsent(latin, MatchKind.VARIANT);
        }
      }
    }
    return forms;
  }

  private static final class Form {
    final List<String> folds = new ArrayList<>();
    final List<String> keys = new ArrayList<>();
  }

  static Form split(String name) {
    TextIndex index = TextIndex.of(name);
    Units units = Units.of(index);
    Form form = new Form();
    for (int u = 0; u < units.size; u++) {
      String fold = Fold.fold(name.substring(index.start(units.first[u]), index.end(units.last[u])));
      if (fold.isEmpty()) {
        continue;
      }
      form.folds.add(fold);
      form.keys.add(PhoneticKey.key(fold));
    }
    return form;
  }

  /** The canonical key sequences of a name (plain and with the last two words joined), for Names. */
  static List<String> keySequences(String name) {
    Form f = split(name);
    List<String> out = new ArrayList<>();
    out.add(String.join(" ", f.keys));
    out.add(PhoneticKey.key(String.join("", f.folds)));
    return out;
  }

  static String foldSequence(String name) {
    return String.join(" ", split(name).folds);
  }

  private void addEntity(int e, Entity entity) {
    boolean familyFirst = FAMILY_FIRST.contains(String.valueOf(entity.attribute("country")));
    for (String n : entity.natives()) {
      for (int i = 0; i < n.length(); i++) {
        Character.UnicodeScript s = Character.UnicodeScript.of(n.charAt(i));
        familyFirst |= s == Character.UnicodeScript.HANGUL || s == Character.UnicodeScript.HAN;
      }
    }
    addLowerCaseForm(e, entity.name(), MatchKind.EXACT);
    for (String alias : entity.aliases()) {
      addLowerCaseForm(e, alias, MatchKind.ALIAS);
    }
    for (Map.Entry<String, MatchKind> entry : forms(entity).entrySet()) {
      String name = entry.getKey();
      MatchKind kind = entry.getValue();
      Form form = split(name);
      if (form.keys.isEmpty() || form.keys.size() > MAX_DEPTH) {
        continue;
      }
      int flags = isAbbreviation(name) ? UPPER_ONLY : 0;
      addPath(e, kind, flags, form.keys, form.folds);
      int n = form.keys.size();
      if (n >= 2 && form.folds.get(n - 1).length() <= 5 && form.folds.get(n - 2).length() <= 5) {
        List<String> joinedFolds = new ArrayList<>(form.folds.subList(0, n - 2));
        joinedFolds.add(form.folds.get(n - 2) + form.folds.get(n - 1));
        List<String> joinedKeys = new ArrayList<>();
        for (String f : joinedFolds) {
          joinedKeys.add(PhoneticKey.key(f));
        }
        addPath(e, MatchKind.VARIANT, flags, joinedKeys, joinedFolds);
      }
      if (n >= 2 && !EntityType.PERSON.equals(entity.type())) {
        for (String ending : new String[] {"n", "r", "s", "m"}) {
          List<String> inflectedFolds = new ArrayList<>(form.folds);
          boolean changed = false;
          for (int i = 0; i < n - 1; i++) {
            String f = inflectedFolds.get(i);
            if (f.length() > 3 && f.endsWith("e")) {
              inflectedFolds.set(i, f + ending);
              changed = true;
            }
          }
          if (changed) {
            List<String> inflectedKeys = new ArrayList<>();
            for (String f : inflectedFolds) {
              inflectedKeys.add(PhoneticKey.key(f));
            }
            addPath(e, MatchKind.INFLECTION, flags, inflectedKeys, inflectedFolds);
          }
        }
      }
      if (EntityType.PERSON.equals(entity.type()) && n >= 2 && kind != MatchKind.ALIAS) {
        for (String k : form.keys) {
          nameParts.set(keys.add(k));
        }
        addSurname(e, form.keys.get(n - 1));
        if (familyFirst) {
          addSurname(e, form.keys.get(0));
        }
      }
    }
  }

  private void addLowerCaseForm(int e, String name, MatchKind kind) {
    boolean letter = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
        return;
      }
      letter |= Character.isLetter(c);
    }
    TextIndex index = TextIndex.of(name);
    if (!letter || index.size() == 0) {
      return;
    }
    String form = collapseSpace(name, 0, name.length());
    int entry = (e << 4) | (kind.ordinal() << 1);
    lowerCaseForms.merge(form, entry, (a, b) -> a < 0 || (a >>> 4) != (b >>> 4) ? -1 : Math.min(a, b));
    String first = index.text(0);
    lowerCaseStarts.add(first);
    if (first.length() < 64) {
      lowerCaseStartFilter[first.length()] |= 1L << (first.charAt(0) & 63);
    }
  }

  /** {@code s[from, to)} with every run of white space replaced by one space, stripped. */
  private static String collapseSpace(String s, int from, int to) {
    StringBuilder sb = new StringBuilder(to - from);
    boolean space = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Whether token {@code t} (not capitalised) is spelled as the first token of a lower-case form. */
  private boolean lowerCaseStart(TextIndex index, int t) {
    int length = index.length(t);
    return length < 64
        && (lowerCaseStartFilter[length] >>> (index.firstChar(t) & 63) & 1) != 0
        && lowerCaseStarts.contains(index.text(t));
  }

  /** The mention of a span without a capital letter: only an exact lower-case form of one entity. */
  private Mention lowerCaseMention(TextIndex index, int firstToken, int lastToken, boolean genitive,
      int[] resolved) {
    if (genitive || lowerCaseForms.isEmpty()) {
      return null;
    }
    int start = index.start(firstToken);
    int end = index.end(lastToken);
    Integer entry = lowerCaseForms.get(collapseSpace(index.text(), start, end));
    if (entry == null || entry < 0) {
      return null;
    }
    MatchKind match = KINDS[(entry >>> 1) & 7];
    resolved[0] = entry >>> 4;
    return new Mention(start, end, index.text().substring(start, end), entities.get(entry >>> 4), match,
        match == MatchKind.EXACT ? 1.0 : 0.95);
  }

  private static boolean isAbbreviation(String name) {
    if (name.length() > 3) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if (!Character.isUpperCase(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private void addSurname(int e, String key) {
    int id = keys.add(key);
    int[] old = surnamesById.get(id);
    if (old == null) {
      surnamesById.put(id, new int[] {e});
    } else if (Arrays.stream(old).noneMatch(x -> x == e)) {
      int[] grown = Arrays.copyOf(old, old.length + 1);
      grown[old.length] = e;
      surnamesById.put(id, grown);
    }
  }

  private void addPath(int e, MatchKind kind, int flags, List<String> pathKeys, List<String> pathFolds) {
    String first = pathFolds.get(0);
    if (first.length() <= 2 * MAX_LOWER_START) {
      long h = FOLD_SEED;
      for (int k = 0; k < first.length(); k++) {
        h = mix(h, first.charAt(k));
      }
      shortStarts.putLong(finish(h), 0);
    }
    int state = 0;
    for (String k : pathKeys) {
      int id = keys.add(k);
      int next = edges.get(state, id);
      if (next < 0) {
        next = states++;
        if (next >= accept.length) {
          int old = accept.length;
          accept = Arrays.copyOf(accept, old * 2);
          Arrays.fill(accept, old, accept.length, -1);
        }
        edges.put(state, id, next);
      }
      state = next;
    }
    int entry = (e << 4) | (kind.ordinal() << 1) | flags;
    if (accept[state] < 0) {
      accept[state] = payloads.size();
      payloads.add(new int[] {entry});
    } else {
      payloads.set(accept[state], with(payloads.get(accept[state]), entry));
    }
    long hash = FOLD_SEED;
    for (int i = 0; i < pathFolds.size(); i++) {
      if (i > 0) {
        hash = mix(hash, ' ');
      }
      String f = pathFolds.get(i);
      for (int k = 0; k < f.length(); k++) {
        hash = mix(hash, f.charAt(k));
      }
    }
    hash = finish(hash);
    int slot = folds.getLong(hash);
    if (slot < 0) {
      folds.putLong(hash, foldEntries.size());
      foldEntries.add(new int[] {entry});
      variants++;
    } else {
      int[] old = foldEntries.get(slot);
      int[] grown = with(old, entry);
      if (grown != old) {
        foldEntries.set(slot, grown);
        variants++;
      }
    }
  }

  private static final long FOLD_SEED = 0xCBF29CE484222325L;

  private static long mix(long h, char c) {
    return (h ^ c) * 0x100000001B3L;
  }

  private static long finish(long h) {
    return h == -1L ? 0L : h;
  }

  private static int[] with(int[] entries, int entry) {
    for (int x : entries) {
      if (x == entry) {
        return entries;
      }
    }
    int[] grown = Arrays.copyOf(entries, entries.length + 1);
    grown[entries.length] = entry;
    return grown;
  }

  private void countCollisions() {
    for (int[] p : payloads) {
      int first = p[0] >>> 4;
      for (int x : p) {
        if ((x >>> 4) != first) {
          collisions++;
          break;
        }
      }
    }
  }

  /** Finds the mentions in a document. */
  public List<Mention> match(TextIndex index) {
    Units units = Units.of(index);
    int n = units.size;
    int[] ids = new int[n];
    int[] genitives = new int[n];
    List<Mention> out = new ArrayList<>();
    Map<Integer, Integer> lastSeen = new HashMap<>();
    int[] candEnd = new int[MAX_DEPTH * 2];
    int[] candState = new int[MAX_DEPTH * 2];
    boolean[] candGenitive = new boolean[MAX_DEPTH * 2];
    int[] resolved = new int[1];
    int u = 0;
    while (u < n) {
      if ((units.flags[u] & Units.CAPITALIZED) == 0
          && (index.length(units.first[u]) > MAX_LOWER_START || !shortStart(index, units, u))
          && !lowerCaseStart(index, units.first[u])) {
        // a name starts with a capital or with a short particle (von, de, al); other words are keyed
        // only when a name reaches them
        u++;
        continue;
      }
      int count = 0;
      int state = 0;
      for (int j = u; j < n && j - u < MAX_DEPTH; j++) {
        if (ids[j] == UNSET) {
          key(index, units, j, ids, genitives);
        }
        if (j > u && index.startsParagraph(units.first[j])) {
          break;
        }
        int genitive = genitives[j] - KEY_OFFSET;
        if (genitive >= 0) {
          int g = next(state, genitive);
          if (g >= 0 && accept[g] >= 0) {
            candEnd[count] = j;
            candState[count] = g;
            candGenitive[count++] = true;
          }
        }
        int id = ids[j] - KEY_OFFSET;
        if (id < 0) {
          break;
        }
        int s = next(state, id);
        if (s < 0) {
          break;
        }
        if (accept[s] >= 0) {
          candEnd[count] = j;
          candState[count] = s;
          candGenitive[count++] = false;
        }
        state = s;
      }
      Mention found = null;
      int foundEnd = -1;
      for (int c = count - 1; c >= 0 && found == null; c--) {
        found = resolve(index, units, u, candEnd[c], payloads.get(accept[candState[c]]), candGenitive[c],
            resolved);
        foundEnd = candEnd[c];
      }
      if (found == null) {
        found = followUp(index, units, u, ids, genitives, lastSeen, resolved);
        foundEnd = u;
      }
      if (found != null) {
        out.add(found);
        lastSeen.put(resolved[0], out.size());
        u = foundEnd + 1;
      } else {
        u++;
      }
    }
    return out;
  }

  private int next(int state, int keyId) {
    return state == 0 ? rootNext[keyId] : edges.get(state, keyId);
  }

  private boolean shortStart(TextIndex index, Units units, int u) {
    int length = units.computeFold(index, u);
    if (length < 0 || length > 2 * MAX_LOWER_START) {
      return false;
    }
    char[] f = units.fold();
    long h = FOLD_SEED;
    for (int c = 0; c < length; c++) {
      h = mix(h, f[c]);
    }
    return shortStarts.getLong(finish(h)) >= 0;
  }

  private void key(TextIndex index, Units units, int u, int[] ids, int[] genitives) {
    if (units.compute(index, u)) {
      ids[u] = keys.lookup(units.key(), units.keyLength) + KEY_OFFSET;
      genitives[u] =
          (units.computeGenitive() ? keys.lookup(units.key(), units.keyLength) : -1) + KEY_OFFSET;
    } else {
      ids[u] = KEY_OFFSET - 1;
      genitives[u] = KEY_OFFSET - 1;
    }
  }

  private boolean compound(TextIndex index, int firstToken, int lastToken) {
    int size = index.size();
    if (lastToken + 2 < size && Units.dash(index, lastToken + 1) && index.isAttached(lastToken + 1)
        && index.isAttached(lastToken + 2)) {
      return true;
    }
    return firstToken >= 2 && Units.dash(index, firstToken - 1) && index.isAttached(firstToken)
        && index.isAttached(firstToken - 1);
  }

  private Mention resolve(TextIndex index, Units units, int from, int to, int[] payload,
      boolean genitive, int[] resolved) {
    boolean capitalized = false;
    boolean upper = true;
    for (int k = from; k <= to; k++) {
      capitalized |= (units.flags[k] & Units.CAPITALIZED) != 0;
      upper = upper && units.upper(index, k);
    }
    int firstToken = units.first[from];
    int lastToken = units.last[to];
    if (compound(index, firstToken, lastToken)) {
      return null;
    }
    if (!capitalized) {
      return lowerCaseMention(index, firstToken, lastToken, genitive, resolved);
    }
    if (genitive && index.length(lastToken) < 1) {
      return null;
    }
    long hash = FOLD_SEED;
    for (int k = from; k <= to; k++) {
      units.compute(index, k);
      if (k > from) {
        hash = mix(hash, ' ');
      }
      char[] f = units.fold();
      int len = genitive && k == to ? units.foldLength - 1 : units.foldLength;
      for (int c = 0; c < len; c++) {
        hash = mix(hash, f[c]);
      }
    }
    int slot = folds.getLong(finish(hash));
    int[] exact = slot < 0 ? null : foldEntries.get(slot);
    int entity = -1;
    int kind = MatchKind.VARIANT.ordinal();
    boolean phoneticOnly = true;
    for (int x : payload) {
      if ((x & UPPER_ONLY) != 0 && !upper) {
        continue;
      }
      int e = x >>> 4;
      if (entity >= 0 && entity != e) {
        entity = -2;
        break;
      }
      entity = e;
    }
    if (exact != null) {
      int strict = -1;
      for (int x : exact) {
        int e = x >>> 4;
        if ((x & UPPER_ONLY) != 0 && !upper) {
          continue;
        }
        if (strict >= 0 && strict != e) {
          strict = -2;
          break;
        }
        strict = e;
      }
      if (strict >= 0) {
        entity = strict;
        phoneticOnly = false;
        kind = MatchKind.INFLECTION.ordinal();
        for (int x : exact) {
          if ((x >>> 4) == strict) {
            kind = Math.min(kind, (x >>> 1) & 7);
          }
        }
      }
    }
    if (entity < 0) {
      return null;
    }
    if ((phoneticOnly || KINDS[kind] == MatchKind.VARIANT)
        && from == to
        && index.length(lastToken) - (genitive ? 1 : 0) <= 3) {
      // a short word meeting a name only by its sound key or a generated spelling: "Man" is not
      // Oman (whose Arabic form romanises to "mn")
      return null;
    }
    MatchKind match = KINDS[kind];
    double score;
    switch (match) {
      case EXACT:
        score = 1.0;
        break;
      case ALIAS:
        score = 0.95;
        break;
      default:
        score = phoneticOnly ? 0.85 : 0.9;
        break;
    }
    if (genitive) {
      match = MatchKind.INFLECTION;
      score = Math.min(score, 0.9);
    }
    resolved[0] = entity;
    int start = index.start(firstToken);
    int end = index.end(lastToken);
    return new Mention(start, end, index.text().substring(start, end), entities.get(entity), match,
        score);
  }

  private Mention followUp(TextIndex index, Units units, int u, int[] ids, int[] genitives,
      Map<Integer, Integer> lastSeen, int[] resolved) {
    if ((units.flags[u] & Units.CAPITALIZED) == 0) {
      return null;
    }
    int id = ids[u] - KEY_OFFSET;
    int genitive = genitives[u] - KEY_OFFSET;
    int[] candidates = id >= 0 ? surnames[id] : null;
    if (candidates == null && genitive >= 0) {
      candidates = surnames[genitive];
    }
    if (candidates == null || compound(index, units.first[u], units.last[u])) {
      return null;
    }
    int best = -1;
    int bestSeen = -1;
    for (int e : candidates) {
      Integer seen = lastSeen.get(e);
      if (seen != null && seen > bestSeen) {
        best = e;
        bestSeen = seen;
      }
    }
    if (best < 0) {
      return null;
    }
    if (u + 1 < units.size) {
      int next = units.first[u + 1];
      if (ids[u + 1] == UNSET) {
        key(index, units, u + 1, ids, genitives);
      }
      int nextId = ids[u + 1] - KEY_OFFSET;
      boolean namePart = nextId >= 0 && nameParts.get(nextId);
      // adjacent words on one line: no sentence boundary can fall between them
      if ((units.flags[u + 1] & Units.CAPITALIZED) != 0 && (namePart || index.length(next) <= 3)
          && (index.flags(next) & TextIndex.NEWLINE_BEFORE) == 0 && !index.isAttached(next)
          && Character.isLetter(index.firstChar(next))) {
        // "Kim Yo Jung": the surname starts the full name of someone else
        return null;
      }
    }
    resolved[0] = best;
    int start = index.start(units.first[u]);
    int end = index.end(units.last[u]);
    return new Mention(start, end, index.text().substring(start, end), entities.get(best),
        MatchKind.FOLLOW_UP, 0.8);
  }
}
