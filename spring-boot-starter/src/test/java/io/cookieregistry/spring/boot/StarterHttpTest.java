package io.cookieregistry.spring.boot;

import static io.cookieregistry.spring.boot.Http.cookieNames;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The starter in a real Boot application on embedded Tomcat, over HTTP, with no configuration of its own. */
@SpringBootTest(classes = StarterTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"server.address=127.0.0.1",
        "management.endpoints.web.exposure.include=cookieregistry,metrics"})
class StarterHttpTest {
  @LocalServerPort
  int port;

  @Autowired
  MeterRegistry meters;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void declaredCookiesPassAndUndeclaredOnesAreDropped() throws Exception {
    assertThat(cookieNames(http.get("/cart"))).containsExactly("cart");
    HttpResponse<String> dynamic = http.get("/dynamic?name=visitor_uid");
    assertThat(dynamic.statusCode()).isEqualTo(200);
    assertThat(cookieNames(dynamic)).isEmpty();
    assertThat(cookieNames(http.get("/dynamic?name=cart"))).containsExactly("cart");
  }

  @Test
  void theDeclaredSessionCookieOfTheContainerPasses() throws Exception {
    assertThat(cookieNames(http.get("/session"))).containsExactly("JSESSIONID");
  }

  @Test
  void aCookieThatNeedsConsentPassesOnlyWithIt() throws Exception {
    assertThat(cookieNames(http.get("/stats"))).isEmpty();
    assertThat(cookieNames(http.get("/stats", "Cookie", "cookies_preferences=v1:statistics")))
        .containsExactly("_stats");
    assertThat(cookieNames(http.get("/stats", "Cookie", "cookies_preferences=v1:marketing"))).isEmpty();
  }

  @Test
  void aCookieWithoutItsDeclaredAttributesIsDropped() throws Exception {
    assertThat(cookieNames(http.get("/token"))).isEmpty();
  }

