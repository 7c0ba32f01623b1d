package io.cookieregistry.runtime.internal;

/**
 * The one rule for reading a header name as {@code Set-Cookie}, used by the servlet filter at run
 * time and by the annotation processor's write check at compile time, so that the two can never
 * count different headers as cookie writes.
 *
 * <p>Header names are case-insensitive (RFC 9110 §5.1), so {@code set-cookie} counts. {@code
 * Set-Cookie2} does not: RFC 6265 made it obsolete and browsers ignore it. Neither does a name with
 * surrounding whitespace, which is no valid field name and no container sends as one.
 */
public final class SetCookieHeaders {
  /** The header's name as it is written. */
  public static final String SET_COOKIE = "Set-Cookie";

  private SetCookieHeaders() {}

  /** Whether {@code headerName} names the {@code Set-Cookie} header; {@code null} does not. */
  public static boolean isSetCookie(CharSequence headerName) {
    return headerName != null && headerName.length() == SET_COOKIE.length()
        && SET_COOKIE.regionMatches(true, 0, headerName.toString(), 0, SET_COOKIE.length());
  }
}
