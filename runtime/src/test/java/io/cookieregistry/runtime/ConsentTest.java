package io.cookieregistry.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cookieregistry.CookieCategory;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Consent and its {@code cookies_preferences} cookie. */
class ConsentTest {
  @Test
  void theChoiceIsKeptAsLongAsTheConsentCookieIsDeclared() {
    CookieDeclaration other = CookieDeclaration.builder("sid", CookieCategory.NECESSARY, "Session")
        .duration("P2Y").build();
    assertEquals(java.time.Duration.ofDays(30), ConsentCookie.lifetime(List.of(other,
        CookieDeclaration.builder(ConsentCookie.NAME, CookieCategory.NECESSARY, "Choices")
            .duration("P30D").build())));
    assertEquals(ConsentCookie.DEFAULT_LIFETIME, ConsentCookie.lifetime(List.of(other)));
    assertEquals(ConsentCookie.DEFAULT_LIFETIME, ConsentCookie.lifetime(List.of(
        CookieDeclaration.builder(ConsentCookie.NAME, CookieCategory.NECESSARY, "Choices").build())));
    assertEquals(java.time.Duration.ofDays(180), ConsentCookie.DEFAULT_LIFETIME);
  }

  private static final List<CookieCategory> OPTIONAL = List.of(
      CookieCategory.PREFERENCES, CookieCategory.STATISTICS, CookieCategory.MARKETING);

  @Test
  void necessaryAndAnonymisedStatisticsNeedNoConsent() {
    CookieDeclaration anonymous = CookieDeclaration.builder("a", CookieCategory.STATISTICS, "p")
        .anonymized(true).build();
    CookieDeclaration tracking = CookieDeclaration.builder("t", CookieCategory.STATISTICS, "p").build();
    assertTrue(Consent.none().allows(CookieCategory.NECESSARY));
    assertTrue(Consent.none().allows(anonymous));
    assertFalse(Consent.none().allows(tracking));
    assertTrue(Consent.of(CookieCategory.STATISTICS).allows(tracking));
    assertFalse(Consent.of(CookieCategory.MARKETING).allows(tracking));
    assertEquals(Consent.all(), Consent.of(CookieCategory.values()));
    assertEquals(Consent.none(), Consent.of(CookieCategory.NECESSARY));
    assertEquals(Set.of(CookieCategory.NECESSARY, CookieCategory.MARKETING),
        Consent.of(CookieCategory.MARKETING).categories());
  }

  @Test
  void everyChoiceSurvivesTheCookie() {
    for (int mask = 0; mask < 8; mask++) {
      Set<CookieCategory> chosen = EnumSet.noneOf(CookieCategory.class);
      for (int i = 0; i < 3; i++) {
        if ((mask & 1 << i) != 0) {
          chosen.add(OPTIONAL.get(i));
        }
      }
      Consent consent = Consent.of(chosen);
      String value = ConsentCookie.format(consent);
      assertTrue(value.startsWith("v1:"), value);
      assertTrue(value.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != ',' && c != ';'
          && c != '"' && c != '\\'), "only cookie-octets: " + value);
      assertEquals(consent, ConsentCookie.parse(value), value);
      assertEquals(consent, ConsentCookie.fromCookieHeader("a=1; " + ConsentCookie.NAME + "=" + value));
    }
  }

  @Test
  void writesTheDocumentedFormat() {
    assertEquals("v1:none", ConsentCookie.format(Consent.none()));
    assertEquals("v1:statistics.marketing",
        ConsentCookie.format(Consent.of(CookieCategory.MARKETING, CookieCategory.STATISTICS)));
    assertEquals("v1:preferences.statistics.marketing", ConsentCookie.format(Consent.all()));
  }

  @Test
  void readsQuotedAndRedundantValues() {
    assertEquals(Consent.of(CookieCategory.MARKETING), ConsentCookie.parse("\"v1:marketing\""));
    assertEquals(Consent.of(CookieCategory.MARKETING), ConsentCookie.parse("v1:necessary.marketing"));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @NullAndEmptySource
  @ValueSource(strings = {
      "v1:", "v1", "v2:statistics", "V1:statistics", "v1:STATISTICS", "v1:stats", "v1:statistics.",
      "v1:.statistics", "v1:statistics..marketing", "v1:statistics,marketing", "statistics",
      "\"v1:statistics", "v1:statistics marketing", "yes", "\u0000", "v1:none.bogus", "v1:none.marketing",
      "v1:statistics.none"})
  void readsGarbageAsNoConsent(String value) {
    assertEquals(Consent.none(), ConsentCookie.parse(value));
  }

  @Test
  void readsGarbageOfAnyLengthAsNoConsent() {
    assertEquals(Consent.none(), ConsentCookie.parse("v1:" + "marketing.".repeat(30) + "marketing"));
  }

  @Test
  void findsTheCookieInARequestHeader() {
    assertEquals(Consent.of(CookieCategory.STATISTICS),
        ConsentCookie.fromCookieHeader("sessionid=1;cookies_preferences = v1:statistics ; lang=fr"));
    assertEquals(Consent.of(CookieCategory.STATISTICS), ConsentCookie.fromCookieHeader(
        "cookies_preferences=v1:statistics; cookies_preferences=v1:marketing"));
    assertEquals(Consent.none(), ConsentCookie.fromCookieHeader("xcookies_preferences=v1:marketing"));
    assertEquals(Consent.none(), ConsentCookie.fromCookieHeader(null));
    assertEquals(Consent.none(), ConsentCookie.fromCookieHeader(";;=;"));
  }
}
