package io.cookieregistry.runtime;

/**
 * Reads a {@code Set-Cookie} header value as RFC 6265bis §5.6 tells a user agent to, so that the
 * guard judges the cookie a browser would actually store. Works on indexes into the header and
 * allocates nothing: results are packed into primitives.
 *
 * <ul>
 *   <li>A header with a control character ({@code %x00-08 / %x0A-1F / %x7F}, so CR and LF; a tab
 *       is allowed) is ignored by browsers: {@link #CONTROL_CHARACTER}.
 *   <li>A header with a character above U+00FF is not what any server sends (each rewrites it, as
 *       {@code ?} or a space), so what it says cannot be judged: {@link #UNENCODABLE}.
 *   <li>The name-value pair is everything before the first {@code ;}; name and value are split at
 *       its first {@code =} and trimmed of spaces and tabs. Quotes are not special: a quoted value
 *       keeps its quotes, and a {@code ;} inside them still ends the pair.
 *   <li>A pair without {@code =} is, for RFC 6265bis, a cookie with an empty name. Such nameless
 *       cookies cannot be declared and are how cookie-tossing attacks work, so they, like an empty
 *       name, are {@link #NO_NAME}.
 *   <li>Name plus value longer than 4096 octets (UTF-8) is {@link #OVERSIZE}; exactly 4096 is fine.
 *   <li>Attribute names are case-insensitive; for each attribute the last valid occurrence counts;
 *       an attribute value over 1024 octets is ignored; {@code Expires} is read by {@link CookieDate}
 *       (its commas are fine); an invalid {@code Max-Age} is ignored, and a valid one wins over
 *       {@code Expires}.
 * </ul>
 */
final class SetCookieParser {
  /** {@link #parseName} result: the header is null. */
  static final long MISSING = -1;
  /** {@link #parseName} result: a control character other than tab. */
  static final long CONTROL_CHARACTER = -2;
  /** {@link #parseName} result: no {@code =} in the name-value pair, or an empty name. */
  static final long NO_NAME = -3;
  /** {@link #parseName} result: name and value exceed {@link #MAX_NAME_VALUE_OCTETS}. */
  static final long OVERSIZE = -4;
  /**
   * {@link #parseName} result: a character above U+00FF, which a header field cannot carry: servers
   * send it as something else ({@code ?} or a space), so the browser would read another header.
   */
  static final long UNENCODABLE = -5;

  static final int MAX_NAME_VALUE_OCTETS = 4096;
  static final int MAX_ATTRIBUTE_VALUE_OCTETS = 1024;

  /** {@link #scanAttributes} flag: {@code Secure} is present. */
  static final int SECURE = 1;
  /** {@link #scanAttributes} flag: {@code HttpOnly} is present. */
  static final int HTTP_ONLY = 1 << 1;
  /** {@link #scanAttributes} flag: a non-empty {@code Domain} is present (the cookie is not host-only). */
  static final int DOMAIN = 1 << 2;
  /** {@link #scanAttributes} flag: the last {@code Path} is exactly {@code /}. */
  static final int PATH_ROOT = 1 << 3;
  /** {@link #scanAttributes} flag: the last {@code SameSite} is {@code None}. */
  static final int SAME_SITE_NONE = 1 << 4;
  /** {@link #scanAttributes} flag: {@code Max-Age} ≤ 0, or no valid Max-Age and a past {@code Expires}. */
  static final int DELETION = 1 << 5;

  private SetCookieParser() {}

