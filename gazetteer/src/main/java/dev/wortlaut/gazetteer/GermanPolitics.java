package dev.wortlaut.gazetteer;

import dev.wortlaut.Gazetteer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The default gazetteer of German political news: people, places and organisations that German news
 * writes about, with their German, English and native-script names.
 *
 * <p>About 2,000 entries: every country and territory of ISO 3166 with its German and English
 * names, capitals and cities often in the news with German exonyms ({@code Moskau}, {@code Peking},
 * {@code Kiew}), international organisations with German names and abbreviations ({@code
 * UN-Sicherheitsrat}, {@code IAEO}, {@code OSZE}), German federal bodies and parties, news
 * agencies, and heads of state and government and foreign ministers with the German spellings of
 * their names and, for names transliterated from another script, their native-script forms ({@code
 * Сергей Лавров}, {@code 최선희}). Ids are Wikidata ids where known. Attributes: {@code country}
 * (ISO code), {@code role}, {@code wikidata}. The file format and the selection rules are described
 * in {@code docs/gazetteer-format.md}; sources and licences in the {@code META-INF/NOTICE} of this
 * artifact.
 *
 * <p>Loaded lazily on first use and then shared; the returned gazetteer is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class GermanPolitics {

  static final String RESOURCE = "german-politics.tsv";

  private GermanPolitics() {}

  /**
   * Returns the default gazetteer.
   *
   * @return the shared gazetteer
   */
  public static Gazetteer gazetteer() {
    return Holder.GAZETTEER;
  }

  private static final class Holder {
    static final Gazetteer GAZETTEER = load();

    private static Gazetteer load() {
      try (InputStream in = GermanPolitics.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "bundled resource dev/wortlaut/gazetteer/" + RESOURCE + " is missing");
        }
        return Gazetteers.parse(in, RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled resource " + RESOURCE, e);
      }
    }
  }
}
