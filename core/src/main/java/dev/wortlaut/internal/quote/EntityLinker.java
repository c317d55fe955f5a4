package dev.wortlaut.internal.quote;

import dev.wortlaut.Entity;
import dev.wortlaut.EntityType;
import dev.wortlaut.Mention;
import dev.wortlaut.Span;
import dev.wortlaut.internal.text.TextIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Links a speaker span to a mention's entity: a mention inside the span (a person before an
 * organisation, the last name of an apposition first), or for a pronoun the nearest preceding person
 * whose gender does not contradict it. Gender comes from an entity attribute ({@code gender} or {@code
 * sex}) or from role nouns written before any of its mentions ({@code Außenministerin Choe}).
 */
final class EntityLinker {

  /** Pronoun resolution looks this many UTF-16 units back, roughly two paragraphs. */
  private static final int LOOK_BACK = 2000;

  /** Pronoun resolution considers at most this many preceding person mentions. */
  private static final int MAX_CANDIDATES = 32;

  private final TextIndex index;
  private final Lexicon lex;
  /** The document's mentions sorted by start offset. */
  private final List<Mention> mentions;
  private final int[] starts;
  /** Gender per entity id, computed once per document: 'm', 'f' or 0 (unknown). */
  private final Map<String, Character> genders = new HashMap<>();

  EntityLinker(TextIndex index, Lexicon lex, List<Mention> mentions) {
    this.index = index;
    this.lex = lex;
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparingInt(Mention::start));
    this.mentions = sorted;
    this.starts = new int[sorted.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = sorted.get(i).start();
    }
    // one pass: a role noun written before any mention of an entity gives its gender
    for (Mention m : sorted) {
      if (!genders.containsKey(m.entity().id()) || genders.get(m.entity().id()) == 0) {
        char g = attributeGender(m.entity());
        if (g == 0) {
          g = contextGender(m);
        }
        genders.put(m.entity().id(), g);
      }
    }
  }

  /** The first mention index whose start is at or after {@code offset}. */
  private int firstAtOrAfter(int offset) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  Entity link(Span speaker) {
    if (mentions.isEmpty()) {
      return null;
    }
    Mention best = null;
    for (int k = firstAtOrAfter(speaker.start()); k < starts.length && starts[k] < speaker.end(); k++) {
      Mention m = mentions.get(k);
      if (m.end() <= speaker.end()
          && (best == null || rank(m) > rank(best) || (rank(m) == rank(best) && m.start() > best.start()))) {
        best = m;
      }
    }
    if (best != null) {
      return best.entity();
    }
    String p = speaker.text().toLowerCase(Locale.ROOT);
    char wanted;
    if (p.equals("er") || p.equals("dieser")) {
      wanted = 'm';
    } else if (p.equals("sie") || p.equals("diese")) {
      wanted = 'f';
    } else {
      return null;
    }
    Mention fallback = null;
    int candidates = 0;
    for (int k = firstAtOrAfter(speaker.start()) - 1; k >= 0 && candidates < MAX_CANDIDATES; k--) {
      Mention m = mentions.get(k);
      if (speaker.start() - m.end() > LOOK_BACK) {
        break;
      }
      if (m.end() > speaker.start() || !m.entity().type().equals(EntityType.PERSON)) {
        continue;
      }
      candidates++;
      char g = genders.getOrDefault(m.entity().id(), (char) 0);
      if (g == wanted) {
        return m.entity();
      }
      if (g == 0 && fallback == null) {
        fallback = m;
      }
    }
    return fallback == null ? null : fallback.entity();
  }

  private static int rank(Mention m) {
    EntityType t = m.entity().type();
    return t.equals(EntityType.PERSON) ? 2 : t.equals(EntityType.ORGANISATION) ? 1 : 0;
  }

  private static char attributeGender(Entity e) {
    String attr = e.attribute("gender");
    if (attr == null) {
      attr = e.attribute("sex");
    }
    if (attr != null && !attr.isEmpty()) {
      char c = Character.toLowerCase(attr.charAt(0));
      return c == 'f' || c == 'w' ? 'f' : c == 'm' ? 'm' : 0;
    }
    return 0;
  }

  private char contextGender(Mention m) {
    int t = index.tokenAt(m.start());
    // titles and nationality adjectives directly before the name: "Außenministerin Choe"
    for (int k = t - 1; k >= 0 && k >= t - 2; k--) {
      if (index.isCapitalized(k)) {
        char g = lex.genderOf(index.lower(k));
        if (g != 0) {
          return g;
        }
      }
    }
    return 0;
  }
}
