package io.cookieregistry.runtime;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.runtime.internal.Checks;
import io.cookieregistry.runtime.internal.CookieLifetime;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code cookies_preferences} cookie, where a site keeps the visitor's cookie choices (the seed
 * policy's "Choices related to your cookie preferences").
 *
 * <p>Its value is {@code v1:} followed by the chosen optional categories in lower case, separated by
 * dots, in {@link CookieCategory} order: {@code v1:statistics.marketing}, {@code
 * v1:preferences.statistics.marketing}; {@code v1:none} when the visitor refused them all. Only
 * cookie-octets are used, so no container quotes or escapes the value. {@code necessary} may appear
 * and means nothing (it is always granted).
 *
 * <p>Reading is strict, because a wrong guess would set cookies the visitor refused: a missing
 * cookie, another version, an unknown or repeated-separator token, or a value over {@value
 * #MAX_VALUE_LENGTH} characters all read as {@link Consent#none()}. One pair of surrounding double
 * quotes is accepted, as some clients add them.
 */
public final class ConsentCookie {
  /** The cookie's name. */
  public static final String NAME = "cookies_preferences";
  /** The format version this class writes and reads. */
  public static final String VERSION_PREFIX = "v1:";
  /** The longest value read; longer ones are garbage. */
  public static final int MAX_VALUE_LENGTH = 200;

  /** How long the choice is kept when {@code cookies_preferences} is declared without a period. */
  public static final Duration DEFAULT_LIFETIME = Duration.ofDays(180);

  private static final String NONE = "none";

  private ConsentCookie() {}

  /**
   * How long browsers keep the visitor's choice: the duration that {@code declarations} (an
   * application's) declare for {@value #NAME}, when it is a period or a duration (months and years
   * at their average length); {@link #DEFAULT_LIFETIME} when it is not declared or lasts a session.
   * The dialog's script, the consent endpoints and the example all keep the choice this long.
   */
  public static Duration lifetime(List<CookieDeclaration> declarations) {
    for (CookieDeclaration declaration : Checks.notNull(declarations, "declarations")) {
      if (declaration.name().equals(NAME)) {
        return CookieLifetime.parse(declaration.duration()).approximateDuration()
            .orElse(DEFAULT_LIFETIME);
      }
    }
    return DEFAULT_LIFETIME;
  }

  /** The cookie value that records {@code consent}. */
  public static String format(Consent consent) {
    Checks.notNull(consent, "consent");
    StringBuilder value = new StringBuilder(VERSION_PREFIX);
    for (CookieCategory c : consent.categories()) {
      if (c != CookieCategory.NECESSARY) {
        value.append(value.length() > VERSION_PREFIX.length() ? "." : "").append(token(c));
      }
    }
    return value.length() > VERSION_PREFIX.length() ? value.toString() : VERSION_PREFIX + NONE;
  }

  /** The consent a cookie value records; {@link Consent#none()} for null or anything not in the format. */
  public static Consent parse(String value) {
    if (value == null || value.length() > MAX_VALUE_LENGTH) {
      return Consent.none();
    }
    String v = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1) : value;
    if (!v.startsWith(VERSION_PREFIX)) {
      return Consent.none();
    }
    Set<CookieCategory> granted = EnumSet.noneOf(CookieCategory.class);
    int start = VERSION_PREFIX.length();
    while (start <= v.length()) {
      int end = v.indexOf('.', start);
      end = end < 0 ? v.length() : end;
      String token = v.substring(start, end);
      if (token.equals(NONE)) {
        if (!v.equals(VERSION_PREFIX + NONE)) {
          return Consent.none(); // "none" stands alone; with anything else it is garbage
        }
      } else {
        CookieCategory category = category(token);
        if (category == null) {
          return Consent.none();
        }
        granted.add(category);
      }
      start = end + 1;
    }
    return Consent.of(granted);
  }

  /**
   * The consent in a request's {@code Cookie} headers, all of them read as one (HTTP/2 sends one
   * header per cookie); see {@link #fromCookieHeader(String)}. {@code null} reads as none.
   */
  public static Consent fromCookieHeaders(Iterable<String> cookieHeaders) {
    if (cookieHeaders == null) {
      return Consent.none();
    }
    StringBuilder all = new StringBuilder();
    for (String header : cookieHeaders) {
      all.append(all.length() > 0 ? "; " : "").append(header);
    }
    return fromCookieHeader(all.toString());
  }

  /**
   * The consent recorded in a request's {@code Cookie} header ({@code a=1; cookies_preferences=…});
   * when the cookie appears twice the first counts, as browsers send the most specific first.
   */
  public static Consent fromCookieHeader(String cookieHeader) {
    if (cookieHeader == null) {
      return Consent.none();
    }
    int start = 0;
    while (start < cookieHeader.length()) {
      int end = cookieHeader.indexOf(';', start);
      end = end < 0 ? cookieHeader.length() : end;
      String pair = cookieHeader.substring(start, end).strip();
      int equals = pair.indexOf('=');
      if (equals > 0 && pair.substring(0, equals).strip().equals(NAME)) {
        return parse(pair.substring(equals + 1).strip());
      }
      start = end + 1;
    }
    return Consent.none();
  }

  private static String token(CookieCategory category) {
    return category.name().toLowerCase(Locale.ROOT);
  }

  private static CookieCategory category(String token) {
    for (CookieCategory c : CookieCategory.values()) {
      if (token(c).equals(token)) {
        return c;
      }
    }
    return null;
  }
}
