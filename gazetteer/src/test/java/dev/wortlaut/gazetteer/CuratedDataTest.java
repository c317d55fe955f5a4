package dev.wortlaut.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.wortlaut.Entity;
import dev.wortlaut.Gazetteer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Checks that the shipped gazetteer was regenerated after the last change of the hand-curated
 * input ({@code tools/curated.tsv}): every curated row's name, aliases and native forms are in it.
 */
final class CuratedDataTest {

  private static final Path CURATED =
      Path.of(System.getProperty("wortlaut.curated", "tools/curated.tsv"));

  @Test
  void everyCuratedRow_isInTheShippedGazetteer() throws IOException {
    assumeTrue(Files.isRegularFile(CURATED), () -> "no curated input at " + CURATED.toAbsolutePath());
    Gazetteer gazetteer = GermanPolitics.gazetteer();
    List<String> lines = Files.readAllLines(CURATED, StandardCharsets.UTF_8);
    List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
    int id = header.indexOf("id");
    int type = header.indexOf("type");
    int name = header.indexOf("name");
    int aliases = header.indexOf("aliases");
    int natives = header.indexOf("native");
    int country = header.indexOf("country");
    int role = header.indexOf("role");
    List<String> stale = new ArrayList<>();
    int rows = 0;

    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      rows++;
      String[] f = line.split("\t", -1);
      Optional<Entity> entity =
          f[id].isEmpty()
              ? gazetteer.entities().stream()
                  .filter(e -> e.type().name().equals(f[type]))
                  .filter(e -> f[country].isEmpty() || f[country].equals(e.attribute("country")))
                  .filter(
                      e ->
                          f[name].isEmpty()
                              ? "country".equals(f[role]) && "country".equals(e.attribute("role"))
                              : e.name().equals(f[name]))
                  .findFirst()
              : gazetteer.entity(f[id]);
      if (entity.isEmpty()) {
        stale.add("missing: " + line);
        continue;
      }
      Set<String> forms = new HashSet<>(entity.get().aliases());
      forms.add(entity.get().name());
      Set<String> nativeForms = new HashSet<>(entity.get().natives());
      for (String alias : f[aliases].split("\\|")) {
        if (!alias.isBlank() && !forms.contains(alias.strip())) {
          stale.add(entity.get().id() + " lacks alias " + alias);
        }
      }
      for (String form : f[natives].split("\\|")) {
        if (!form.isBlank() && !nativeForms.contains(form.strip())) {
          stale.add(entity.get().id() + " lacks native form " + form);
        }
      }
    }

    int curatedRows = rows;
    assertTrue(curatedRows > 300, () -> "curated rows: " + curatedRows);
    assertEquals(List.of(), stale, "regenerate with gazetteer/tools/build_gazetteer.py");
  }
}
