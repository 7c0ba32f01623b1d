package io.cookieregistry.runtime;

import java.util.Arrays;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Maps prefixes to declarations and finds the longest prefix of a name in one walk over the name:
 * the cost grows with the name's length, not with the number of prefixes, and nothing is
 * allocated.
 */
final class PrefixTrie {
  private final char[] keys;
  private final PrefixTrie[] children;
  private final Optional<CookieDeclaration> value;

  private PrefixTrie(char[] keys, PrefixTrie[] children, Optional<CookieDeclaration> value) {
    this.keys = keys;
    this.children = children;
    this.value = value;
  }

  /** The declaration stored under the longest prefix of {@code name}, if any. */
  Optional<CookieDeclaration> longestPrefixOf(String name) {
    return longestPrefixOf(name, 0, name.length());
  }

  /** The declaration stored under the longest prefix of the name {@code text[start, end)}, if any. */
  Optional<CookieDeclaration> longestPrefixOf(CharSequence text, int start, int end) {
    PrefixTrie node = this;
    Optional<CookieDeclaration> best = value;
    for (int i = start; i < end; i++) {
      int at = Arrays.binarySearch(node.keys, text.charAt(i));
      if (at < 0) {
        break;
      }
      node = node.children[at];
      if (node.value.isPresent()) {
        best = node.value;
      }
    }
    return best;
  }

  /** Collects prefixes, then freezes them into compact sorted arrays. */
  static final class Builder {
    private final TreeMap<Character, Builder> children = new TreeMap<>();
    private CookieDeclaration value;

    void put(String prefix, CookieDeclaration declaration) {
      Builder node = this;
      for (int i = 0; i < prefix.length(); i++) {
        node = node.children.computeIfAbsent(prefix.charAt(i), c -> new Builder());
      }
      node.value = declaration;
    }

    PrefixTrie build() {
      char[] keys = new char[children.size()];
      PrefixTrie[] nodes = new PrefixTrie[children.size()];
      int i = 0;
      for (var e : children.entrySet()) {
        keys[i] = e.getKey();
        nodes[i++] = e.getValue().build();
      }
      return new PrefixTrie(keys, nodes, Optional.ofNullable(value));
    }
  }
}
