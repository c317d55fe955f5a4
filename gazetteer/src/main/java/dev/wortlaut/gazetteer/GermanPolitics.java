package dev.wortlaut.gazetteer;

import dev.wortlaut.Gazetteer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The default gazetteer of German political news: people, places and organisations that German news
 * writes about, with their German, English and native-script names.
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
