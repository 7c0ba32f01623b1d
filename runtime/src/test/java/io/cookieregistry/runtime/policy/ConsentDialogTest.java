package io.cookieregistry.runtime.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cookieregistry.CookieCategory;
import io.cookieregistry.runtime.CookieDeclaration;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The consent dialog's markup and configuration, and the exports for other consent managers. */
class ConsentDialogTest {
  private static final CookiePolicy POLICY = GoldenPolicyTest.POLICY;

  private static JsonNode config(String html) throws IOException {
    String start = "<script type=\"application/json\" id=\"cookie-consent-config\">";
    int from = html.indexOf(start) + start.length();
    return new ObjectMapper().readTree(html.substring(from, html.indexOf("</script>", from)));
  }

  @Test
  void offersAChoiceForEachDeclaredCategoryThatNeedsConsent() throws IOException {
    String html = ConsentDialog.of(POLICY).html(PolicyLanguage.ENGLISH);
    assertTrue(html.contains("id=\"cc-necessary\" name=\"category\" value=\"necessary\" checked"
        + " disabled"), html);
    assertTrue(html.contains("<label for=\"cc-necessary\">Necessary cookies (Always on)</label>"), html);
    assertTrue(html.contains("<label for=\"cc-marketing\">Marketing cookies</label>"), html);
    assertTrue(html.contains("<li><code>ad_uid</code> · Ads &amp; Co · 1 day 12 hours<br>"
        + "To show &lt;relevant&gt; ads</li>"), html);
    assertTrue(html.contains("<form method=\"post\" action=\"/consent\">"), html);
    JsonNode config = config(html);
    assertEquals("cookies_preferences", config.get("cookie").asText());
    assertEquals("v1:", config.get("version").asText());
    assertEquals(List.of("preferences", "statistics", "marketing"),
        config.get("categories").findValuesAsText("name"));
    JsonNode statistics = config.get("categories").get(1);
    assertEquals("anon", statistics.get("names").get(0).asText());
    assertEquals("_pk_id.", statistics.get("prefixes").get(0).asText());

    CookiePolicy necessaryOnly = CookiePolicy.of("", List.of(
        CookieDeclaration.builder("sid", CookieCategory.NECESSARY, "p").build(),
        CookieDeclaration.builder("anon", CookieCategory.STATISTICS, "p").anonymized(true).build()));
    String few = ConsentDialog.of(necessaryOnly).html(PolicyLanguage.GERMAN);
    assertFalse(few.contains("cc-marketing"), "no choice for a category the site does not use");
    assertTrue(few.contains("value=\"statistics\" checked disabled"), "anonymous statistics need no choice");
    assertEquals(0, config(few).get("categories").size());
  }

  @Test
  void acceptAndRejectAreEquallyProminentAndComeFirst() {
    String html = ConsentDialog.of(POLICY).html(PolicyLanguage.FRENCH);
    String accept = "<button type=\"submit\" name=\"choice\" value=\"all\">Tout accepter</button>";
    String reject = "<button type=\"submit\" name=\"choice\" value=\"none\">Tout refuser</button>";
    assertTrue(html.contains("</p>\n<div class=\"cc-actions\">" + accept + reject + "</div>\n"
        + "<div class=\"cc-category\">"), "side by side, alike, before the details: " + html);
    assertTrue(html.indexOf("value=\"save\" class=\"cc-save\">Enregistrer mes choix</button>")
        > html.lastIndexOf("<div class=\"cc-category\">"), "saving a selection comes after it");
    assertTrue(html.contains("lang=\"fr\""), html);
  }

  @Test
  void theDialogAndItsScriptWeighLessThanTenKilobytesGzipped() throws IOException {
    String html = ConsentDialog.of(POLICY).html(PolicyLanguage.GERMAN);
    int gzipped = gzip(html + ConsentDialog.script());
    assertTrue(gzipped < 10 * 1024, gzipped + " bytes gzipped");
    assertTrue(gzip(ConsentDialog.script()) < 3 * 1024, "the script alone stays small");
  }

