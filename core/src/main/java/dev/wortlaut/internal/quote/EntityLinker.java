package dev.wortlaut.internal.quote;

import dev.wortlaut.Entity;
import dev.wortlaut.EntityType;
import dev.wortlaut.Mention;
import dev.wortlaut.Span;
import dev.wortlaut.internal.text.TextIndex;
import java.util.List;
import java.util.Locale;

/**
 * Links a speaker span to a mention's entity: a mention inside the span (a person before an
 * organisation, the last name of an apposition first), or for a pronoun the nearest preceding person
 * whose gender does not contradict it. Gender comes from an entity attribute ({@code gender} or {@code
 * sex}) or from role nouns written before any of its mentions ({@code Außenministerin Choe}).
 */
final class EntityLinker {

  /** Pronoun resolution looks this many UTF-16 units back, roughly two paragraphs. */
  private static final int LOOK_BACK = 2000;

  private EntityLinker() {}

  static Entity link(TextIndex index, Lexicon lex, List<Mention> mentions, Span speaker) {
    if (mentions.isEmpty()) {
      return null;
    }
    Mention best = null;
    for (Mention m : mentions) {
      if (m.start() >= speaker.start() && m.end() <= speaker.end()) {
        if (best == null || rank(m) > rank(best) || (rank(m) == rank(best) && m.start() > best.start())) {
          best = m;
        }
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
    for (int k = mentions.size() - 1; k >= 0; k--) {
      Mention m = mentions.get(k);
      if (m.end() > speaker.start() || !m.entity().type().equals(EntityType.PERSON)) {
        continue;
      }
      if (speaker.start() - m.end() > LOOK_BACK) {
        break;
      }
      char g = gender(index, lex, mentions, m.entity());
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

  private static char gender(TextIndex index, Lexicon lex, List<Mention> mentions, Entity e) {
    String attr = e.attribute("gender");
    if (attr == null) {
      attr = e.attribute("sex");
    }
    if (attr != null && !attr.isEmpty()) {
      char c = Character.toLowerCase(attr.charAt(0));
      return c == 'f' || c == 'w' ? 'f' : c == 'm' ? 'm' : 0;
    }
    for (Mention m : mentions) {
      if (!m.entity().id().equals(e.id())) {
        continue;
      }
      int t = index.tokenAt(m.start());
      // skip titles and nationality adjectives directly before the name: "Außenministerin Choe"
      for (int k = t - 1; k >= 0 && k >= t - 2; k--) {
        char g = lex.genderOf(index.lower(k));
        if (g != 0 && index.isCapitalized(k)) {
          return g;
        }
      }
    }
    return 0;
  }
}
