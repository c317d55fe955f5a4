package dev.wortlaut.examples.cli;

/** Input the tool cannot process; its message is printed as the one-line error. */
final class BadInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
