package dev.wortlaut.internal.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable map from lower-case words to values that is looked up with a token of a {@link
 * TextIndex} directly, lower-casing character by character: the hot paths ask "is this token one of
 * our words?" for every token of a document, and most tokens are not, so building a lower-case
 * {@code String} for each would be wasted work.
 *
 * <p>A lookup gives the same answer as {@code map.get(index.lower(token))}: characters are
 * lower-cased with {@link Character#toLowerCase(char)}, which agrees with {@link
 * String#toLowerCase(Locale) String.toLowerCase(Locale.ROOT)} on every character a key may hold
 * (capital I with dot above, which lower-cases to two characters, never matches). Keys must be
 * lower case and free of surrogates and Greek sigma; {@link #of} rejects others.
 *
 * @param <V> the value type
 */
public final class WordMap<V> {

  private static final char NO_MATCH = '\uFFFF';

  private final String[] keys;
  private final int[] hashes;
  private final Object[] values;
  private final int mask;
  private final int size;
  private final int maxLength;

  private WordMap(Map<String, ? extends V> map) {
    int capacity = Integer.highestOneBit(Math.max(4, map.size() * 2 - 1)) << 1;
    keys = new String[capacity];
    hashes = new int[capacity];
    values = new Object[capacity];
    mask = capacity - 1;
    int longest = 0;
    for (Map.Entry<String, ? extends V> e : map.entrySet()) {
      String key = Objects.requireNonNull(e.getKey(), "key");
      V value = Objects.requireNonNull(e.getValue(), "value");
      if (!key.toLowerCase(Locale.ROOT).equals(key) || hasUnsupported(key)) {
        throw new IllegalArgumentException("word-map key is not a lower-case word: " + key);
      }
      int h = key.hashCode();
      int slot = spread(h) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      hashes[slot] = h;
      values[slot] = value;
      longest = Math.max(longest, key.length());
    }
    size = map.size();
    maxLength = longest;
  }

  /**
   * Copies a map whose keys are lower-case words.
   *
   * @throws IllegalArgumentException when a key is not lower case or holds a surrogate
   */
  public static <V> WordMap<V> of(Map<String, ? extends V> map) {
    return new WordMap<>(map);
  }

  /**
   * A set of lower-case words: {@link #contains} answers, {@link #get} gives {@link Boolean#TRUE}.
   *
   * @throws IllegalArgumentException when a word is not lower case or holds a surrogate
   */
  public static WordMap<Boolean> ofWords(Collection<String> words) {
    Map<String, Boolean> map = new java.util.HashMap<>(words.size() * 2);
    for (String w : words) {
      map.put(w, Boolean.TRUE);
    }
    return new WordMap<>(map);
  }

  private static boolean hasUnsupported(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      // final and medial sigma: String.toLowerCase chooses between them by context
      if (Character.isSurrogate(c) || c == NO_MATCH || c == '\u03c2' || c == '\u03c3') {
        return true;
      }
    }
    return false;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  private static final char[] LATIN1_LOWER = new char[256];

  static {
    for (char c = 0; c < 256; c++) {
      LATIN1_LOWER[c] = Character.toLowerCase(c);
    }
  }

  /** The character in lower case, as {@code String.toLowerCase(Locale.ROOT)} would give it alone. */
  public static char lower(char c) {
    if (c < 256) {
      return LATIN1_LOWER[c];
    }
    return c == '\u0130' ? NO_MATCH : Character.toLowerCase(c);
  }

  /** The number of words. */
  public int size() {
    return size;
  }

  /** The value of token {@code token} of {@code index}, lower-cased, or {@code null}. */
  @SuppressWarnings("unchecked")
  public V get(TextIndex index, int token) {
    int from = index.start(token);
    int length = index.end(token) - from;
    if (length > maxLength || length <= 0) {
      return null;
    }
    int h = index.lowerHash(token);
    char[] cs = index.chars;
    int slot = spread(h) & mask;
    String key;
    while ((key = keys[slot]) != null) {
      if (hashes[slot] == h && key.length() == length && sameLower(cs, from, key)) {
        return (V) values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }

  /** Whether token {@code token} of {@code index}, lower-cased, is a key. */
  public boolean contains(TextIndex index, int token) {
    return get(index, token) != null;
  }

  /** Whether the document characters {@code [from, to)} of {@code index}, lower-cased, are a key. */
  public boolean containsRange(TextIndex index, int from, int to) {
    int length = to - from;
    if (length > maxLength || length <= 0) {
      return false;
    }
    char[] cs = index.chars;
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + lower(cs[i]);
    }
    int slot = spread(h) & mask;
    String key;
    while ((key = keys[slot]) != null) {
      if (hashes[slot] == h && key.length() == length && sameLower(cs, from, key)) {
        return true;
      }
      slot = (slot + 1) & mask;
    }
    return false;
  }

  /** Whether {@code text[from, to)}, lower-cased, is a key. */
  public boolean contains(CharSequence text, int from, int to) {
    return get(text, from, to) != null;
  }

  /** The value of {@code text[from, to)}, lower-cased, or {@code null}. */
  @SuppressWarnings("unchecked")
  public V get(CharSequence text, int from, int to) {
    int length = to - from;
    if (length > maxLength || length <= 0) {
      return null;
    }
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + lower(text.charAt(i));
    }
    int slot = spread(h) & mask;
    String key;
    while ((key = keys[slot]) != null) {
      if (hashes[slot] == h && key.length() == length && sameLower(text, from, key)) {
        return (V) values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }

  /** The value of an already lower-cased word, or {@code null}. */
  public V get(String lower) {
    return get(lower, 0, lower.length());
  }

  private static boolean sameLower(char[] text, int from, String key) {
    for (int k = 0; k < key.length(); k++) {
      if (lower(text[from + k]) != key.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameLower(CharSequence text, int from, String key) {
    for (int k = 0; k < key.length(); k++) {
      if (lower(text.charAt(from + k)) != key.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
