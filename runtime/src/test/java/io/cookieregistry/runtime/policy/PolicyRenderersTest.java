package io.cookieregistry.runtime.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cookieregistry.CookieCategory;
import io.cookieregistry.runtime.CookieDeclaration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PolicyRenderersTest {
  private static final String NASTY = "a\"b\\c\n\r\t\b\f\u0000\u001f\u2028</script>&<|*_`[x]~é😀";

  private static CookiePolicy policy(String purpose) {
    return CookiePolicy.of("site", List.of(
        CookieDeclaration.builder("sid", CookieCategory.NECESSARY, purpose).function("f").build(),
        CookieDeclaration.builder("_ga_*", CookieCategory.STATISTICS, "stats").anonymized(true)
            .duration("P13M").provider("Google").thirdParty(true).build()));
  }

  @Test
  void jsonRoundTripsEveryStringThroughARealParser() throws Exception {
    JsonNode root = new ObjectMapper().readTree(PolicyFormat.JSON.render(policy(NASTY)));
    assertEquals(1, root.get("schemaVersion").asInt());
    assertEquals("site", root.get("site").asText());
    JsonNode sid = root.get("cookies").get(0);
    assertEquals(NASTY, sid.get("purpose").asText());
    assertTrue(sid.get("provider").isNull(), "first party has no provider");
    assertFalse(sid.get("requiresConsent").asBoolean());
    JsonNode ga = root.get("cookies").get(1);
    assertEquals("_ga_*", ga.get("name").asText());
    assertTrue(ga.get("pattern").asBoolean());
    assertEquals("P13M", ga.get("duration").asText());
    assertEquals("13 months", ga.get("durationText").asText());
    assertFalse(ga.get("requiresConsent").asBoolean(), "anonymised statistics need no consent");
  }

  @Test
  void jsonOfRandomTextAlwaysParsesBack() throws Exception {
    Random random = new Random(42);
    ObjectMapper mapper = new ObjectMapper();
    for (int i = 0; i < 500; i++) {
      StringBuilder text = new StringBuilder("x");
      for (int j = random.nextInt(40); j > 0; j--) {
        text.append((char) random.nextInt(0x3000));
      }
      String purpose = text.toString();
      JsonNode root = mapper.readTree(PolicyFormat.JSON.render(policy(purpose)));
      assertEquals(purpose, root.get("cookies").get(0).get("purpose").asText());
    }
  }

  @Test
  void anEmptyPolicyIsValidJsonAndSaysSoInProse() throws Exception {
    CookiePolicy empty = CookiePolicy.of("", List.of());
    assertEquals(0, new ObjectMapper().readTree(PolicyFormat.JSON.render(empty)).get("cookies").size());
    assertTrue(PolicyFormat.MARKDOWN.render(empty).contains("This site sets no cookies."));
    assertTrue(PolicyFormat.HTML.render(empty).contains("What cookies are used on this site"));
  }

  @Test
  void htmlEscapesItsFiveSpecialCharactersAndKeepsTheRest() {
    assertEquals("Caf\u00e9 &amp; co", HtmlPolicyRenderer.escape("Caf\u00e9 & co"));
    assertEquals("&lt;b&gt;&amp;&quot;c&#39;", HtmlPolicyRenderer.escape("<b>&\"c'"));
    assertEquals("a&lt;b&gt;c &amp; d", HtmlPolicyRenderer.escape("a<b>c & d"));
    String plain = "plain text";
    assertSame(plain, HtmlPolicyRenderer.escape(plain), "nothing to escape, nothing copied");
    assertEquals("", HtmlPolicyRenderer.escape(""));
  }

  @Test
  void markdownKeepsWordsWithUnderscoresAndEscapesMarkup() {
    assertEquals("django_language", MarkdownPolicyRenderer.escape("django_language"));
    assertEquals("\\_ga\\_\\*", MarkdownPolicyRenderer.escape("_ga_*"));
    assertEquals("a \\| b \\\\ \\<i\\> \\[x\\](y) \\`c\\` \\& \\~",
        MarkdownPolicyRenderer.escape("a | b \\ <i> [x](y) `c` & ~"));
    assertEquals("one two", MarkdownPolicyRenderer.escape("one\ntwo"));
    assertEquals("\\# one  two\\_", MarkdownPolicyRenderer.escape("# one\r\ntwo_"));
    String plain = "Remembers the visitor's language";
    assertSame(plain, MarkdownPolicyRenderer.escape(plain), "nothing to escape, nothing copied");
    String md = PolicyFormat.MARKDOWN.render(policy("line one\nline | two"));
    assertTrue(md.contains("| site | f | sid | line one line \\| two | Session | First party |"), md);
  }

  @Test
  void htmlEscapesEveryText() {
    String html = PolicyFormat.HTML.render(policy("<img src=x onerror=alert(1)> & 'q' \"d\""));
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &#39;q&#39; &quot;d&quot;"), html);
    assertFalse(html.contains("<img"), html);
    assertFalse(html.contains("<caption>"), "the heading names each table, no caption repeats it");
    String statistics = html.substring(html.indexOf("<h3 id=\"cookies-statistics\">"));
    assertTrue(statistics.startsWith("<h3 id=\"cookies-statistics\">Statistics cookies</h3>\n"
        + "<p>These cookies do not need your consent.</p>\n"
        + "<table aria-labelledby=\"cookies-statistics\">"), statistics);
  }

  @Test
  void eachTableSaysWhetherItsCookiesNeedConsent() {
    String md = PolicyFormat.MARKDOWN.render(CookiePolicy.of("site", List.of(
        CookieDeclaration.builder("sid", CookieCategory.NECESSARY, "p").build(),
        CookieDeclaration.builder("anon", CookieCategory.STATISTICS, "p").anonymized(true).build(),
        CookieDeclaration.builder("track", CookieCategory.STATISTICS, "p").build(),
        CookieDeclaration.builder("ads", CookieCategory.MARKETING, "p").build())));
    assertTrue(md.contains("### Necessary cookies\n\nThese cookies do not need your consent."), md);
    assertTrue(md.contains("### Statistics cookies\n\nAnonymous measurement cookies do not need"
        + " your consent; the others are only set if you agree."), md);
    assertTrue(md.contains("### Marketing cookies\n\nThese cookies are only set if you agree."), md);
  }

  @Test
  void rowsFollowTheDeclaredOrderWithinTheirCategoryThenTheName() {
    String md = PolicyFormat.MARKDOWN.render(CookiePolicy.of("site", List.of(
        CookieDeclaration.builder("zeta", CookieCategory.NECESSARY, "p").order(1).build(),
        CookieDeclaration.builder("alpha", CookieCategory.NECESSARY, "p").build(),
        CookieDeclaration.builder("beta", CookieCategory.NECESSARY, "p").build(),
        CookieDeclaration.builder("mid", CookieCategory.NECESSARY, "p").order(2).build(),
        CookieDeclaration.builder("ads", CookieCategory.MARKETING, "p").order(0).build())));
    List<Integer> at = List.of(md.indexOf("| zeta |"), md.indexOf("| mid |"),
        md.indexOf("| alpha |"), md.indexOf("| beta |"), md.indexOf("| ads |"));
    assertEquals(at.stream().sorted().toList(), at, md);
    assertTrue(at.get(0) > 0, md);
  }

  @Test
  void formatsParseByExtensionOrName() {
    assertEquals(PolicyFormat.MARKDOWN, PolicyFormat.parse("md"));
    assertEquals(PolicyFormat.MARKDOWN, PolicyFormat.parse("Markdown"));
    assertEquals(PolicyFormat.HTML, PolicyFormat.parse(" html "));
    assertEquals("META-INF/cookie-registry/cookie-policy.json", PolicyFormat.JSON.resourcePath());
  }

  @Test
  void theFormatComesFromTheExtensionThenFromTheBestAcceptedMediaRange() {
    assertEquals(PolicyFormat.MARKDOWN, PolicyFormat.negotiate("/cookie-policy.md", "application/json"));
    assertEquals(PolicyFormat.HTML, PolicyFormat.negotiate("/cookie-policy", null));
    assertEquals(PolicyFormat.JSON, PolicyFormat.negotiate("/cookie-policy", "application/json"));
    assertEquals(PolicyFormat.MARKDOWN, PolicyFormat.negotiate("/cookie-policy",
        "text/markdown;q=0.9, application/json;q=0.4"));
    assertEquals(PolicyFormat.HTML, PolicyFormat.negotiate("/cookie-policy",
        "text/html, application/json;q=0.1"));
    assertEquals(PolicyFormat.HTML, PolicyFormat.negotiate("/v1.2/cookie-policy", "text/html"));
  }
}
