package io.cookieregistry.processor.check;

import java.util.Collection;
import java.util.Locale;

/**
 * The declared name closest to a mistyped one, by optimal-string-alignment distance (Levenshtein
 * with adjacent transpositions) ignoring case, offered only when it is close enough to be a likely
 * typo. Names are case-sensitive, so {@code SID} is not {@code sid}; but {@code sid} is what the
 * writer most likely meant.
 *
 * <p>The work is bounded whatever the names' lengths: only candidates within the limit of the
 * name's length are compared, only the diagonal band of cells within the limit is computed, and
 * three rows are kept rather than the whole matrix.
 */
final class NearestName {
  /** The largest distance still offered as a suggestion. */
  private static final int MAX_DISTANCE = 2;

  private NearestName() {}

  /** The closest of {@code declared} to {@code name}, or {@code null} when none is close. */
  static String of(String name, Collection<String> declared) {
    if (name.isEmpty()) {
      return null; // nothing was typed, so nothing was mistyped
    }
    int limit = Math.min(MAX_DISTANCE, Math.max(1, name.length() / 3));
    String folded = name.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = limit + 1;
    for (String candidate : declared) {
      if (Math.abs(candidate.length() - name.length()) > limit) {
        continue; // cannot be close
      }
      int d = distance(folded, candidate.toLowerCase(Locale.ROOT), limit);
      if (d < bestDistance || d == bestDistance && best != null && candidate.compareTo(best) < 0) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  /**
   * The optimal-string-alignment distance between two strings, or {@code limit + 1} when it is
   * larger than {@code limit}.
   */
  static int distance(String a, String b, int limit) {
    int over = limit + 1;
    if (Math.abs(a.length() - b.length()) > limit) {
      return over;
    }
    int[] twoBack = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = Math.min(j, over);
    }
    for (int i = 1; i <= a.length(); i++) {
      int from = Math.max(1, i - limit);
      int to = Math.min(b.length(), i + limit);
      // The cells just outside the band stand for "too far"; column 0 is i deletions.
      current[from - 1] = from == 1 ? Math.min(i, over) : over;
      if (to < b.length()) {
        current[to + 1] = over;
      }
      int rowMinimum = current[from - 1];
      for (int j = from; j <= to; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, twoBack[j - 2] + 1);
        }
        current[j] = Math.min(d, over);
        rowMinimum = Math.min(rowMinimum, current[j]);
      }
      if (rowMinimum > limit) {
        return over; // every alignment is already too far
      }
      int[] spare = twoBack;
      twoBack = previous;
      previous = current;
      current = spare;
    }
    return previous[b.length()];
  }
}
