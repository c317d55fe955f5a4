package dev.wortlaut;

/** Shared offset validation for the result records. */
final class Offsets {

  private Offsets() {}

  static void check(int start, int end, String text) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
    if (text.length() != end - start) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") has length " + (end - start) + " but text '" + text
              + "' has length " + text.length());
    }
  }
}
