package io.cookieregistry.runtime;

import io.cookieregistry.runtime.internal.SetCookieSpace;

/**
 * Reads a {@code Set-Cookie} header value as RFC 6265bis §5.6 tells a user agent to, so that the
 * guard judges the cookie a browser would actually store. Works on indexes into the header and
 * allocates nothing: a name's place is two ints in a {@code long}, a failure is a {@link
 * Malformation}, the attributes are {@link Flag}s in an {@code int}.
 *
 * <ul>
 *   <li>A header with a control character ({@code %x00-08 / %x0A-1F / %x7F}, so CR and LF; a tab
 *       is allowed) is ignored by browsers: {@link Malformation#CONTROL_CHARACTER}.
 *   <li>A header with a character above U+00FF is not what any server sends (each rewrites it, as
 *       {@code ?} or a space), so what it says cannot be judged: {@link Malformation#UNENCODABLE}.
 *   <li>The name-value pair is everything before the first {@code ;}; name and value are split at
 *       its first {@code =} and trimmed of spaces and tabs. Quotes are not special: a quoted value
 *       keeps its quotes, and a {@code ;} inside them still ends the pair.
 *   <li>A pair without {@code =} is, for RFC 6265bis, a cookie with an empty name. Such nameless
 *       cookies cannot be declared and are how cookie-tossing attacks work, so they, like an empty
 *       name, are {@link Malformation#NO_NAME}.
 *   <li>Name plus value longer than 4096 octets (UTF-8) is {@link Malformation#OVERSIZE}; exactly
 *       4096 is fine.
 *   <li>Attribute names are case-insensitive; for each attribute the last valid occurrence counts;
 *       an attribute value over 1024 octets is ignored; {@code Expires} is read by {@link CookieDate}
 *       (its commas are fine); an invalid {@code Max-Age} is ignored, and a valid one wins over
 *       {@code Expires}.
 * </ul>
 */
final class SetCookieParser {
  static final int MAX_NAME_VALUE_OCTETS = 4096;
  static final int MAX_ATTRIBUTE_VALUE_OCTETS = 1024;

  /** Why a header has no cookie a browser would store. */
  enum Malformation {
    /** The header is null. */
    MISSING,
    /** A control character other than tab. */
    CONTROL_CHARACTER,
    /** No {@code =} in the name-value pair, or an empty name. */
    NO_NAME,
    /** Name and value exceed {@link #MAX_NAME_VALUE_OCTETS}. */
    OVERSIZE,
    /**
     * A character above U+00FF, which a header field cannot carry: servers send it as something
     * else ({@code ?} or a space), so the browser would read another header.
     */
    UNENCODABLE;

    private static final Malformation[] VALUES = values();

    /** How {@link #parseName} returns it: a negative number, never a name's place. */
    long encoded() {
      return -1 - ordinal();
    }
  }

  /** What the attributes of a header say, as bits of the {@code int} {@link #scanAttributes} returns. */
  enum Flag {
    /** {@code Secure} is present. */
    SECURE,
    /** {@code HttpOnly} is present. */
    HTTP_ONLY,
    /** A non-empty {@code Domain} is present (the cookie is not host-only). */
    DOMAIN,
    /** The last {@code Path} is exactly {@code /}. */
    PATH_ROOT,
    /** The last {@code SameSite} is {@code None}. */
    SAME_SITE_NONE,
    /** {@code Max-Age} ≤ 0, or no valid Max-Age and a past {@code Expires}. */
    DELETION;

    private final int bit = 1 << ordinal();

    /** Whether this flag is among the {@code flags}. */
    boolean in(int flags) {
      return (flags & bit) != 0;
    }

    int with(int flags, boolean set) {
      return set ? flags | bit : flags & ~bit;
    }
  }

  /** What the {@code Max-Age} attributes read so far say. */
  private enum MaxAge {
    /** None valid: {@code Expires} decides. */
    NONE,
    /** A positive number of seconds. */
    LIVES,
    /** Zero or negative: the cookie expires at once. */
    EXPIRES_NOW
  }

  private SetCookieParser() {}

