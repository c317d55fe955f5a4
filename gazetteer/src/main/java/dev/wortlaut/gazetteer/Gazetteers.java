package dev.wortlaut.gazetteer;

import dev.wortlaut.Entity;
import dev.wortlaut.EntityType;
import dev.wortlaut.Gazetteer;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads gazetteers in the Wortlaut TSV format.
 *
 * <p>The format: UTF-8 text, one entity per line, columns separated by tabs. The first line that is
 * not a comment is the header and must name at least the columns {@code id}, {@code type}, {@code
 * name}, {@code aliases} and {@code native} (in any order); further columns become attributes. A line
 * starting with {@code #} is a comment; blank lines are skipped. {@code aliases} and {@code native}
 * hold several values separated by {@code |} and may be empty. {@code type} is {@code person}, {@code
 * place}, {@code org} or another lower-case word.
 *
 * <pre>
 * id	type	name	aliases	native	country
 * lavrov	person	Sergey Lavrov	Sergei Lavrov	Сергей Лавров	RU
 * </pre>
 *
 * <p>Loading is all or nothing: a malformed line fails the whole load with a {@link
 * GazetteerFormatException} naming the file, the line and the problem.
 *
 * @since 0.1.0
 */
public final class Gazetteers {

  private static final List<String> REQUIRED = List.of("id", "type", "name", "aliases", "native");

  private Gazetteers() {}

  /**
   * Loads a gazetteer file.
   *
   * @param path the file
   * @return the gazetteer
   * @throws GazetteerFormatException if the file is malformed or not valid UTF-8
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Gazetteer load(Path path) {
    Objects.requireNonNull(path, "path");
    try (InputStream in = Files.newInputStream(path)) {
      return parse(in, path.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses a gazetteer from a stream of UTF-8 TSV text.
   *
   * @param in the stream; not closed
   * @param source the name used in error messages (a file name)
   * @return the gazetteer
   * @throws GazetteerFormatException if the text is malformed or not valid UTF-8
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static Gazetteer parse(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Gazetteer.Builder builder = Gazetteer.builder();
    Map<String, Integer> seen = new HashMap<>();
    String[] header = null;
    int[] columns = null;
    int lineNumber = 0;
    try {
      // Lines are split on bytes and decoded one by one, so that invalid UTF-8 is reported on its own
      // line (a buffered reader decodes ahead and would blame an earlier line).
      LineReader lines = new LineReader(in);
      byte[] raw;
      while ((raw = lines.next()) != null) {
        lineNumber++;
        String line = decode(raw, lines.length(), source, lineNumber);
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (header == null) {
          header = fields;
          columns = headerColumns(fields, source, lineNumber);
          continue;
        }
        if (fields.length != header.length) {
          throw new GazetteerFormatException(
              source,
              lineNumber,
              "expected " + header.length + " tab-separated columns but found " + fields.length);
        }
        Entity entity = entity(fields, header, columns, source, lineNumber);
        Integer previous = seen.putIfAbsent(entity.id(), lineNumber);
        if (previous != null) {
          throw new GazetteerFormatException(
              source, lineNumber, "duplicate id '" + entity.id() + "' (first on line " + previous + ")");
        }
        builder.add(entity);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer " + source, e);
    }
    if (header == null) {
      throw new GazetteerFormatException(source, 0, "no header line (expected " + REQUIRED + ")");
    }
    return builder.build();
  }

  private static String decode(byte[] raw, int length, String source, int line) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(raw, 0, length))
          .toString();
    } catch (CharacterCodingException e) {
      throw new GazetteerFormatException(source, line, "invalid UTF-8");
    }
  }

  /** Splits a byte stream into lines ending in LF, CR LF or CR, as {@link java.io.BufferedReader} does. */
  private static final class LineReader {
    private final InputStream in;
    private byte[] line = new byte[256];
    private int length;
    private int pending = -2;

    LineReader(InputStream in) {
      this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in);
    }

    /** The next line without its terminator (valid for {@link #length()} bytes), or null at the end. */
    byte[] next() throws IOException {
      length = 0;
      int b = pending == -2 ? in.read() : pending;
      pending = -2;
      if (b < 0) {
        return null;
      }
      while (b >= 0 && b != '\n' && b != '\r') {
        if (length == line.length) {
          line = Arrays.copyOf(line, length * 2);
        }
        line[length++] = (byte) b;
        b = in.read();
      }
      if (b == '\r') {
        int after = in.read();
        if (after != '\n') {
          pending = after;
        }
      }
      return line;
    }

    int length() {
      return length;
    }
  }

  private static int[] headerColumns(String[] header, String source, int line) {
    int[] columns = new int[REQUIRED.size()];
    for (int r = 0; r < REQUIRED.size(); r++) {
      columns[r] = -1;
      for (int c = 0; c < header.length; c++) {
        if (header[c].strip().equals(REQUIRED.get(r))) {
          columns[r] = c;
        }
      }
      if (columns[r] < 0) {
        throw new GazetteerFormatException(
            source, line, "header lacks the column '" + REQUIRED.get(r) + "' (required: " + REQUIRED + ")");
      }
    }
    return columns;
  }

  private static Entity entity(
      String[] fields, String[] header, int[] columns, String source, int line) {
    String id = fields[columns[0]].strip();
    String type = fields[columns[1]].strip();
    String name = fields[columns[2]].strip();
    if (id.isEmpty()) {
      throw new GazetteerFormatException(source, line, "empty id");
    }
    if (name.isEmpty()) {
      throw new GazetteerFormatException(source, line, "empty name for id '" + id + "'");
    }
    EntityType entityType;
    try {
      entityType = EntityType.of(type);
    } catch (IllegalArgumentException e) {
      throw new GazetteerFormatException(
          source, line, "bad type '" + type + "' for id '" + id + "': " + e.getMessage());
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int c = 0; c < header.length; c++) {
      boolean required = false;
      for (int column : columns) {
        required |= column == c;
      }
      if (!required && !fields[c].isBlank()) {
        attributes.put(header[c].strip(), fields[c].strip());
      }
    }
    return new Entity(
        id,
        entityType,
        name,
        split(fields[columns[3]]),
        split(fields[columns[4]]),
        attributes);
  }

  private static List<String> split(String field) {
    List<String> values = new ArrayList<>();
    for (String value : field.split("\\|", -1)) {
      String v = value.strip();
      if (!v.isEmpty()) {
        values.add(v);
      }
    }
    return values;
  }
}
