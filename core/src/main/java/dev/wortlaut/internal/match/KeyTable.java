package dev.wortlaut.internal.match;

import java.util.Arrays;

/**
 * Interns word keys to dense ids; looks a key up straight from a char buffer without allocating.
 * Open addressing over one shared char array. Mutable while building, read-only afterwards.
 */
final class KeyTable {

  private char[] chars = new char[1024];
  private int charCount;
  private int[] offsets = new int[65];
  private int size;
  private int[] slots = new int[64];

  KeyTable() {
    Arrays.fill(slots, -1);
  }

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

  /** The id of the key, or -1. */
  int lookup(char[] buf, int len) {
    int mask = slots.length - 1;
    int slot = hash(buf, 0, len) & mask;
    while (true) {
      int id = slots[slot];
      if (id < 0) {
        return -1;
      }
      if (same(id, buf, len)) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Adds the key if new and returns its id. */
  int add(String key) {
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
    insert(id);
    return id;
  }

  private void insert(int id) {
    int mask = slots.length - 1;
    int slot = hash(chars, offsets[id], offsets[id + 1] - offsets[id]) & mask;
    while (slots[slot] >= 0) {
      slot = (slot + 1) & mask;
    }
    slots[slot] = id;
  }

  private void rehash(int capacity) {
    slots = new int[capacity];
    Arrays.fill(slots, -1);
    for (int id = 0; id < size; id++) {
      insert(id);
    }
  }

  /** Trims the arrays after building. */
  void trim() {
    chars = Arrays.copyOf(chars, charCount);
    offsets = Arrays.copyOf(offsets, size + 1);
  }
}