  /**
   * Finds the cookie name: {@code nameStart << 32 | nameEnd} (read with {@link #nameStart} and {@link
   * #nameEnd}), or one of the negative results when the header is malformed.
   */
  static long parseName(String header) {
    if (header == null) {
      return MISSING;
    }
    int length = header.length();
    int pairEnd = length;
    int equals = -1;
    for (int i = 0; i < length; i++) {
      char c = header.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7F) {
        return CONTROL_CHARACTER;
      }
      if (c > 0xFF) {
        return UNENCODABLE;
      }
      if (c == ';' && pairEnd == length) {
        pairEnd = i;
      } else if (c == '=' && equals < 0 && pairEnd == length) {
        equals = i;
      }
    }
    if (equals < 0) {
      return NO_NAME;
    }
    int nameStart = skipSpace(header, 0, equals);
    int nameEnd = trimSpace(header, nameStart, equals);
    if (nameStart == nameEnd) {
      return NO_NAME;
    }
    int valueStart = skipSpace(header, equals + 1, pairEnd);
    int valueEnd = trimSpace(header, valueStart, pairEnd);
    long octets = utf8Length(header, nameStart, nameEnd) + utf8Length(header, valueStart, valueEnd);
    if (octets > MAX_NAME_VALUE_OCTETS) {
      return OVERSIZE;
    }
    return (long) nameStart << 32 | nameEnd;
  }

  static int nameStart(long parsedName) {
    return (int) (parsedName >>> 32);
  }

  static int nameEnd(long parsedName) {
    return (int) parsedName;
  }

  /** Where the attributes begin: the first {@code ;}, or the end of the header. */
  static int attributesStart(String header, int nameEnd) {
    int semicolon = header.indexOf(';', nameEnd);
    return semicolon < 0 ? header.length() : semicolon;
  }

  /**
   * Reads the attributes that follow {@code from} (a {@code ;} or the end) into the flags above;
   * {@code nowMillis} decides whether an {@code Expires} lies in the past.
   */
  static int scanAttributes(String header, int from, long nowMillis) {
    int flags = 0;
    int maxAge = 0; // 0 none seen, 1 positive, -1 zero or negative
    long expires = CookieDate.NOT_A_DATE;
    int length = header.length();
    int i = from;
    while (i < length) {
      int avStart = i + 1;
      int avEnd = header.indexOf(';', avStart);
      if (avEnd < 0) {
        avEnd = length;
      }
      int equals = indexOf(header, '=', avStart, avEnd);
      int nameStart = skipSpace(header, avStart, equals < 0 ? avEnd : equals);
      int nameEnd = trimSpace(header, nameStart, equals < 0 ? avEnd : equals);
      int valueStart = equals < 0 ? avEnd : skipSpace(header, equals + 1, avEnd);
      int valueEnd = trimSpace(header, valueStart, avEnd);
      i = avEnd;
      if (utf8Length(header, valueStart, valueEnd) > MAX_ATTRIBUTE_VALUE_OCTETS) {
        continue;
      }
      if (is(header, nameStart, nameEnd, "secure")) {
        flags |= SECURE;
      } else if (is(header, nameStart, nameEnd, "httponly")) {
        flags |= HTTP_ONLY;
      } else if (is(header, nameStart, nameEnd, "domain")) {
        flags |= valueStart < valueEnd ? DOMAIN : 0;
      } else if (is(header, nameStart, nameEnd, "path")) {
        flags = is(header, valueStart, valueEnd, "/") ? flags | PATH_ROOT : flags & ~PATH_ROOT;
      } else if (is(header, nameStart, nameEnd, "samesite")) {
        flags = is(header, valueStart, valueEnd, "none")
            ? flags | SAME_SITE_NONE : flags & ~SAME_SITE_NONE;
      } else if (is(header, nameStart, nameEnd, "max-age")) {
        int sign = maxAgeSign(header, valueStart, valueEnd);
        maxAge = sign != 0 ? sign : maxAge;
      } else if (is(header, nameStart, nameEnd, "expires")) {
        long date = CookieDate.parseMillis(header, valueStart, valueEnd);
        expires = date != CookieDate.NOT_A_DATE ? date : expires;
      }
    }
    boolean deletion = maxAge != 0 ? maxAge < 0
        : expires != CookieDate.NOT_A_DATE && expires <= nowMillis;
    return deletion ? flags | DELETION : flags;
  }

  /**
   * A valid Max-Age ({@code -?DIGIT+}) is 1 when positive and -1 when zero or negative (the cookie
   * expires at once); 0 when invalid, which the RFC says to ignore.
   */
  private static int maxAgeSign(String s, int start, int end) {
    int digits = start < end && s.charAt(start) == '-' ? start + 1 : start;
    if (digits == end) {
      return 0;
    }
    boolean nonZero = false;
    for (int i = digits; i < end; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return 0;
      }
      nonZero |= c != '0';
    }
    return nonZero && digits == start ? 1 : -1;
  }

  /** Whether {@code s[start, end)} is {@code lowerCase}, ignoring ASCII case. */
  private static boolean is(String s, int start, int end, String lowerCase) {
    if (end - start != lowerCase.length()) {
      return false;
    }
    for (int i = 0; i < lowerCase.length(); i++) {
      char c = s.charAt(start + i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != lowerCase.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(String s, char c, int start, int end) {
    int at = s.indexOf(c, start);
    return at >= 0 && at < end ? at : -1;
  }

  private static int skipSpace(String s, int start, int end) {
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    return start;
  }

  private static int trimSpace(String s, int start, int end) {
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }

  /** The UTF-8 length of {@code s[start, end)}; an unpaired surrogate counts as the 3 octets of U+FFFD. */
  static int utf8Length(String s, int start, int end) {
    int octets = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        octets++;
      } else if (c < 0x800) {
        octets += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(s.charAt(i + 1))) {
        octets += 4;
        i++;
      } else {
        octets += 3;
      }
    }
    return octets;
  }
}
