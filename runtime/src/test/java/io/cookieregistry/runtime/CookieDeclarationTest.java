package io.cookieregistry.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.runtime.internal.CookieLifetime;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CookieDeclarationTest {

  @Test
  void theConsentRuleOfTheProduct() {
    assertFalse(CookieDeclaration.builder("a", CookieCategory.NECESSARY, "p").build().requiresConsent());
    assertTrue(CookieDeclaration.builder("a", CookieCategory.PREFERENCES, "p").build().requiresConsent());
    assertTrue(CookieDeclaration.builder("a", CookieCategory.STATISTICS, "p").build().requiresConsent());
    assertFalse(CookieDeclaration.builder("a", CookieCategory.STATISTICS, "p").anonymized(true)
        .build().requiresConsent());
    assertTrue(CookieDeclaration.builder("a", CookieCategory.MARKETING, "p").build().requiresConsent());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "a b|name contains a space at index 1",
      "x*y|has a '*' before its end",
      "*|pattern with no prefix",
      "a;b|contains ';' at index 1"})
  void theBuilderRefusesWhatTheProcessorReports(String name, String problem) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CookieDeclaration.builder(name, CookieCategory.NECESSARY, "p").build());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
    assertTrue(e.getMessage().startsWith("cookie '" + name + "'"), e.getMessage());
  }

  @Test
  void theBuilderRefusesBlankPurposesMisplacedAnonymityAndInsecurePrefixes() {
    assertThrows(IllegalArgumentException.class,
        () -> CookieDeclaration.builder("a", CookieCategory.NECESSARY, " ").build());
    assertThrows(IllegalArgumentException.class,
        () -> CookieDeclaration.builder("a", CookieCategory.MARKETING, "p").anonymized(true).build());
    assertThrows(IllegalArgumentException.class,
        () -> CookieDeclaration.builder("__Host-a", CookieCategory.NECESSARY, "p").build());
    assertEquals("__Host-a", CookieDeclaration.builder("__Host-a", CookieCategory.NECESSARY, "p")
        .secure(true).build().name());
  }

  @ParameterizedTest
  @CsvSource({
      "session, Session, false",
      "PT30M, 30 minutes, false",
      "P1D, 1 day, false",
      "P13M, 13 months, false",
      "P1DT12H, 1 day 12 hours, false",
      "P400D, 400 days, false",
      "P401D, 401 days, true",
      "P2Y, 2 years, true"})
  void lifetimesReadAsWordsAndKnowTheBrowserCap(String text, String words, boolean tooLong) {
    CookieLifetime lifetime = CookieLifetime.parse(text);
    assertEquals(words, lifetime.describe());
    assertEquals(tooLong, lifetime.exceedsBrowserCap());
  }

  @Test
  void monthsCountAtTheirAverageLength() {
    Duration thirteenMonths = CookieLifetime.parse("P13M").approximateDuration().orElseThrow();
    assertEquals(395, thirteenMonths.toDays());
  }

  @Test
  void patternsMatchByPrefixOnlyAndCaseSensitively() {
    CookieDeclaration ga = CookieDeclaration.builder("_ga_*", CookieCategory.STATISTICS, "p").build();
    CookieRegistry registry = CookieRegistry.of(List.of(ga));
    assertEquals(Optional.of(ga), registry.find("_ga_"));
    assertEquals(Optional.of(ga), registry.find("_ga_XYZ"));
    assertEquals(Optional.empty(), registry.find("_ga"));
    assertEquals(Optional.empty(), registry.find("_GA_XYZ"));
  }
}