  @Test
  void theScriptTagCarriesTheConsentModeSwitchAndRefusesOddAddresses() {
    assertEquals("<script src=\"/cookie-consent.js\"></script>",
        ConsentDialog.of(POLICY).scriptTag("/cookie-consent.js"));
    assertEquals("<script src=\"/cookie-consent.js\" data-google-consent-mode></script>",
        ConsentDialog.of(POLICY).withGoogleConsentMode(true).scriptTag("/cookie-consent.js"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ConsentDialog.of(POLICY).withPolicyUrl("javascript:x"));
    assertTrue(e.getMessage().contains("policyUrl 'javascript:x'"), e.getMessage());
    assertTrue(ConsentDialog.script().contains("gtag('consent', 'default'"));
    assertTrue(ConsentDialog.script().contains("gtag('consent', 'update'"));
  }

  @Test
  void theChoicesPageShowsTheDialogOpenWithoutTheScript() {
    String page = ConsentDialog.of(POLICY).page(PolicyLanguage.DUTCH, "/cookie-consent.js",
        io.cookieregistry.runtime.Consent.of(CookieCategory.MARKETING));
    assertTrue(page.contains("value=\"marketing\" checked aria-describedby"), page);
    assertTrue(page.contains("value=\"statistics\" aria-describedby"), page);
    assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"nl\">"), page);
    assertTrue(page.contains(" open data-page>"), page);
    assertTrue(page.contains("<h1 id=\"cc-title\">Jouw cookiekeuzes</h1>"), page);
  }

  @Test
  void exportsAreValidJsonWithTheDeclaredCookiesInEveryLanguage() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode cc = mapper.readTree(ConsentExport.COOKIECONSENT_V3.render(POLICY));
    assertTrue(cc.at("/categories/necessary/readOnly").asBoolean());
    assertFalse(cc.at("/categories/marketing").has("readOnly"));
    assertEquals("^_pk_id\\.", cc.at("/categories/statistics/services/matomo/cookies/0/name").asText());
    assertEquals(6, cc.at("/language/translations").size());
    assertEquals("Tout refuser", cc.at("/language/translations/fr/consentModal/acceptNecessaryBtn").asText());
    assertEquals("ad_uid", cc.at("/language/translations/de/preferencesModal/sections/3/cookieTable/body/0/name").asText());

    JsonNode klaro = mapper.readTree(ConsentExport.KLARO.render(POLICY));
    JsonNode matomo = null;
    for (JsonNode service : klaro.get("services")) {
      matomo = service.get("name").asText().equals("matomo-statistics") ? service : matomo;
    }
    assertEquals(List.of("^_pk_id\\."), List.of(matomo.get("cookies").get(0).asText()));
    assertFalse(matomo.get("required").asBoolean());
    assertTrue(klaro.get("services").get(0).get("required").asBoolean(), "necessary cookies");
    assertEquals("Cookies de mesure d'audience",
        klaro.at("/translations/fr/purposes/statistics/title").asText());
  }

  @Test
  void aNameThatLooksLikeARegularExpressionIsQuoted() {
    assertEquals("^\\^odd$", ConsentExport.matcher(
        CookieDeclaration.builder("^odd", CookieCategory.NECESSARY, "p").build()));
    assertEquals("^a\\.b\\$", ConsentExport.matcher(
        CookieDeclaration.builder("a.b$*", CookieCategory.NECESSARY, "p").build()));
  }

  /** A service key: lower-case letters and digits, one dash for each run of anything else. */
  @Test
  void aProviderBecomesAServiceKey() {
    assertEquals("ad-partner-gmbh", ConsentExport.slug("Ad Partner GmbH!"));
    assertEquals("acme-ltd-2", ConsentExport.slug("--Acme  Ltd. 2--"));
    assertEquals("soci-t", ConsentExport.slug("Société"));
    assertEquals("site", ConsentExport.slug("!!!"));
    assertEquals("site", ConsentExport.slug(""));
  }

  private static int gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.size();
  }
}
