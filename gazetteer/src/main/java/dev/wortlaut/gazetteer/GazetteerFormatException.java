package dev.wortlaut.gazetteer;

/**
 * A gazetteer file is malformed. The message names the file, the line and the problem.
 *
 * @since 0.1.0
 */
public final class GazetteerFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  /**
   * Creates the exception.
   *
   * @param source the file or resource name
   * @param line the 1-based line number, or 0 when the problem concerns the whole file
   * @param problem what is wrong
   */
  public GazetteerFormatException(String source, int line, String problem) {
    super(source + (line > 0 ? ":" + line : "") + ": " + problem);
    this.source = source;
    this.line = line;
  }

  /**
   * Returns the file or resource name.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Returns the 1-based line number, or 0 for a problem of the whole file.
   *
   * @return the line
   */
  public int line() {
    return line;
  }
}
