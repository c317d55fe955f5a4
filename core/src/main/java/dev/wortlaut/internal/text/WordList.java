package dev.wortlaut.internal.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the bundled word lists: UTF-8, one entry per line, {@code #} starts a comment line, blank lines
 * are skipped. A missing resource is a packaging bug and fails with an unchecked exception naming it.
 */
public final class WordList {

  private WordList() {}

  /**
   * Reads a resource relative to {@code anchor}'s package.
   *
   * @param anchor a class in the same module and package as the resource
   * @param name the resource file name
   * @return the trimmed lines in file order, comments and blank lines removed
   */
  public static List<String> read(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "bundled resource " + anchor.getPackageName().replace('.', '/') + "/" + name
                + " is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && trimmed.charAt(0) != '#') {
          lines.add(trimmed);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + name, e);
    }
  }
}
