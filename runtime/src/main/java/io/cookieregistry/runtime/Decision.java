package io.cookieregistry.runtime;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link CookieGuard#check} decided about one {@code Set-Cookie} header. Immutable; the
 * decisions for declared exact names are made once, when the guard is built, and shared.
 */
public final class Decision {

  /** Why a cookie was allowed or refused. */
  public enum Reason {
    /** Declared, consented to (or needing no consent), attributes as declared: allowed. */
    DECLARED(true),
    /** {@code Max-Age} ≤ 0 or an {@code Expires} in the past: it removes data, so it is allowed. */
    DELETION(true),
    /** No declaration covers the name. */
    UNDECLARED(false),
    /** Declared, but in a category the visitor has not agreed to. */
    NO_CONSENT(false),
    /** Declared, but missing an attribute its declaration, its name prefix or SameSite=None requires. */
    ATTRIBUTE_MISMATCH(false),
    /** Not a cookie a browser would store: control characters, no name, oversize, or no header. */
    MALFORMED(false);

    private final boolean allowed;

    Reason(boolean allowed) {
      this.allowed = allowed;
    }

    /** Whether a decision for this reason lets the cookie through. */
    public boolean allowed() {
      return allowed;
    }
  }

  private final Reason reason;
  private final CookieDeclaration declaration;
  private final String cookieName;
  private final String message;

  Decision(Reason reason, CookieDeclaration declaration, String cookieName, String message) {
    this.reason = Objects.requireNonNull(reason);
    this.declaration = declaration;
    this.cookieName = Objects.requireNonNull(cookieName);
    this.message = Objects.requireNonNull(message);
  }

  /** Whether the cookie may be set. */
  public boolean allowed() {
    return reason.allowed();
  }

  public Reason reason() {
    return reason;
  }

  /** The declaration that covers the cookie's name, if one does (also for a refused cookie). */
  public Optional<CookieDeclaration> declaration() {
    return Optional.ofNullable(declaration);
  }

  CookieDeclaration declarationOrNull() {
    return declaration;
  }

  /** The cookie's name as the header spells it; empty when the header has none or is malformed. */
  public String cookieName() {
    return cookieName;
  }

  /** One sentence for a log or an exception, naming the cookie and what is wrong or right. */
  public String message() {
    return message;
  }

  @Override
  public String toString() {
    return reason + ": " + message;
  }
}
