package dev.wortlaut;

import dev.wortlaut.internal.match.NameIndex;
import dev.wortlaut.internal.text.TextIndex;
import java.util.List;
import java.util.Objects;

/**
 * Finds the names of a {@link Gazetteer}'s entities in German text, across transliterations,
 * inflections and surname-only follow-ups.
 *
 * <p>Instances are immutable and thread-safe: compile one per gazetteer with {@link #of(Gazetteer)} and
 * share it. Compiling does all the expensive work (variant generation, the automaton); {@link
 * #match(String)} is one linear pass over the text.
 *
 * <p>How names are found:
 *
 * <ul>
 *   <li>Every word is folded (case, diacritics, {@code ß -> ss}, apostrophes dropped) and reduced to a
 *       phonetic key of consonant classes ({@code w/v}, {@code sch/sh/š}, {@code tsch/ch/kh/č},
 *       {@code z/s/ts}, {@code j/y/i}, ...), on the gazetteer side and on the text side alike, so that
 *       {@code Lawrow}, {@code Lavrov}, {@code Selenskyj}, {@code Zelenskyy} and {@code Pjöngjang},
 *       {@code P'yŏngyang} meet without enumerating spellings. A hyphen between two words is the same
 *       as a space ({@code Son-hui = Son Hui}); a joined form ({@code Sonhui}) is compiled as a variant.
 *   <li>Native forms are transliterated at build time: Cyrillic in the German Duden transcription,
 *       BGN/PCGN and the scholarly system; Hangul in Revised Romanization, McCune–Reischauer and the
 *       DPRK/press style; Chinese in Pinyin; other scripts through a generic Latin transliteration.
 *   <li>Bundled exonym knowledge ({@code Moskau/Moscow/Москва}, {@code Kiew/Kyjiw/Kyiv}, {@code
 *       Vereinte Nationen/UN/UNO}, ...) enriches every entry of any gazetteer that carries one of a
 *       group's names.
 *   <li>Matches start and end at token boundaries; the longest match wins, then the earliest. A name
 *       must contain a capitalised word; a name that is part of a hyphenated compound ({@code
 *       Ukraine-Krise}) or a closed compound ({@code Kremlsprecher}), an adjective or demonym is not a
 *       mention. A genitive {@code -s} is part of the mention ({@link MatchKind#INFLECTION}); a trailing
 *       apostrophe is not. Abbreviations of up to three letters match only in upper case.
 *   <li>When two entities share a phonetic key, only their exact (folded) spellings are linked.
 *   <li>A person's surname alone (for family-name-first names such as Korean and Chinese ones also the
 *       family name) links to the person named most recently in the same document ({@link
 *       MatchKind#FOLLOW_UP}); a surname that nobody was named with earlier is not guessed.
 * </ul>
 *
 * @since 0.1.0
 */
public final class NameMatcher {

  private final Gazetteer gazetteer;
  private final NameIndex index;

  private NameMatcher(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.index = NameIndex.compile(gazetteer);
  }

  /**
   * Compiles a matcher for the gazetteer's entities.
   *
   * @param gazetteer the entities to look for
   * @return the matcher
   */
  public static NameMatcher of(Gazetteer gazetteer) {
    return new NameMatcher(Objects.requireNonNull(gazetteer, "gazetteer"));
  }

  /**
   * Returns the gazetteer this matcher was compiled from.
   *
   * @return the gazetteer
   */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * Finds the mentions in a document.
   *
   * @param text the document
   * @return the mentions, sorted by start offset, not overlapping
   */
  public List<Mention> match(String text) {
    return match(TextIndex.of(Objects.requireNonNull(text, "text")));
  }

  /**
   * Returns the number of name variants compiled into the automaton (canonical names, aliases, exonyms,
   * transliterations, joined and inflected forms, counted once per entity and spelling).
   *
   * @return the variant count
   */
  public int variantCount() {
    return index.variants();
  }

  List<Mention> match(TextIndex text) {
    return index.match(text);
  }
}
