package io.cookieregistry;

/**
 * The kind of a cookie, as a cookie policy groups them. The order of the constants is the order of
 * the policy's tables.
 *
 * <p>Consent: {@link #NECESSARY} cookies never need the visitor's consent; {@link #STATISTICS}
 * cookies do not when they are declared {@link DeclaredCookie#anonymized() anonymized}; every other
 * cookie does.
 */
public enum CookieCategory {
  /** Needed for the site to work at all: session, security, load balancing, the consent choice itself. */
  NECESSARY,
  /** Remembers choices the visitor made, such as language or layout. */
  PREFERENCES,
  /** Measures how the site is used (audience measurement, analytics). */
  STATISTICS,
  /** Tracks the visitor for advertising or across sites. */
  MARKETING
}
