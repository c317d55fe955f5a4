package dev.wortlaut;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable string map over two sorted arrays: iteration follows key order, so an entity's
 * attributes print the same in every run, and it costs two arrays instead of a node per entry.
 */
final class SortedAttributes extends AbstractMap<String, String> {

  private static final SortedAttributes EMPTY = new SortedAttributes(new String[0], new String[0]);

  private final String[] keys;
  private final String[] values;

  private SortedAttributes(String[] keys, String[] values) {
    this.keys = keys;
    this.values = values;
  }

  /** Copies a map, rejecting null keys and values. */
  static Map<String, String> copyOf(Map<String, String> map) {
    if (map instanceof SortedAttributes) {
      return map;
    }
    if (map.isEmpty()) {
      return EMPTY;
    }
    String[] keys = new String[map.size()];
    int n = 0;
    for (String key : map.keySet()) {
      keys[n++] = Objects.requireNonNull(key, "attribute key");
    }
    Arrays.sort(keys);
    String[] values = new String[n];
    for (int i = 0; i < n; i++) {
      String key = keys[i];
      values[i] = Objects.requireNonNull(map.get(key), () -> "attribute value of '" + key + "'");
    }
    return new SortedAttributes(keys, values);
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String && Arrays.binarySearch(keys, key) >= 0;
  }

  @Override
  public String get(Object key) {
    if (!(key instanceof String)) {
      return null;
    }
    int i = Arrays.binarySearch(keys, key);
    return i >= 0 ? values[i] : null;
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return keys.length;
      }

      @Override
      public Iterator<Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          public Entry<String, String> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(keys[i], values[i]);
          }
        };
      }
    };
  }
}
