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
