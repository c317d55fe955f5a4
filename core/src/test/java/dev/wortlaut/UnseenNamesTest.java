package dev.wortlaut;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Generalisation check: a gazetteer that holds only the English canonical name and the native form must
 * link the press spellings listed in {@code unseen-names.tsv} (written independently of the rules), and
 * link nothing to the wrong entity.
 */
final class UnseenNamesTest {

  @Test
  void pressSpellings_areLinkedFromCanonicalAndNativeOnly() throws IOException {
    String table;
    try (InputStream in = getClass().getResourceAsStream("/unseen-names.tsv")) {
      table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Gazetteer.Builder builder = Gazetteer.builder();
    List<String[]> rows = new ArrayList<>();
    for (String line : table.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] row = line.split("\t");
      rows.add(row);
      builder.add(new Entity("e" + rows.size(), EntityType.PERSON, row[0], List.of(), List.of(row[1]),
          Map.of()));
    }
    NameMatcher matcher = NameMatcher.of(builder.build());
    int total = 0;
    int linked = 0;
    List<String> missed = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      for (String spelling : rows.get(i)[2].split("\\|")) {
        total++;
        String text = "Am Montag sagte " + spelling + " in einer Rede.";
        List<Mention> mentions = matcher.match(text);
        boolean ok = mentions.size() == 1 && mentions.get(0).text().equals(spelling);
        if (ok) {
          assertEquals("e" + (i + 1), mentions.get(0).entity().id(), "wrong entity for " + spelling);
          linked++;
        } else {
          missed.add(spelling);
        }
      }
    }
    String summary = "linked " + linked + "/" + total + "; missed " + missed;
    System.out.println("unseen names " + summary);
    assertTrue((double) linked / total >= 0.95, summary);
  }
}
