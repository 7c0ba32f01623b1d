package io.cookieregistry.runtime.internal;

import java.util.Optional;

/**
 * The rules for cookie names, shared by the annotation processor (which reports them as compiler
 * errors) and the runtime (which refuses to build a registry that breaks them).
 *
 * <p>A name is an RFC 6265 {@code token}: one or more visible US-ASCII characters other than the
 * separators {@code ( ) < > @ , ; : \ " / [ ] ? = { }} and space. A <em>pattern</em> is a token
 * followed by a single trailing {@code *}; it matches every name that starts with the token.
 */
public final class CookieNames {
  /** Cookies whose name starts with this must be set with {@code Secure}. */
  public static final String SECURE_PREFIX = "__Secure-";
  /** Cookies whose name starts with this must be {@code Secure}, have {@code Path=/} and no domain. */
  public static final String HOST_PREFIX = "__Host-";

  private static final String SEPARATORS = "()<>@,;:\\\"/[]?={} \t";

  private CookieNames() {}

  /** Whether the name starts with {@code __Secure-}, in any case, as browsers compare it. */
  public static boolean hasSecurePrefix(String name) {
    return hasSecurePrefix(name, 0);
  }

  /** Whether the name starts with {@code __Host-}, in any case, as browsers compare it. */
  public static boolean hasHostPrefix(String name) {
    return hasHostPrefix(name, 0);
  }

  /** Like {@link #hasSecurePrefix(String)} for a name that starts at {@code from} in a text. */
  public static boolean hasSecurePrefix(String text, int from) {
    return text.regionMatches(true, from, SECURE_PREFIX, 0, SECURE_PREFIX.length());
  }

  /** Like {@link #hasHostPrefix(String)} for a name that starts at {@code from} in a text. */
  public static boolean hasHostPrefix(String text, int from) {
    return text.regionMatches(true, from, HOST_PREFIX, 0, HOST_PREFIX.length());
  }

  /** Whether {@code c} may appear in an RFC 6265 token. */
  public static boolean isTokenChar(char c) {
    return c > 0x20 && c < 0x7f && SEPARATORS.indexOf(c) < 0;
  }

  /** Whether {@code name} is a prefix pattern: it ends in {@code *}. */
  public static boolean isPattern(String name) {
    return name != null && name.endsWith("*");
  }

  /**
   * What is wrong with a declared name or pattern, in words that can follow "its name ", or
   * empty when it is valid.
   */
  public static Optional<String> problem(String name) {
    if (name == null || name.isEmpty()) {
      return Optional.of("is empty");
    }
    int star = name.indexOf('*');
    if (star >= 0 && star != name.length() - 1) {
      return Optional.of("has a '*' before its end; a pattern is a prefix followed by one '*'");
    }
    String literal = star >= 0 ? name.substring(0, star) : name;
    if (star >= 0 && literal.isEmpty()) {
      return Optional.of("is a pattern with no prefix; it would match every cookie");
    }
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      if (!isTokenChar(c)) {
        return Optional.of("contains " + describe(c) + " at index " + i
            + ", which an RFC 6265 token does not allow");
      }
    }
    return Optional.empty();
  }

  /** The fixed part of a pattern (the name without its {@code *}), or the name itself. */
  public static String literalPart(String name) {
    return isPattern(name) ? name.substring(0, name.length() - 1) : name;
  }

  private static String describe(char c) {
    if (c == ' ') {
      return "a space";
    }
    if (c < 0x20 || c == 0x7f) {
      return String.format("the control character U+%04X", (int) c);
    }
    if (c > 0x7e) {
      return String.format("the non-ASCII character '%c' (U+%04X)", c, (int) c);
    }
    return "'" + c + "'";
  }
}
