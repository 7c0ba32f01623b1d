package io.cookieregistry.processor.check;

/** What the compiler knows about the cookie name that a write passes. */
sealed interface CookieNameValue {
  /** A compile-time constant name. */
  record Constant(String name) implements CookieNameValue {}

  /** A name built from a constant prefix and a part known only at run time. */
  record Prefix(String prefix) implements CookieNameValue {}

  /** A name from a {@code @CookieName} parameter or field, which is checked where it is set. */
  record Accepted() implements CookieNameValue {}

  /** A name that is known only at run time. */
  record Dynamic() implements CookieNameValue {}

  /** The single unknown name. */
  CookieNameValue DYNAMIC = new Dynamic();

  /** The single name checked where it is set. */
  CookieNameValue ACCEPTED = new Accepted();
}
