package dev.wortlaut.internal.text;

import java.util.Objects;

/**
 * The per-document index every engine reads: tokens with {@code [start, end)} offsets and a {@link
 * TokenShape}, the white space between them, and sentences.
 *
 * <p>Built once per document in one linear pass ({@link #of(String)}); immutable apart from lazily
 * filled caches (token strings, sentences), so an instance belongs to the thread that analyses the
 * document.
 * Tokens never split a surrogate pair; white space is not a token.
 */
public final class TextIndex {

  /** White space precedes the token. */
  public static final int SPACE_BEFORE = 1;
  /** A line break precedes the token. */
  public static final int NEWLINE_BEFORE = 2;
  /** A blank line (or the start of the text) precedes the token: a new paragraph begins. */
  public static final int PARAGRAPH_BEFORE = 4;
  /** Internal flag: the token starts with an upper-case letter; not reported by {@link #flags}. */
  static final int CAPITALIZED = 8;
  private static final int WHITE_SPACE_FLAGS = SPACE_BEFORE | NEWLINE_BEFORE | PARAGRAPH_BEFORE;

  private static final TokenShape[] SHAPES = TokenShape.values();

  private final String text;
  private final int size;
  private final int[] starts;
  private final int[] ends;
  private final byte[] shapes;
  private final byte[] flags;
  /**
   * Sentence {@code s} covers tokens {@code [sentenceStarts[s], sentenceStarts[s + 1])}; split on first
   * use, since name matching alone never asks for sentences.
   */
  private int[] sentenceStarts;
  private int sentenceCount;

  private String[] texts;
  private String[] lowers;
  /** The document's characters, for the per-character loops of {@link WordMap}. */
  final char[] chars;
  /** Per token, the hash of its lower case as {@link WordMap} computes it; filled on first use. */
  private int[] lowerHashes;

  private TextIndex(String text, Tokens tokens) {
    this.text = text;
    this.size = tokens.size;
    this.starts = tokens.starts;
    this.ends = tokens.ends;
    this.shapes = tokens.shapes;
    this.flags = tokens.flags;
    this.chars = tokens.chars;
  }

  /** The character at UTF-16 index {@code offset} of the document, lower-cased as {@link WordMap#lower}. */
  public char lowerCharAt(int offset) {
    return WordMap.lower(chars[offset]);
  }

  /** The hash of token {@code i} in lower case, as {@link WordMap} computes it. */
  int lowerHash(int i) {
    int[] h = lowerHashes;
    if (h == null) {
      h = new int[size];
      char[] cs = chars;
      for (int t = 0; t < size; t++) {
        int hash = 0;
        for (int k = starts[t], end = ends[t]; k < end; k++) {
          hash = 31 * hash + WordMap.lower(cs[k]);
        }
        h[t] = hash;
      }
      lowerHashes = h;
    }
    return h[i];
  }

  private int[] sentences() {
    int[] s = sentenceStarts;
    if (s == null) {
      s = SentenceSplitter.split(this);
      sentenceCount = s.length - 1;
      sentenceStarts = s;
    }
    return s;
  }

  /**
   * Tokenizes a document (sentences are split when first asked for).
   *
   * @param text the document
   * @return the index
   */
  public static TextIndex of(String text) {
    Objects.requireNonNull(text, "text");
    return new TextIndex(text, Tokenizer.tokenize(text));
  }

  /** The document. */
  public String text() {
    return text;
  }

  /** The number of tokens. */
  public int size() {
    return size;
  }

  /** The first UTF-16 index of token {@code i}. */
  public int start(int i) {
    return starts[i];
  }

  /** The UTF-16 index after token {@code i}. */
  public int end(int i) {
    return ends[i];
  }

  /** The token's length in UTF-16 code units. */
  public int length(int i) {
    return ends[i] - starts[i];
  }

  /** The shape of token {@code i}. */
  public TokenShape shape(int i) {
    return SHAPES[shapes[i]];
  }

  /** The white-space flags of token {@code i} ({@link #SPACE_BEFORE} and the others). */
  public int flags(int i) {
    return flags[i] & WHITE_SPACE_FLAGS;
  }