  @Test
  void theErrorPageIsGuardedToo() throws Exception {
    HttpResponse<String> response = http.get("/fail");
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).contains("\"error\"");
    assertThat(cookieNames(response)).isEmpty();
  }

  @Test
  void thePolicyIsServedInEachFormat() throws Exception {
    HttpResponse<String> html = http.get("/cookie-policy");
    assertThat(html.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/html"));
    assertThat(html.body()).contains("<table").contains("_stats").contains("starter.example");
    assertThat(http.get("/cookie-policy.md").body()).contains("| cart |").doesNotContain("<table");
    assertThat(http.get("/cookie-policy.json").body()).contains("\"name\": \"_stats\"");
    assertThat(http.get("/cookie-policy", "Accept", "application/json").body())
        .startsWith("{");
    assertThat(http.get("/cookie-policy", "Accept", "text/markdown;q=0.5, text/html;q=0.9").body())
        .contains("<table");
  }

  @Test
  void thePolicyIsInTheVisitorsLanguage() throws Exception {
    HttpResponse<String> french = http.get("/cookie-policy", "Accept-Language", "fr-CA, en;q=0.5");
    assertThat(french.body()).contains("<html lang=\"fr\"");
    assertThat(french.headers().firstValue("Content-Language")).hasValue("fr");
    assertThat(http.get("/cookie-policy.md?lang=de", "Accept-Language", "fr").headers()
        .firstValue("Content-Language")).hasValue("de");
    assertThat(http.get("/cookie-policy", "Accept-Language", "ja").body())
        .contains("<html lang=\"en\"");
    assertThat(http.get("/cookie-policy.json", "Accept-Language", "fr").headers()
        .firstValue("Content-Language")).isEmpty();
  }

  @Test
  void peopleGetTheConsentDialogInTheirLanguageAndItsFormRecordsTheirChoice() throws Exception {
    HttpResponse<String> page = http.get("/cookie-consent", "Accept", "text/html,*/*;q=0.8",
        "Accept-Language", "de-AT");
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/html"));
    assertThat(page.body()).contains("<html lang=\"de\"").contains("<dialog")
        .contains("action=\"/cookie-consent\"").contains("value=\"statistics\"")
        .doesNotContain("value=\"marketing\"")
        .contains("<script src=\"/cookie-consent.js\"");
    HttpResponse<String> script = http.get("/cookie-consent.js");
    assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/javascript"));
    assertThat(script.body()).contains("cookies_preferences");

    HttpResponse<String> acceptAll = http.postForm("/cookie-consent", "choice=all");
    assertThat(acceptAll.statusCode()).isEqualTo(303);
    assertThat(acceptAll.headers().firstValue("Location")).hasValue("/cookie-consent");
    assertThat(acceptAll.headers().allValues("Set-Cookie")).singleElement().satisfies(cookie ->
        assertThat(cookie).startsWith("cookies_preferences=v1:statistics;"));
    assertThat(http.postForm("/cookie-consent", "choice=save&category=marketing")
        .headers().allValues("Set-Cookie")).singleElement().satisfies(cookie ->
        assertThat(cookie).startsWith("cookies_preferences=v1:none;"));
  }

  @Test
  void withdrawingConsentDeletesTheCookiesOfThatCategory() throws Exception {
    HttpResponse<String> withdrawn = http.postForm("/cookie-consent", "choice=none",
        "Cookie", "cookies_preferences=v1:statistics; _stats=v; cart=1");
    List<String> setCookies = withdrawn.headers().allValues("Set-Cookie");
    assertThat(setCookies).anySatisfy(cookie ->
        assertThat(cookie).startsWith("cookies_preferences=v1:none;"));
    assertThat(setCookies).anySatisfy(cookie ->
        assertThat(cookie).startsWith("_stats=;").contains("Max-Age=0"));
    assertThat(setCookies).noneSatisfy(cookie -> assertThat(cookie).startsWith("cart="));
    assertThat(http.postForm("/cookie-consent", "choice=all",
        "Cookie", "cookies_preferences=v1:none; _stats=v").headers().allValues("Set-Cookie"))
        .noneSatisfy(cookie -> assertThat(cookie).startsWith("_stats="));
  }

  @Test
  void theConsentEndpointRecordsTheVisitorsChoices() throws Exception {
    assertThat(http.get("/cookie-consent").body()).contains("\"value\": \"v1:none\"");
    HttpResponse<String> post = http.postForm("/cookie-consent", "categories=statistics");
    assertThat(post.headers().allValues("Set-Cookie")).singleElement().satisfies(cookie ->
        assertThat(cookie).startsWith("cookies_preferences=v1:statistics; Path=/; Max-Age=34128000"));
    assertThat(post.body()).contains("\"categories\": [\"necessary\", \"statistics\"]");
    assertThat(http.get("/cookie-consent", "Cookie", "cookies_preferences=v1:statistics").body())
        .contains("\"value\": \"v1:statistics\"");

    HttpResponse<String> redirect = http.postForm("/cookie-consent", "categories=all&redirect=/cart");
    assertThat(redirect.statusCode()).isEqualTo(303);
    assertThat(redirect.headers().firstValue("Location")).hasValue("/cart");
    assertThat(http.postForm("/cookie-consent", "categories=cookies&redirect=//evil.example")
        .statusCode()).isEqualTo(400);
  }

  @Test
  void theActuatorEndpointShowsDeclarationsAndCounts() throws Exception {
    http.get("/dynamic?name=counted_undeclared");
    String body = http.get("/actuator/cookieregistry").body();
    assertThat(body).contains("\"mode\":\"enforce\"").contains("\"name\":\"_stats\"")
        .contains("\"requiresConsent\":true").containsPattern("\"undeclared\":[1-9]");
  }

  @Test
  void micrometerCountsDecisionsByReason() throws Exception {
    double before = meters.get("cookieregistry.guard.decisions").tag("reason", "undeclared")
        .functionCounter().count();
    http.get("/dynamic?name=metered_undeclared");
    assertThat(meters.get("cookieregistry.guard.decisions").tag("reason", "undeclared")
        .functionCounter().count()).isEqualTo(before + 1);
    assertThat(meters.get("cookieregistry.guard.dropped").functionCounter().count()).isPositive();
  }
}
