package dev.wortlaut.internal.match;

import java.util.Arrays;

/**
 * Interns word keys to dense ids; looks a key up straight from a char buffer without allocating.
 * Open addressing over one {@code long} per slot holding the key's hash and id, so that a probe for a
 * word that is no key (the common case in running text) touches one cache line and compares no
 * characters. Mutable while building, read-only afterwards.
 */
final class KeyTable {

  private char[] chars = new char[1024];
  private int charCount;
  private int[] offsets = new int[65];
  private int size;
  /** {@code hash << 32 | (id + 1)}, 0 for an empty slot. */
  private long[] slots = new long[64];
  /**
   * One bit per hash bucket, set for every key, built by {@link #trim}: about one byte per key, small
   * enough to stay in cache, and it turns most words that are no key away before the large slot table
   * is touched. Null while building.
   */
  private long[] filter;
  private int filterShift;

  int size() {
    return size;
  }

  private static int hash(char[] buf, int off, int len) {
    int h = 0x811C9DC5;
    for (int i = 0; i < len; i++) {
      h = (h ^ buf[off + i]) * 0x01000193;
    }
    return h ^ (h >>> 16);
  }

  private boolean same(int id, char[] buf, int len) {
    int start = offsets[id];
    if (offsets[id + 1] - start != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (chars[start + i] != buf[i]) {
        return false;
      }
    }
    return true;
  }

  /** The id of the key {@code buf[0, len)}, or -1. */
  int lookup(char[] buf, int len) {
    long[] table = slots;
    int mask = table.length - 1;
    int hash = hash(buf, 0, len);
    long[] bits = filter;
    if (bits != null) {
      int bit = (hash * 0x9E3779B9) >>> filterShift;
      if ((bits[bit >>> 6] & (1L << bit)) == 0) {
        return -1;
      }
    }
    int slot = hash & mask;
    while (true) {
      long entry = table[slot];
      if (entry == 0) {
        return -1;
      }
      if ((int) (entry >>> 32) == hash) {
        int id = (int) entry - 1;
        if (same(id, buf, len)) {
          return id;
        }
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Adds the key if new and returns its id. */
  int add(String key) {
    if (filter != null) {
      throw new IllegalStateException("the key table is frozen");
    }
    char[] buf = key.toCharArray();
    int id = lookup(buf, buf.length);
    if (id >= 0) {
      return id;
    }
    if ((size + 1) * 2 > slots.length) {
      rehash(slots.length * 2);
    }
    if (charCount + buf.length > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + buf.length));
    }
    if (size + 2 > offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
    }
    System.arraycopy(buf, 0, chars, charCount, buf.length);
    offsets[size] = charCount;
    charCount += buf.length;
    offsets[size + 1] = charCount;
    id = size++;
    insert(slots, ((long) hash(buf, 0, buf.length) << 32) | (id + 1));
    return id;
  }

  private static void insert(long[] table, long entry) {
    int mask = table.length - 1;
    int slot = (int) (entry >>> 32) & mask;
    while (table[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    table[slot] = entry;
  }

  private void rehash(int capacity) {
    long[] grown = new long[capacity];
    for (long entry : slots) {
      if (entry != 0) {
        insert(grown, entry);
      }
    }
    slots = grown;
  }

  /** Trims the arrays and builds the filter after building; no key may be added afterwards. */
  void trim() {
    chars = Arrays.copyOf(chars, charCount);
    offsets = Arrays.copyOf(offsets, size + 1);
    int log = 12;
    while ((1 << log) < size * 8 && log < 30) {
      log++;
    }
    long[] bits = new long[(1 << log) >>> 6];
    int shift = 32 - log;
    for (long entry : slots) {
      if (entry != 0) {
        int bit = ((int) (entry >>> 32) * 0x9E3779B9) >>> shift;
        bits[bit >>> 6] |= 1L << bit;
      }
    }
    filterShift = shift;
    filter = bits;
  }
}