  /** Whether token {@code i} directly follows the previous token with no white space between them. */
  public boolean isAttached(int i) {
    return i > 0 && (flags[i] & SPACE_BEFORE) == 0;
  }

  /** Whether a new paragraph begins at token {@code i}. */
  public boolean startsParagraph(int i) {
    return (flags[i] & PARAGRAPH_BEFORE) != 0;
  }

  /** The first character of token {@code i}. */
  public char firstChar(int i) {
    return text.charAt(starts[i]);
  }

  /** Whether token {@code i} is the single character {@code c}. */
  public boolean is(int i, char c) {
    return ends[i] - starts[i] == 1 && text.charAt(starts[i]) == c;
  }

  /** Whether token {@code i} starts with an upper-case letter. */
  public boolean isCapitalized(int i) {
    return (flags[i] & CAPITALIZED) != 0;
  }

  /** Whether token {@code i} equals {@code s} exactly. */
  public boolean equals(int i, String s) {
    int len = ends[i] - starts[i];
    return len == s.length() && text.regionMatches(starts[i], s, 0, len);
  }

  /**
   * Whether token {@code i} in lower case equals {@code lower}, as {@code lower(i).equals(lower)} but
   * without building the lower-case string.
   */
  public boolean equalsLower(int i, String lower) {
    int start = starts[i];
    int len = ends[i] - start;
    if (len != lower.length()) {
      return false;
    }
    char[] cs = chars;
    for (int k = 0; k < len; k++) {
      if (WordMap.lower(cs[start + k]) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The text of token {@code i} (cached). */
  public String text(int i) {
    if (texts == null) {
      texts = new String[size];
    }
    String s = texts[i];
    if (s == null) {
      s = text.substring(starts[i], ends[i]);
      texts[i] = s;
    }
    return s;
  }

  /** The text of token {@code i} in lower case, locale-independent (cached). */
  public String lower(int i) {
    if (lowers == null) {
      lowers = new String[size];
    }
    String s = lowers[i];
    if (s == null) {
      s = text(i).toLowerCase(java.util.Locale.ROOT);
      lowers[i] = s;
    }
    return s;
  }

  /** The number of sentences. */
  public int sentenceCount() {
    sentences();
    return sentenceCount;
  }

  /** The first token of sentence {@code s}. */
  public int sentenceFirstToken(int s) {
    return sentences()[s];
  }

  /** The token after the last token of sentence {@code s}. */
  public int sentenceEndToken(int s) {
    return sentences()[s + 1];
  }

  /** The first UTF-16 index of sentence {@code s}. */
  public int sentenceStart(int s) {
    return starts[sentences()[s]];
  }

  /** The UTF-16 index after sentence {@code s}. */
  public int sentenceEnd(int s) {
    return ends[sentences()[s + 1] - 1];
  }

  /** The sentence that contains token {@code i} (binary search). */
  public int sentenceOf(int token) {
    int[] bounds = sentences();
    int lo = 0;
    int hi = sentenceCount - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (bounds[mid] <= token) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /**
   * The first token whose end lies after {@code offset}: the token containing the offset, or the next
   * one ({@code size()} when there is none).
   */
  public int tokenAt(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Growable token arrays, filled by the tokenizer. */
  static final class Tokens {
    int size;
    int[] starts;
    int[] ends;
    byte[] shapes;
    byte[] flags;
    char[] chars;

    Tokens(int capacity) {
      starts = new int[capacity];
      ends = new int[capacity];
      shapes = new byte[capacity];
      flags = new byte[capacity];
    }

    void add(int start, int end, TokenShape shape, int flag) {
      if (size == starts.length) {
        int capacity = Math.max(16, size + (size >> 1));
        starts = java.util.Arrays.copyOf(starts, capacity);
        ends = java.util.Arrays.copyOf(ends, capacity);
        shapes = java.util.Arrays.copyOf(shapes, capacity);
        flags = java.util.Arrays.copyOf(flags, capacity);
      }
      starts[size] = start;
      ends[size] = end;
      shapes[size] = (byte) shape.ordinal();
      flags[size] = (byte) flag;
      size++;
    }
  }
}
