package io.cookieregistry.runtime;

import static io.cookieregistry.runtime.GuardFixtures.GUARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.runtime.Decision.Reason;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The guard's decisions: registry, consent, attributes and deletions. */
class CookieGuardTest {

  @Test
  void onlyDeclaredCookiesAndDeletionsAreAllowed() {
    EnumSet<Reason> allowed = EnumSet.noneOf(Reason.class);
    for (Reason reason : Reason.values()) {
      if (reason.allowed()) {
        allowed.add(reason);
      }
    }
    assertEquals(EnumSet.of(Reason.DECLARED, Reason.DELETION), allowed);
    assertTrue(GUARD.check("csrftoken=1", Consent.none()).allowed());
    assertFalse(GUARD.check("visitor_uid=1", Consent.all()).allowed());
  }

  @ParameterizedTest(name = "[{index}] {0} with {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "csrftoken=1|none|DECLARED",
      "lang=fr|none|NO_CONSENT",
      "lang=fr|preferences|DECLARED",
      "_pk_id.1.site=1|none|NO_CONSENT",
      "_pk_id.1.site=1|marketing|NO_CONSENT",
      "_pk_id.1.site=1|statistics|DECLARED",
      "_pk_ses.1.site=1|none|DECLARED",
      "ad_uid=1|statistics|NO_CONSENT",
      "ad_uid=1|marketing|DECLARED",
      "ad_uid=1|all|DECLARED",
      "visitor_uid=1|all|UNDECLARED",
      "_pk_id=1|all|UNDECLARED",
      "_pk_id.=1|all|DECLARED"})
  void decidesByDeclarationAndConsent(String header, String consent, Reason expected) {
    Decision decision = GUARD.check(header, consent(consent));
    assertEquals(expected, decision.reason(), decision.message());
    assertEquals(header.substring(0, header.indexOf('=')), decision.cookieName());
    assertTrue(decision.message().contains(decision.cookieName()), decision.message());
  }

  private static Consent consent(String text) {
    switch (text) {
      case "none":
        return Consent.none();
      case "all":
        return Consent.all();
      default:
        return Consent.of(CookieCategory.valueOf(text.toUpperCase(java.util.Locale.ROOT)));
    }
  }

  @Test
  void nullConsentIsNoConsent() {
    assertEquals(Reason.NO_CONSENT, GUARD.check("ad_uid=1", null).reason());
    assertEquals(Reason.DECLARED, GUARD.check("csrftoken=1", null).reason());
  }

  @Test
  void reportsTheMatchingDeclaration() {
    assertEquals("_pk_id.*", GUARD.check("_pk_id.7.x=1", Consent.none()).declaration().orElseThrow().name());
    assertEquals("ad_uid", GUARD.check("ad_uid=1", Consent.none()).declaration().orElseThrow().name());
    assertFalse(GUARD.check("nope=1", Consent.all()).declaration().isPresent());
  }

  @Test
  void sharesOneDecisionPerDeclaredExactName() {
    Decision first = GUARD.check("csrftoken=1; Path=/", Consent.none());
    assertSame(first, GUARD.check("csrftoken=2", Consent.all()));
  }

  @ParameterizedTest(name = "[{index}] {0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "secure_pref=1|ATTRIBUTE_MISMATCH",
      "secure_pref=1; Secure|DECLARED",
      "sessionid=1; Secure|ATTRIBUTE_MISMATCH",
      "sessionid=1; HttpOnly|DECLARED",
      "__Secure-id=1|ATTRIBUTE_MISMATCH",
      "__Secure-id=1; Secure|DECLARED",
      "__Host-id=1; Secure; Path=/|DECLARED",
      "__Host-id=1; Secure; Path=/; Domain=|DECLARED",
      "__Host-id=1; Path=/|ATTRIBUTE_MISMATCH",
      "__Host-id=1; Secure|ATTRIBUTE_MISMATCH",
      "__Host-id=1; Secure; Path=/app|ATTRIBUTE_MISMATCH",
      "__Host-id=1; Secure; Path=/; Path=/app|ATTRIBUTE_MISMATCH",
      "__Host-id=1; Secure; Path=/app; Path=/|DECLARED",
      "__Host-id=1; Secure; Path=/; Domain=example.org|ATTRIBUTE_MISMATCH",
      "__host-lower=1|ATTRIBUTE_MISMATCH",
      "__host-lower=1; secure; path=/|DECLARED",
      "cross=1; SameSite=None|ATTRIBUTE_MISMATCH",
      "cross=1; SameSite=none; Secure|DECLARED",
      "cross=1; SameSite=None; SameSite=Lax|DECLARED",
      "cross=1; SameSite=Strict|DECLARED"})
  void checksAttributes(String header, Reason expected) {
    Decision decision = GUARD.check(header, Consent.all());
    assertEquals(expected, decision.reason(), decision.message());
  }

  @ParameterizedTest(name = "[{index}] {0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "ad_uid=; Max-Age=0|DELETION",
      "ad_uid=; Max-Age=-1|DELETION",
      "ad_uid=; max-age=-0|DELETION",
      "visitor_uid=; Max-Age=0|DELETION",
      "ad_uid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT|DELETION",
      "ad_uid=; Expires=Sun, 01 Mar 2026 12:00:00 GMT|DELETION",
      "ad_uid=; Expires=Sun, 01 Mar 2026 12:00:01 GMT|NO_CONSENT",
      "ad_uid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=60|NO_CONSENT",
      "ad_uid=; Max-Age=60; Expires=Thu, 01 Jan 1970 00:00:00 GMT|NO_CONSENT",
      "ad_uid=; Max-Age=x; Expires=Thu, 01 Jan 1970 00:00:00 GMT|DELETION",
      "__Host-id=; Max-Age=0; Secure; Path=/|DELETION",
      "ad_uid=; Max-Age=1|NO_CONSENT"})
  void allowsDeletionsWhateverTheNameAndConsent(String header, Reason expected) {
    Decision decision = GUARD.check(header, Consent.none());
    assertEquals(expected, decision.reason(), decision.message());
  }

  @Test
  void deletionKeepsTheDeclarationWhenThereIsOne() {
    assertEquals("ad_uid", GUARD.check("ad_uid=; Max-Age=0", Consent.none())
        .declaration().orElseThrow().name());
  }

  @Test
  void malformedDecisionsNameNoCookie() {
    Decision decision = GUARD.check("a=b\r\nc", Consent.all());
    assertEquals("", decision.cookieName());
    assertTrue(decision.message().contains("control character"), decision.message());
    assertFalse(decision.allowed());
  }

  /** A header a browser ignores altogether deletes nothing, so it is judged before the deletion rule. */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "__Host-id=; Max-Age=0",
      "__Host-id=; Max-Age=0; Secure",
      "__Host-id=; Max-Age=0; Secure; Path=/; Domain=example.org",
      "__Secure-id=; Expires=Thu, 01 Jan 1970 00:00:00 GMT",
      "__Secure-undeclared=; Max-Age=0",
      "ad_uid=; Max-Age=0; SameSite=None"})
  void aHeaderBrowsersIgnoreIsNoDeletion(String header) {
    Decision decision = GUARD.check(header, Consent.none());
    assertEquals(Reason.ATTRIBUTE_MISMATCH, decision.reason(), decision.message());
    assertFalse(decision.allowed());
  }

  /** Source escapes: the strings hold the characters themselves. */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "ad_uid=1; Max-Age=0; Max-Age\u0100=31536000",
      "ad_uid=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT\u0100",
      "csrftoken=\u20ac",
      "csrf\u0100token=1"})
  void charactersNoHeaderCanCarryAreMalformed(String header) {
    Decision decision = GUARD.check(header, Consent.all());
    assertEquals(Reason.MALFORMED, decision.reason(), decision.message());
    assertTrue(decision.message().contains("U+00FF"), decision.message());
  }
}
