package dev.wortlaut.gazetteer;

import dev.wortlaut.Entity;
import dev.wortlaut.EntityType;
import dev.wortlaut.Gazetteer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
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
 * <p>The format: UTF-8 text, one entity per line (LF or CRLF), columns separated by tabs; a leading
 * byte-order mark is ignored. The first line that is not a comment is the header and must name at
 * least the columns {@code id}, {@code type}, {@code name}, {@code aliases} and {@code native} (in any
 * order), each column once and none empty; further columns become attributes. A line
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
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    LineReader lines = new LineReader(in);
    Gazetteer.Builder builder = Gazetteer.builder();
    Map<String, Integer> seen = new HashMap<>();
    String[] header = null;
    int[] columns = null;
    int lineNumber = 0;
    try {
      ByteBuffer bytes;
      while ((bytes = lines.next()) != null) {
        lineNumber++;
        String line;
        try {
          line = decoder.decode(bytes).toString();
        } catch (CharacterCodingException e) {
          throw new GazetteerFormatException(source, lineNumber, "invalid UTF-8");
        }
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

  private static int[] headerColumns(String[] header, String source, int line) {
    // required columns first: a data line taken for the header is reported as such
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
    for (int c = 0; c < header.length; c++) {
      String column = header[c].strip();
      if (column.isEmpty()) {
        throw new GazetteerFormatException(source, line, "header column " + (c + 1) + " is empty");
      }
      for (int d = 0; d < c; d++) {
        if (header[d].strip().equals(column)) {
          throw new GazetteerFormatException(
              source, line, "header names the column '" + column + "' twice");
        }
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

  /**
   * Splits a byte stream into lines before decoding, so that an encoding error is reported on the
   * line that holds it (a decoding reader reads ahead and fails lines too early). Accepts LF and
   * CRLF line ends.
   */
  private static final class LineReader {
    private final InputStream in;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;
    private byte[] line = new byte[256];

    LineReader(InputStream in) {
      this.in = in;
    }

    ByteBuffer next() throws IOException {
      int length = 0;
      boolean any = false;
      while (true) {
        if (position == limit) {
          limit = in.read(buffer);
          position = 0;
          if (limit <= 0) {
            limit = 0;
            return any ? lineBuffer(length) : null;
          }
        }
        any = true;
        byte b = buffer[position++];
        if (b == '\n') {
          return lineBuffer(length);
        }
        if (length == line.length) {
          line = Arrays.copyOf(line, length * 2);
        }
        line[length++] = b;
      }
    }

    private ByteBuffer lineBuffer(int length) {
      int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
      return ByteBuffer.wrap(line, 0, end);
    }
  }
}
