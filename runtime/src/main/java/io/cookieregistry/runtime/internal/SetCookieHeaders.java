package io.cookieregistry.runtime.internal;

/**
 * How the integrations recognise a {@code Set-Cookie} header. Not public API: it exists for the
 * servlet filter and the container integrations, and may change without notice.
 */
public final class SetCookieHeaders {
  /** The header's name as containers spell it. */
  public static final String NAME = "Set-Cookie";

  private SetCookieHeaders() {}

  /**
   * Whether a header of this name sets a cookie: {@code Set-Cookie} in any case, and also with
   * whitespace or control characters around it ({@code "Set-Cookie "}, {@code "Set-Cookie\t"}),
   * which containers send as they are and proxies and browsers read as {@code Set-Cookie}.
   */
  public static boolean isSetCookie(String headerName) {
    if (headerName == null) {
      return false;
    }
    int start = 0;
    int end = headerName.length();
    while (start < end && headerName.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && headerName.charAt(end - 1) <= ' ') {
      end--;
    }
    return end - start == NAME.length() && headerName.regionMatches(true, start, NAME, 0, NAME.length());
  }
}
