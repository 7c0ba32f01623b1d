package io.cookieregistry.runtime;

import io.cookieregistry.CookieCategory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The declarations and the clock that the guard tests share. */
public final class GuardFixtures {
  /** "Now" for every test: 2026-03-01T12:00:00Z. */
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

  public static final CookieRegistry REGISTRY = CookieRegistry.of(List.of(
      CookieDeclaration.builder("sessionid", CookieCategory.NECESSARY, "session")
          .httpOnly(true).build(),
      CookieDeclaration.builder("csrftoken", CookieCategory.NECESSARY, "csrf").build(),
      CookieDeclaration.builder("lang", CookieCategory.PREFERENCES, "language").build(),
      CookieDeclaration.builder("_pk_id.*", CookieCategory.STATISTICS, "visits").build(),
      CookieDeclaration.builder("_pk_ses.*", CookieCategory.STATISTICS, "anonymous visits")
          .anonymized(true).build(),
      CookieDeclaration.builder("ad_uid", CookieCategory.MARKETING, "ads").thirdParty(true).build(),
      CookieDeclaration.builder("secure_pref", CookieCategory.PREFERENCES, "secure choice")
          .secure(true).build(),
      CookieDeclaration.builder("__Secure-id", CookieCategory.NECESSARY, "secure id")
          .secure(true).build(),
      CookieDeclaration.builder("__Host-id", CookieCategory.NECESSARY, "host id")
          .secure(true).build(),
      CookieDeclaration.builder("__host-lower", CookieCategory.NECESSARY, "host id, lower case")
          .secure(true).build(),
      CookieDeclaration.builder("cross", CookieCategory.NECESSARY, "cross-site").build()));

  public static final CookieGuard GUARD = CookieGuard.of(REGISTRY, CLOCK);

  private GuardFixtures() {}
}
