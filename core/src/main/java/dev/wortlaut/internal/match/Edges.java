package dev.wortlaut.internal.match;

import java.util.Arrays;

/** The automaton's transitions: {@code (state, key id) -> state}, open addressing over longs. */
final class Edges {

  private long[] keys = new long[64];
  private int[] values = new int[64];
  private int size;

  Edges() {
    Arrays.fill(keys, -1L);
  }

  private static int hash(long k) {
    long h = k * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29));
  }

  int get(int state, int key) {
    return getLong(((long) state << 32) | (key & 0xFFFFFFFFL));
  }

  /** The value for a raw 64-bit key (not -1), or -1. */
  int getLong(long k) {
    int mask = keys.length - 1;
    int slot = hash(k) & mask;
    while (true) {
      long x = keys[slot];
      if (x == -1L) {
        return -1;
      }
      if (x == k) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
  }

  void put(int state, int key, int target) {
    putLong(((long) state << 32) | (key & 0xFFFFFFFFL), target);
  }

  /** Maps a raw 64-bit key (not -1) to a value. */
  void putLong(long k, int target) {
    if ((size + 1) * 2 > keys.length) {
      long[] oldKeys = keys;
      int[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      Arrays.fill(keys, -1L);
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != -1L) {
          putRaw(oldKeys[i], oldValues[i]);
        }
      }
    }
    putRaw(k, target);
  }

  private void putRaw(long k, int v) {
    int mask = keys.length - 1;
    int slot = hash(k) & mask;
    while (keys[slot] != -1L && keys[slot] != k) {
      slot = (slot + 1) & mask;
    }
    if (keys[slot] == -1L) {
      size++;
    }
    keys[slot] = k;
    values[slot] = v;
  }
}
