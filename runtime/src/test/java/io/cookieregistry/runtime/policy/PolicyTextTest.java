package io.cookieregistry.runtime.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cookieregistry.runtime.internal.CookieLifetime;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The words of each language, how a language is chosen, and what a policy may link to. */
class PolicyTextTest {
  @Test
  void everyLanguageHasExactlyTheEnglishKeysAndItsPlaceholders() {
    PolicyText english = PolicyLanguage.ENGLISH.text();
    for (PolicyLanguage language : PolicyLanguage.values()) {
      PolicyText text = language.text();
      assertEquals(english.keys(), text.keys(), language.tag());
      for (String key : english.keys()) {
        for (String placeholder : List.of("{site}", "{date}", "{controller}", "{contact}",
            "{count}", "{day}", "{month}", "{year}")) {
          assertEquals(english.get(key).contains(placeholder), text.get(key).contains(placeholder),
              language.tag() + " " + key + " " + placeholder);
        }
      }
      assertEquals(12, text.get("date.months").split(",").length, language.tag());
    }
  }

  @Test
  void theTextsDifferBetweenLanguages() {
    assertEquals("Cookie policy", PolicyLanguage.ENGLISH.text().get("title"));
    assertEquals("Politique relative aux cookies", PolicyLanguage.FRENCH.text().get("title"));
    assertEquals("Cookie-Richtlinie", PolicyLanguage.GERMAN.text().get("title"));
    assertEquals("Política de cookies", PolicyLanguage.SPANISH.text().get("title"));
    assertEquals("Informativa sui cookie", PolicyLanguage.ITALIAN.text().get("title"));
    assertEquals("Cookiebeleid", PolicyLanguage.DUTCH.text().get("title"));
  }

  @Test
  void datesAreWrittenAsEachLanguageWritesThem() {
    LocalDate first = LocalDate.of(2026, 3, 1);
    LocalDate later = LocalDate.of(2026, 11, 25);
    assertEquals("25 November 2026", PolicyLanguage.ENGLISH.text().date(later));
    assertEquals("1er mars 2026", PolicyLanguage.FRENCH.text().date(first));
    assertEquals("25. November 2026", PolicyLanguage.GERMAN.text().date(later));
    assertEquals("1 de marzo de 2026", PolicyLanguage.SPANISH.text().date(first));
    assertEquals("1º marzo 2026", PolicyLanguage.ITALIAN.text().date(first));
    assertEquals("25 november 2026", PolicyLanguage.DUTCH.text().date(later));
  }

  @Test
  void durationsAreWrittenInWordsWithSingularAndPlural() {
    assertEquals("13 months", PolicyLanguage.ENGLISH.text().duration(CookieLifetime.parse("P13M")));
    assertEquals("1 an 1 mois", PolicyLanguage.FRENCH.text().duration(CookieLifetime.parse("P1Y1M")));
    assertEquals("1 Tag 12 Stunden",
        PolicyLanguage.GERMAN.text().duration(CookieLifetime.parse("P1DT12H")));
    assertEquals("30 minutos", PolicyLanguage.SPANISH.text().duration(CookieLifetime.parse("PT30M")));
    assertEquals("Sessione", PolicyLanguage.ITALIAN.text().duration(CookieLifetime.parse("session")));
    assertEquals("2 jaar", PolicyLanguage.DUTCH.text().duration(CookieLifetime.parse("P2Y")));
  }

  @Test
  void aLocaleOrAnAcceptLanguageHeaderChoosesTheLanguage() {
    assertEquals(PolicyLanguage.FRENCH, PolicyLanguage.of(Locale.CANADA_FRENCH));
    assertEquals(PolicyLanguage.ENGLISH, PolicyLanguage.of(Locale.JAPANESE));
    assertEquals(PolicyLanguage.GERMAN, PolicyLanguage.negotiate("de-CH, de;q=0.9, en;q=0.8"));
    assertEquals(PolicyLanguage.DUTCH, PolicyLanguage.negotiate("ja, nl-BE;q=0.5, en;q=0.4"));
    assertEquals(PolicyLanguage.SPANISH, PolicyLanguage.negotiate("en;q=0.2, es-419"));
    assertEquals(PolicyLanguage.ENGLISH, PolicyLanguage.negotiate("fr;q=0, ja"));
    assertEquals(PolicyLanguage.ENGLISH, PolicyLanguage.negotiate("\u0000;;;q=x"));
    assertEquals(PolicyLanguage.ENGLISH, PolicyLanguage.negotiate(null));
  }

  @Test
  void aPolicyLinksOnlyToPagesAndMailAddresses() {
    assertTrue(PolicyLinks.isPageAddress("/consent"));
    assertTrue(PolicyLinks.isPageAddress("https://shop.example/cookies"));
    assertFalse(PolicyLinks.isPageAddress("javascript:alert(1)"));
    assertFalse(PolicyLinks.isPageAddress("//evil.example/x"));
    assertFalse(PolicyLinks.isPageAddress("/a b"));
    assertFalse(PolicyLinks.isPageAddress("/a\"onmouseover=x"));
    assertEquals("mailto:dpo@shop.example", PolicyLinks.contactHref("dpo@shop.example").orElseThrow());
    assertEquals("https://shop.example/contact",
        PolicyLinks.contactHref("https://shop.example/contact").orElseThrow());
    assertTrue(PolicyLinks.contactHref("call us").isEmpty());
    assertTrue(PolicyLinks.contactHref("mailto:a@b.c?x").isEmpty());

    CookiePolicy policy = CookiePolicy.of("", List.of());
    IllegalArgumentException contact = assertThrows(IllegalArgumentException.class,
        () -> policy.withContact("Call 555"));
    assertTrue(contact.getMessage().contains("'Call 555'"), contact.getMessage());
    IllegalArgumentException choices = assertThrows(IllegalArgumentException.class,
        () -> policy.withChoicesUrl("javascript:void(0)"));
    assertTrue(choices.getMessage().contains("choicesUrl"), choices.getMessage());
  }
}
