package io.cookieregistry.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.CookieRegistry;
import io.cookieregistry.runtime.policy.PolicyFormat;
import io.cookieregistry.runtime.policy.PolicyLanguage;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example reproduces the seed policy's table from its annotations. */
class ExamplePolicyTest {
  /** The four rows of the seed page, cell by cell, as its authors wrote them. */
  static final List<List<String>> SEED_ROWS = List.of(
      List.of("Opendatasoft", "Authentication (front and back office)", "sessionid",
          "To remember the user from one page to another"),
      List.of("Opendatasoft", "Language selection (front and back office)", "django_language",
          "To remember the visitor's language"),
      List.of("Opendatasoft", "API (CSRF) (front et back office)", "csrftoken",
          "To retrieve data via API calls"),
      List.of("Opendatasoft", "Choices related to your cookie preferences", "cookies_preferences",
          "To remember the visitor's cookie preferences"));

  @Test
  void theGeneratedMarkdownContainsTheSeedRowsVerbatim() throws IOException {
    String md = GeneratedPolicy.read(PolicyFormat.MARKDOWN);
    for (List<String> row : SEED_ROWS) {
      String cells = "| " + String.join(" | ", row) + " |";
      assertTrue(md.contains("\n" + cells), "missing row " + cells + " in\n" + md);
    }
    String necessary = md.substring(md.indexOf("### Necessary cookies"),
        md.indexOf("### Statistics cookies"));
    int previous = -1;
    for (List<String> row : SEED_ROWS) {
      int at = necessary.indexOf("\n| " + String.join(" | ", row) + " |");
      assertTrue(at > previous, "the seed's rows, in the seed's order:\n" + necessary);
      previous = at;
    }
  }

  @Test
  void theFrenchPolicyShowsTheSitesOwnTranslations() throws IOException {
    String fr = GeneratedPolicy.read(PolicyFormat.MARKDOWN, PolicyLanguage.FRENCH);
    assertTrue(fr.contains("| Opendatasoft | Authentification (front et back office) | sessionid"
        + " | Pour reconnaître l'utilisateur d'une page à l'autre | Session | Interne |"), fr);
    assertTrue(fr.contains("| Opendatasoft | API (CSRF) (front et back office) | csrftoken |"), fr);
  }

  @Test
  void theHtmlAndJsonPoliciesShipInTheJar() throws IOException {
    assertTrue(GeneratedPolicy.read(PolicyFormat.HTML)
        .contains("<td data-label=\"Purposes\">To remember the visitor&#39;s language</td>"));
    assertTrue(GeneratedPolicy.read(PolicyFormat.JSON).contains("\"name\": \"csrftoken\""));
  }

  @Test
  void theRuntimeLoadsTheGeneratedRegistry() {
    CookieRegistry registry = CookieRegistry.load();
    CookieDeclaration session = registry.find("sessionid").orElseThrow();
    assertEquals(CookieCategory.NECESSARY, session.category());
    assertEquals("Opendatasoft", session.provider());
    assertEquals("Authentication (front and back office)", session.function());
    assertTrue(session.httpOnly());
    assertEquals(1, session.order(), "the order travels through the generated registry");
    assertEquals(Integer.MAX_VALUE, registry.find("ad_uid").orElseThrow().order());
    assertEquals("_pk_id.*", registry.find("_pk_id.1.maia").orElseThrow().name());
    assertTrue(registry.find("ad_uid").orElseThrow().thirdParty());
    assertEquals(6, registry.declarations().size());
  }
}
