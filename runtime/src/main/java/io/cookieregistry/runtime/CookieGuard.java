package io.cookieregistry.runtime;

import io.cookieregistry.runtime.Decision.Reason;
import io.cookieregistry.runtime.SetCookieParser.Flag;
import io.cookieregistry.runtime.SetCookieParser.Malformation;
import io.cookieregistry.runtime.internal.Checks;
import io.cookieregistry.runtime.internal.CookieNames;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Judges each {@code Set-Cookie} header against the registry and the visitor's consent, in this
 * order: {@link Reason#MALFORMED}; {@link Reason#ATTRIBUTE_MISMATCH} for the rules under which a
 * browser ignores the whole header (the name prefixes, {@code SameSite=None} without {@code
 * Secure}), so that such a header is never taken for a deletion; {@link Reason#DELETION} (allowed
 * for any name and any consent); {@link Reason#UNDECLARED}; {@link Reason#NO_CONSENT}; {@link
 * Reason#ATTRIBUTE_MISMATCH} for the attributes the declaration asks for; else {@link
 * Reason#DECLARED}.
 *
 * <p>The header is read as RFC 6265bis §5.6 tells browsers to. It is malformed when it contains a
 * control character other than tab (CR and LF included), when it contains a character above
 * U+00FF (which no server sends as it is), when name plus value exceed 4096 UTF-8 octets, or when
 * the cookie has no name: an empty name, and also a pair without {@code =}, which the RFC reads as
 * a nameless cookie and which no declaration can cover. Name and value are split
 * at the first {@code =} and trimmed; quotes are kept as part of the value; attribute names are
 * case-insensitive and the last valid occurrence of each counts. A deletion is a valid {@code
 * Max-Age} of zero or less, or, when there is no valid Max-Age, an {@code Expires} at or before now.
 *
 * <p>Attribute rules: a declared {@code secure} or {@code httpOnly} cookie must carry that
 * attribute; a name starting with {@code __Secure-} needs {@code Secure}; {@code __Host-} needs
 * {@code Secure}, {@code Path=/} and no {@code Domain} (both prefixes compared case-insensitively, as
 * browsers do); {@code SameSite=None} needs {@code Secure}. Names are case-sensitive.
 *
 * <p>Immutable and thread-safe. Allowing a declared exact name allocates nothing: the header is
 * scanned in place and the decision is one made when the guard was built.
 */
public final class CookieGuard {
  /** The decision on each malformation, made once. */
  private static final Map<Malformation, Decision> MALFORMED = new EnumMap<>(Map.of(
      Malformation.MISSING, malformed("there is no header value"),
      Malformation.CONTROL_CHARACTER,
      malformed("it contains a control character (such as CR or LF), which browsers refuse"),
      Malformation.NO_NAME,
      malformed("the cookie has no name (no '=' before the first ';', or nothing before the '=')"),
      Malformation.OVERSIZE, malformed("name and value exceed "
          + SetCookieParser.MAX_NAME_VALUE_OCTETS + " octets, which browsers refuse"),
      Malformation.UNENCODABLE, malformed("it contains a character above U+00FF, which a header"
          + " cannot carry; servers send another character in its place")));

  private final CookieRegistry registry;
  private final Clock clock;
  private final NameTable<Decision> declaredExact;

  private CookieGuard(CookieRegistry registry, Clock clock) {
    this.registry = registry;
    this.clock = clock;
    Map<String, Decision> decisions = new HashMap<>();
    for (CookieDeclaration d : registry.declarations()) {
      if (!d.isPattern()) {
        decisions.put(d.name(), declared(d, d.name()));
      }
    }
    this.declaredExact = new NameTable<>(decisions);
  }

  /** A guard for {@code registry} that tells the past from the future by the system clock (UTC). */
  public static CookieGuard of(CookieRegistry registry) {
    return of(registry, Clock.systemUTC());
  }

  /** A guard for {@code registry} that decides whether an {@code Expires} is past by {@code clock}. */
  public static CookieGuard of(CookieRegistry registry, Clock clock) {
    return new CookieGuard(Checks.notNull(registry, "registry"),
        Checks.notNull(clock, "clock"));
  }

  /** The declarations this guard checks against. */
  public CookieRegistry registry() {
    return registry;
  }

  /**
   * Decides whether a response may set this cookie. Never throws.
   *
   * @param setCookieHeaderValue the value of one {@code Set-Cookie} header, without the header name;
   *     {@code null} is {@link Reason#MALFORMED}
   * @param consent the visitor's choices; {@code null} counts as {@link Consent#none()}
   */
  public Decision check(String setCookieHeaderValue, Consent consent) {
    String header = setCookieHeaderValue;
    long parsedName = SetCookieParser.parseName(header);
    Malformation malformation = SetCookieParser.malformation(parsedName);
    if (malformation != null) {
      return MALFORMED.get(malformation);
    }
    int nameStart = SetCookieParser.nameStart(parsedName);
    int nameEnd = SetCookieParser.nameEnd(parsedName);
    int attributes = SetCookieParser.scanAttributes(header,
        SetCookieParser.attributesStart(header, nameEnd), clock.millis());
    Decision exact = declaredExact.get(header, nameStart, nameEnd);
    CookieDeclaration declaration = exact != null
        ? exact.declarationOrNull() : registry.findPattern(header, nameStart, nameEnd).orElse(null);
    String ignored = ignoredByBrowsers(header, nameStart, attributes);
    if (ignored != null) {
      return mismatch(declaration, header.substring(nameStart, nameEnd), ignored);
    }
    if (Flag.DELETION.in(attributes)) {
      String name = header.substring(nameStart, nameEnd);
      return new Decision(Reason.DELETION, declaration, name,
          "cookie '" + name + "' is deleted (Max-Age ≤ 0 or Expires in the past), which is always allowed");
    }
    if (declaration == null) {
      String name = header.substring(nameStart, nameEnd);
      return new Decision(Reason.UNDECLARED, null, name, "cookie '" + name + "' is not declared;"
          + " declare it with @DeclaredCookie(name = \"" + name + "\", …) or stop setting it");
    }
    Consent given = consent != null ? consent : Consent.none();
    if (!given.allows(declaration)) {
      String name = header.substring(nameStart, nameEnd);
      return new Decision(Reason.NO_CONSENT, declaration, name, "cookie '" + name + "' is a "
          + declaration.category() + " cookie and the visitor has not consented to "
          + declaration.category());
    }
    String missing = missingDeclaredAttribute(declaration, attributes);
    if (missing != null) {
      return mismatch(declaration, header.substring(nameStart, nameEnd), missing);
    }
    return exact != null ? exact : declared(declaration, header.substring(nameStart, nameEnd));
  }

  /**
   * Why a browser would ignore the whole header, as words that follow the cookie's name, or {@code
   * null}: checked before deletions, since an ignored header deletes nothing.
   */
  private static String ignoredByBrowsers(String header, int nameStart, int attributes) {
    boolean secure = Flag.SECURE.in(attributes);
    if (CookieNames.hasSecurePrefix(header, nameStart) && !secure) {
      return "starts with " + CookieNames.SECURE_PREFIX + " and so needs the Secure attribute";
    }
    if (CookieNames.hasHostPrefix(header, nameStart)
        && (!secure || !Flag.PATH_ROOT.in(attributes) || Flag.DOMAIN.in(attributes))) {
      return "starts with " + CookieNames.HOST_PREFIX + " and so needs Secure and Path=/ and no Domain";
    }
    if (Flag.SAME_SITE_NONE.in(attributes) && !secure) {
      return "has SameSite=None, which browsers accept only with the Secure attribute";
    }
    return null;
  }

  /** Which attribute the declaration asks for and the header lacks, as words that follow its name, or {@code null}. */
  private static String missingDeclaredAttribute(CookieDeclaration declaration, int attributes) {
    if (declaration.secure() && !Flag.SECURE.in(attributes)) {
      return "is declared secure but is set without the Secure attribute";
    }
    if (declaration.httpOnly() && !Flag.HTTP_ONLY.in(attributes)) {
      return "is declared httpOnly but is set without the HttpOnly attribute";
    }
    return null;
  }

  private static Decision mismatch(CookieDeclaration declaration, String name, String problem) {
    return new Decision(Reason.ATTRIBUTE_MISMATCH, declaration, name, "cookie '" + name + "' " + problem);
  }

  private static Decision declared(CookieDeclaration declaration, String name) {
    return new Decision(Reason.DECLARED, declaration, name, "cookie '" + name + "' is declared as "
        + declaration.category() + (declaration.requiresConsent() ? " and consented to" : ""));
  }

  private static Decision malformed(String problem) {
    return new Decision(Reason.MALFORMED, null, "", "Set-Cookie header is malformed: " + problem);
  }
}
