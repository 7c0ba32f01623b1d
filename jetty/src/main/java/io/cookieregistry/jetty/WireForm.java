package io.cookieregistry.jetty;

/**
 * A header value as Jetty writes it on an HTTP/1 connection: each character above U+00FF and each
 * CR or LF becomes a space, every other character one octet. {@code Max-Age\u0100=0} leaves the
 * server as {@code Max-Age =0}, which a browser reads as {@code Max-Age=0}: the guard must judge
 * the second.
 */
final class WireForm {
  private WireForm() {}

  static String of(String value) {
    if (value == null) {
      return null;
    }
    char[] chars = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c > 0xFF || c == '\r' || c == '\n') {
        if (chars == null) {
          chars = value.toCharArray();
        }
        chars[i] = ' ';
      }
    }
    return chars == null ? value : new String(chars);
  }
}
