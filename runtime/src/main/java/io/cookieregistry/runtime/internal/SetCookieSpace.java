package io.cookieregistry.runtime.internal;

/**
 * The whitespace of a {@code Set-Cookie} value (RFC 6265bis §5.6): spaces and horizontal tabs
 * only, trimmed around names, values and attributes. The guard's parser and the processor's
 * reading of constant header values both trim with it, so they agree on where a name starts and
 * ends.
 */
public final class SetCookieSpace {
  private SetCookieSpace() {}

  /** Whether {@code c} is whitespace in a {@code Set-Cookie} value. */
  public static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }

  /** The first index in {@code s[start, end)} that is not whitespace, or {@code end}. */
  public static int skip(String s, int start, int end) {
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    return start;
  }

  /** The end of {@code s[start, end)} without its trailing whitespace. */
  public static int trimEnd(String s, int start, int end) {
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** {@code text} without its leading and trailing whitespace. */
  public static String trim(String text) {
    int start = skip(text, 0, text.length());
    return text.substring(start, trimEnd(text, start, text.length()));
  }
}
