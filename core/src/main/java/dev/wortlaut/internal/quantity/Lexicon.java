package dev.wortlaut.internal.quantity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the bundled tab-separated data files of this package. A malformed line is a packaging bug and
 * fails with the file name and line number.
 */
final class Lexicon {

  private Lexicon() {}

  /** One data line, split at tabs, with its position for error messages. */
  record Row(String file, int line, String[] fields) {

    String field(int i) {
      return fields[i];
    }

    IllegalStateException error(String message) {
      return new IllegalStateException(
          "bundled resource dev/wortlaut/internal/quantity/" + file + ":" + line + ": " + message);
    }
  }

  static List<Row> read(String file, int minFields, int maxFields) {
    try (InputStream in = Lexicon.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException(
            "bundled resource dev/wortlaut/internal/quantity/" + file + " is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Row> rows = new ArrayList<>();
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.charAt(0) == '#') {
          continue;
        }
        String[] fields = line.strip().split("\t", -1);
        Row row = new Row(file, number, fields);
        if (fields.length < minFields || fields.length > maxFields) {
          throw row.error(
              "expected " + minFields + " to " + maxFields + " tab-separated fields, found "
                  + fields.length);
        }
        for (String f : fields) {
          if (f.isEmpty()) {
            throw row.error("empty field");
          }
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + file, e);
    }
  }
}
