package dev.wortlaut.internal.match;

/**
 * A map from 64-bit keys to ints with open addressing over one {@code long[]} holding each
 * key next to its value, so a probe touches one cache line. Used for the automaton's transitions
 * {@code (state, key id) -> state} and for the fold hashes.
 */
final class Edges {

  private static final long EMPTY = -1L;

  /** {@code table[2 * slot]} is the key ({@link #EMPTY} when free), {@code table[2 * slot + 1]} the value. */
  private long[] table = newTable(64);
  private int size;

  private static long[] newTable(int slots) {
    long[] t = new long[slots * 2];
    for (int i = 0; i < t.length; i += 2) {
      t[i] = EMPTY;
    }
    return t;
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
    long[] t = table;
    int mask = (t.length >>> 1) - 1;
    int slot = hash(k) & mask;
    while (true) {
      long x = t[slot << 1];
      if (x == EMPTY) {
        return -1;
      }
      if (x == k) {
        return (int) t[(slot << 1) + 1];
      }
      slot = (slot + 1) & mask;
    }
  }

  void put(int state, int key, int target) {
    putLong(((long) state << 32) | (key & 0xFFFFFFFFL), target);
  }

  /** Maps a raw 64-bit key (not -1) to a value. */
  void putLong(long k, int target) {
    if ((size + 1) * 2 > table.length >>> 1) {
      long[] old = table;
      table = newTable(old.length);
      size = 0;
      for (int i = 0; i < old.length; i += 2) {
        if (old[i] != EMPTY) {
          putRaw(old[i], (int) old[i + 1]);
        }
      }
    }
    putRaw(k, target);
  }

  private void putRaw(long k, int v) {
    int mask = (table.length >>> 1) - 1;
    int slot = hash(k) & mask;
    while (table[slot << 1] != EMPTY && table[slot << 1] != k) {
      slot = (slot + 1) & mask;
    }
    if (table[slot << 1] == EMPTY) {
      size++;
    }
    table[slot << 1] = k;
    table[(slot << 1) + 1] = v;
  }
}
