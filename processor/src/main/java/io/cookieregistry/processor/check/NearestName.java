package io.cookieregistry.processor.check;

import java.util.Collection;

/**
 * The declared name closest to a mistyped one, by optimal-string-alignment distance (Levenshtein
 * with adjacent transpositions), offered only when it is close enough to be a likely typo.
 */
final class NearestName {
  private NearestName() {}

  /** The closest of {@code declared} to {@code name}, or {@code null} when none is close. */
  static String of(String name, Collection<String> declared) {
    int limit = Math.min(2, Math.max(1, name.length() / 3));
    String best = null;
    int bestDistance = limit + 1;
    for (String candidate : declared) {
      if (Math.abs(candidate.length() - name.length()) > limit) {
        continue; // cannot be close: skip the quadratic work
      }
      int d = distance(name, candidate);
      if (d < bestDistance || d == bestDistance && best != null && candidate.compareTo(best) < 0) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  /** The optimal-string-alignment distance between two strings. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
