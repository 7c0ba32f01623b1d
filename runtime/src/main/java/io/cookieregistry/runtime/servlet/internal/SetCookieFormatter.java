package io.cookieregistry.runtime.servlet.internal;

import jakarta.servlet.http.Cookie;
import java.util.Map;

/**
 * Writes a servlet {@link Cookie} as the {@code Set-Cookie} header value a container would send, so
 * that the guard judges {@code addCookie} exactly as it judges a raw header. Never a richer header
 * than containers send: an attribute that one container leaves out is left out here too, so that the
 * guard never admits a cookie for what the browser will not see.
 */
public final class SetCookieFormatter {
  private static final String MAX_AGE = "Max-Age";
  private static final String SECURE = "Secure";
  private static final String HTTP_ONLY = "HttpOnly";
  private static final String EXPIRES = "Expires";

  private SetCookieFormatter() {}

  /**
   * {@code name=value} followed by every attribute the cookie carries: {@code Max-Age} unless it is
   * negative (a session cookie, which containers send without one), {@code Secure} and {@code
   * HttpOnly} when true, and every other attribute ({@code Path}, {@code Domain}, {@code SameSite},
   * {@code Partitioned}, …) as {@code Name=value}, or {@code Name} alone when its value is empty.
   * An {@code Expires} attribute is left out: Jetty does not send it (it writes Expires from the
   * Max-Age), and judged with it, a past date would pass as a deletion while the browser stores the
   * cookie.
   */
  public static String format(Cookie cookie) {
    StringBuilder header = new StringBuilder(cookie.getName()).append('=');
    if (cookie.getValue() != null) {
      appendValue(header, cookie.getValue());
    }
    for (Map.Entry<String, String> attribute : cookie.getAttributes().entrySet()) {
      String name = attribute.getKey();
      String value = attribute.getValue();
      if (name.equalsIgnoreCase(SECURE)) {
        appendFlag(header, SECURE, cookie.getSecure());
      } else if (name.equalsIgnoreCase(HTTP_ONLY)) {
        appendFlag(header, HTTP_ONLY, cookie.isHttpOnly());
      } else if (name.equalsIgnoreCase(EXPIRES)) {
        continue;
      } else if (name.equalsIgnoreCase(MAX_AGE)) {
        if (cookie.getMaxAge() >= 0) {
          header.append("; ").append(MAX_AGE).append('=').append(cookie.getMaxAge());
        }
      } else if (value == null || value.isEmpty()) {
        header.append("; ").append(name);
      } else {
        header.append("; ").append(name).append('=').append(value);
      }
    }
    return header.toString();
  }

  /**
   * A value of cookie-octets as it is; any other value in double quotes, as containers send it.
   * Written raw, a value such as {@code x; Max-Age=0} would read as attributes, and pass the guard
   * as a deletion while the browser stores the cookie.
   */
  private static void appendValue(StringBuilder header, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= 0x20 || c >= 0x7f || c == '"' || c == ',' || c == ';' || c == '\\') {
        header.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\""))
            .append('"');
        return;
      }
    }
    header.append(value);
  }

  private static void appendFlag(StringBuilder header, String name, boolean present) {
    if (present) {
      header.append("; ").append(name);
    }
  }
}