  /**
   * Finds the cookie name: its place, read with {@link #nameStart} and {@link #nameEnd}, or,
   * when the header is malformed, a result that {@link #malformation} names.
   */
  static long parseName(String header) {
    if (header == null) {
      return Malformation.MISSING.encoded();
    }
    int length = header.length();
    int pairEnd = length;
    int equals = -1;
    for (int i = 0; i < length; i++) {
      char c = header.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7F) {
        return Malformation.CONTROL_CHARACTER.encoded();
      }
      if (c > 0xFF) {
        return Malformation.UNENCODABLE.encoded();
      }
      if (c == ';' && pairEnd == length) {
        pairEnd = i;
      } else if (c == '=' && equals < 0 && pairEnd == length) {
        equals = i;
      }
    }
    if (equals < 0) {
      return Malformation.NO_NAME.encoded();
    }
    int nameStart = SetCookieSpace.skip(header, 0, equals);
    int nameEnd = SetCookieSpace.trimEnd(header, nameStart, equals);
    if (nameStart == nameEnd) {
      return Malformation.NO_NAME.encoded();
    }
    int valueStart = SetCookieSpace.skip(header, equals + 1, pairEnd);
    int valueEnd = SetCookieSpace.trimEnd(header, valueStart, pairEnd);
    long octets = utf8Length(header, nameStart, nameEnd) + utf8Length(header, valueStart, valueEnd);
    if (octets > MAX_NAME_VALUE_OCTETS) {
      return Malformation.OVERSIZE.encoded();
    }
    return (long) nameStart << 32 | nameEnd;
  }

  /** What is wrong with the header, or {@code null} when {@link #parseName} found a name. */
  static Malformation malformation(long parsedName) {
    return parsedName < 0 ? Malformation.VALUES[(int) (-1 - parsedName)] : null;
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
   * Reads the attributes that follow {@code from} (a {@code ;} or the end) into {@link Flag}s;
   * {@code nowMillis} decides whether an {@code Expires} lies in the past.
   */
  static int scanAttributes(String header, int from, long nowMillis) {
    int flags = 0;
    MaxAge maxAge = MaxAge.NONE;
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
      int nameStart = SetCookieSpace.skip(header, avStart, equals < 0 ? avEnd : equals);
      int nameEnd = SetCookieSpace.trimEnd(header, nameStart, equals < 0 ? avEnd : equals);
      int valueStart = equals < 0 ? avEnd : SetCookieSpace.skip(header, equals + 1, avEnd);
      int valueEnd = SetCookieSpace.trimEnd(header, valueStart, avEnd);
      i = avEnd;
      if (utf8Length(header, valueStart, valueEnd) > MAX_ATTRIBUTE_VALUE_OCTETS) {
        continue;
      }
      if (is(header, nameStart, nameEnd, "secure")) {
        flags = Flag.SECURE.with(flags, true);
      } else if (is(header, nameStart, nameEnd, "httponly")) {
        flags = Flag.HTTP_ONLY.with(flags, true);
      } else if (is(header, nameStart, nameEnd, "domain")) {
        flags = valueStart < valueEnd ? Flag.DOMAIN.with(flags, true) : flags;
      } else if (is(header, nameStart, nameEnd, "path")) {
        flags = Flag.PATH_ROOT.with(flags, is(header, valueStart, valueEnd, "/"));
      } else if (is(header, nameStart, nameEnd, "samesite")) {
        flags = Flag.SAME_SITE_NONE.with(flags, is(header, valueStart, valueEnd, "none"));
      } else if (is(header, nameStart, nameEnd, "max-age")) {
        MaxAge read = maxAge(header, valueStart, valueEnd);
        maxAge = read != MaxAge.NONE ? read : maxAge;
      } else if (is(header, nameStart, nameEnd, "expires")) {
        long date = CookieDate.parseMillis(header, valueStart, valueEnd);
        expires = date != CookieDate.NOT_A_DATE ? date : expires;
      }
    }
    boolean deletion = maxAge != MaxAge.NONE ? maxAge == MaxAge.EXPIRES_NOW
        : expires != CookieDate.NOT_A_DATE && expires <= nowMillis;
    return Flag.DELETION.with(flags, deletion);
  }

  /**
   * What a Max-Age value says: a valid one ({@code -?DIGIT+}) lives when positive and expires at
   * once when zero or negative; an invalid one is {@link MaxAge#NONE}, which the RFC says to ignore.
   */
  private static MaxAge maxAge(String s, int start, int end) {
    int digits = start < end && s.charAt(start) == '-' ? start + 1 : start;
    if (digits == end) {
      return MaxAge.NONE;
    }
    boolean nonZero = false;
    for (int i = digits; i < end; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return MaxAge.NONE;
      }
      nonZero |= c != '0';
    }
    return nonZero && digits == start ? MaxAge.LIVES : MaxAge.EXPIRES_NOW;
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

  /**
   * The UTF-8 length of {@code s[start, end)}, for a header {@link #parseName} has already read:
   * every character is at most U+00FF ({@link Malformation#UNENCODABLE} otherwise), so one or two
   * octets.
   */
  private static int utf8Length(String s, int start, int end) {
    int octets = end - start;
    for (int i = start; i < end; i++) {
      if (s.charAt(i) >= 0x80) {
        octets++;
      }
    }
    return octets;
  }
}
