package dev.wortlaut.internal.match;

import dev.wortlaut.internal.fold.Fold;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled exonym and alternate-name knowledge ({@code exonyms.txt}): groups of names of one place or
 * organisation. It lives in core so that it enriches user gazetteers as well as the default one.
 */
public final class Exonyms {

  private static final String RESOURCE = "exonyms.txt";
  private static final Map<String, List<String>> BY_FOLD = load();

  private Exonyms() {}

  private static Map<String, List<String>> load() {
    Map<String, List<String>> map = new HashMap<>();
    try (InputStream in = Exonyms.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource dev/wortlaut/internal/match/" + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        List<String> group = List.of(line.split("\\|"));
        for (String name : group) {
          map.computeIfAbsent(Fold.fold(name), k -> new ArrayList<>()).addAll(group);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + RESOURCE, e);
    }
    return map;
  }

  /**
   * Returns the other names of the group the name belongs to.
   *
   * @param name a name in any script
   * @return the group's names (including the name itself), empty when it belongs to no group
   */
  public static List<String> group(String name) {
    return BY_FOLD.getOrDefault(Fold.fold(name), List.of());
  }
}
