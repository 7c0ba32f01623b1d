package io.cookieregistry.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Maps prefixes to declarations and finds the longest prefix of a name in one walk over the name.
 * Each node indexes its children by character offset from its smallest child, so every step is
 * an array access: the cost grows with the name's length, not with the number of prefixes, and
 * nothing is allocated. Cookie names are ASCII tokens, so a node's table spans at most the 94
 * visible ASCII characters.
 */
final class PrefixTrie {
  private static final PrefixTrie[] NO_CHILDREN = new PrefixTrie[0];

  private final char base;
  private final PrefixTrie[] children;
  private final Optional<CookieDeclaration> value;

  private PrefixTrie(char base, PrefixTrie[] children, Optional<CookieDeclaration> value) {
    this.base = base;
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
      int at = text.charAt(i) - node.base;
      if (at < 0 || at >= node.children.length || (node = node.children[at]) == null) {
        break;
      }
      if (node.value.isPresent()) {
        best = node.value;
      }
    }
    return best;
  }

  /** Collects prefixes, then freezes them into the tables. */
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

    /**
     * Freezes the tree, children before parents, without recursion: a pattern may be thousands of
     * characters long, and its nodes as deep.
     */
    PrefixTrie build() {
      List<Builder> order = new ArrayList<>();
      Deque<Builder> open = new ArrayDeque<>(List.of(this));
      while (!open.isEmpty()) {
        Builder node = open.pop();
        order.add(node);
        node.children.values().forEach(open::push);
      }
      Map<Builder, PrefixTrie> built = new IdentityHashMap<>();
      for (int i = order.size() - 1; i >= 0; i--) {
        Builder node = order.get(i);
        built.put(node, node.freeze(built));
      }
      return built.get(this);
    }

    private PrefixTrie freeze(Map<Builder, PrefixTrie> built) {
      if (children.isEmpty()) {
        return new PrefixTrie('\0', NO_CHILDREN, Optional.ofNullable(value));
      }
      char base = children.firstKey();
      PrefixTrie[] table = new PrefixTrie[children.lastKey() - base + 1];
      children.forEach((c, child) -> table[c - base] = built.get(child));
      return new PrefixTrie(base, table, Optional.ofNullable(value));
    }
  }
}
