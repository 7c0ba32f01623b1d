package io.cookieregistry.runtime;

import java.util.Map;

/**
 * A read-only map from cookie names to values that looks a name up from a region of a larger text,
 * so that a guard can find the name of a {@code Set-Cookie} header without cutting it out as a new
 * string. Open addressing over two parallel arrays; hashes as {@link String#hashCode} does.
 */
final class NameTable<T> {
  private final String[] keys;
  private final Object[] values;
  private final int mask;

  NameTable(Map<String, ? extends T> entries) {
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 + 1) - 1) << 1;
    keys = new String[capacity];
    values = new Object[capacity];
    mask = capacity - 1;
    for (Map.Entry<String, ? extends T> e : entries.entrySet()) {
      int slot = spread(e.getKey().hashCode()) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = e.getKey();
      values[slot] = e.getValue();
    }
  }

  /** The value stored under the characters {@code text[start, end)}, or {@code null}. */
  @SuppressWarnings("unchecked")
  T get(CharSequence text, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    int length = end - start;
    for (int slot = spread(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key.length() == length && regionEquals(key, text, start)) {
        return (T) values[slot];
      }
    }
    return null;
  }

  private static boolean regionEquals(String key, CharSequence text, int start) {
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) != text.charAt(start + i)) {
        return false;
      }
    }
    return true;
  }

  /** Mixes the high bits in, as {@link java.util.HashMap} does, so similar names spread out. */
  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
