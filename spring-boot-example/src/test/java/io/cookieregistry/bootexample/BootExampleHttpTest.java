package io.cookieregistry.bootexample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The example on Spring Boot 4 and embedded Tomcat, over real HTTP on 127.0.0.1: Spring Security's
 * cookies, the container's session cookie, the locale cookie and the analytics cookie pass the
 * guard as declared; an undeclared one is dropped on the wire.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "server.address=127.0.0.1")
class BootExampleHttpTest {
  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Value("${local.server.port}")
  int port;

  @Test
  void signingInWithRememberMeSetsOnlyDeclaredCookies() throws Exception {
    HttpResponse<String> loginPage = get("/login", Map.of());
    Map<String, String> cookies = cookies(loginPage);
    assertThat(cookies).containsOnlyKeys("XSRF-TOKEN");
    Matcher csrf = CSRF_FIELD.matcher(loginPage.body());
    assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();

    HttpResponse<String> login = post("/login", cookieHeader(cookies), Map.of("username", "ada",
        "password", "lovelace", "remember-me", "on", "_csrf", csrf.group(1)));
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).doesNotContain("error"));
    Map<String, String> signedIn = cookies(login);
    assertThat(signedIn).containsKeys("remember-me", "JSESSIONID");
    assertThat(setCookie(login, "remember-me")).contains("HttpOnly");

    HttpResponse<String> account = get("/account", Map.of("Cookie",
        "remember-me=" + signedIn.get("remember-me")));
    assertThat(account.statusCode()).isEqualTo(200);
    assertThat(account.body()).isEqualTo("signed in as ada");
  }

  @Test
  void theLocaleCookieIsSet() throws Exception {
    HttpResponse<String> page = get("/?lang=fr", Map.of());
    assertThat(page.body()).endsWith("(fr)");
    assertThat(cookies(page)).containsEntry("lang", "fr");
  }

  @Test
  void theAnalyticsCookieNeedsConsent() throws Exception {
    assertThat(cookies(get("/track", Map.of()))).doesNotContainKey(ShopController.ANALYTICS);
    HttpResponse<String> consent = post("/cookie-consent", Map.of(), Map.of("categories", "statistics"));
    assertThat(consent.statusCode()).as("POST needs the CSRF token").isEqualTo(403);
    assertThat(cookies(get("/track", Map.of("Cookie", "cookies_preferences=v1:statistics"))))
        .containsKey(ShopController.ANALYTICS);
  }

  @Test
  void theConsentEndpointRecordsChoicesWithTheCsrfToken() throws Exception {
    HttpResponse<String> loginPage = get("/login", Map.of());
    Map<String, String> cookies = cookies(loginPage);
    Matcher csrf = CSRF_FIELD.matcher(loginPage.body());
    assertThat(csrf.find()).isTrue();
    HttpResponse<String> consent = post("/cookie-consent", cookieHeader(cookies),
        Map.of("categories", "statistics", "_csrf", csrf.group(1)));
    assertThat(consent.statusCode()).isEqualTo(200);
    assertThat(cookies(consent)).containsEntry("cookies_preferences", "v1:statistics");
  }

  @Test
  void anUndeclaredCookieIsDroppedOnTheWire() throws Exception {
    HttpResponse<String> page = get("/experiment?name=ab_variant", Map.of());
    assertThat(page.body()).isEqualTo("experiment ab_variant");
    assertThat(cookies(page)).doesNotContainKey("ab_variant");
  }

  @Test
  void thePolicyListsEveryCookie() throws Exception {
    HttpResponse<String> policy = get("/cookie-policy", Map.of());
    assertThat(policy.statusCode()).isEqualTo(200);
    assertThat(policy.body()).contains("boot-example.test").contains("XSRF-TOKEN")
        .contains("remember-me").contains("JSESSIONID").contains("lang").contains("_ea_id")
        .contains("Example Analytics");
    assertThat(get("/cookie-policy.json", Map.of()).body()).contains("\"name\": \"remember-me\"");
  }

  @Test
  void theActuatorEndpointCountsTheGuardsDecisions() throws Exception {
    get("/experiment?name=counted", Map.of());
    HttpResponse<String> endpoint = get("/actuator/cookieregistry", Map.of());
    assertThat(endpoint.statusCode()).isEqualTo(200);
    assertThat(endpoint.body()).contains("\"mode\":\"enforce\"").contains("\"name\":\"XSRF-TOKEN\"")
        .containsPattern("\"undeclared\":[1-9]");
  }

  private HttpResponse<String> get(String path, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = request(path);
    headers.forEach(request::header);
    return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, Map<String, String> headers, Map<String, String> form)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = request(path).header("Content-Type", "application/x-www-form-urlencoded");
    headers.forEach(request::header);
    String body = form.entrySet().stream().map(e -> e.getKey() + "="
        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    return CLIENT.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(20));
  }

  /** Name to value of every cookie the response sets. */
  private static Map<String, String> cookies(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .map(header -> header.split(";", 2)[0])
        .collect(Collectors.toMap(pair -> pair.substring(0, pair.indexOf('=')),
            pair -> pair.substring(pair.indexOf('=') + 1), (first, second) -> second));
  }

  private static String setCookie(HttpResponse<?> response, String name) {
    List<String> headers = response.headers().allValues("Set-Cookie");
    return headers.stream().filter(h -> h.startsWith(name + "=")).findFirst().orElseThrow();
  }

  private static Map<String, String> cookieHeader(Map<String, String> cookies) {
    return Map.of("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining("; ")));
  }
}
