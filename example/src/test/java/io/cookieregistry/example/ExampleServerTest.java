package io.cookieregistry.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example over real HTTP on a loopback port: what cookies a browser would receive. */
class ExampleServerTest {
  private static ExampleServer server;
  private static HttpClient client;

  @BeforeAll
  static void start() throws Exception {
    server = ExampleServer.start("127.0.0.1", 0);
    client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  private static HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve(path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The names of the cookies a response sets. */
  private static List<String> cookieNames(HttpResponse<?> response) {
    return response.headers().allValues("set-cookie").stream()
        .map(header -> header.substring(0, header.indexOf('=')))
        .collect(Collectors.toList());
  }

  @Test
  void theHomePageSetsTheNecessaryCookies() throws Exception {
    HttpResponse<String> home = get("/");
    assertEquals(200, home.statusCode());
    assertEquals(List.of("sessionid", "csrftoken", "django_language"), cookieNames(home));
  }

  @Test
  void theSessionCookieIsTheContainersAndCarriesItsDeclaredAttributes() throws Exception {
    HttpResponse<String> home = get("/");
    String session = home.headers().allValues("set-cookie").get(0);
    assertTrue(session.startsWith("sessionid=node"), session);
    assertTrue(session.contains("HttpOnly"), session);
    HttpResponse<String> again = get("/", "Cookie", session.substring(0, session.indexOf(';')));
    assertEquals(List.of("csrftoken", "django_language"), cookieNames(again));
  }

  @Test
  void withoutConsentTrackingCookiesAreDropped() throws Exception {
    HttpResponse<String> track = get("/track");
    assertEquals(200, track.statusCode());
    assertEquals(List.of(), cookieNames(track));
  }

  @Test
  void anUndeclaredCookieNamedAtRunTimeIsDropped() throws Exception {
    HttpResponse<String> experiment = get("/experiment?name=visitor_uid");
    assertEquals(200, experiment.statusCode());
    assertEquals(List.of(), cookieNames(experiment));
    HttpResponse<String> stats = get("/guard-stats");
    assertTrue(stats.body().matches("(?s).*UNDECLARED [1-9].*"), stats.body());
  }

  @Test
  void afterConsentTrackingCookiesArrive() throws Exception {
    HttpResponse<String> saved = client.send(HttpRequest.newBuilder(server.uri().resolve("/consent"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("category=statistics&category=marketing"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(303, saved.statusCode());
    String preferences = saved.headers().firstValue("set-cookie").orElseThrow();
    assertTrue(preferences.startsWith("cookies_preferences=v1:statistics.marketing;"), preferences);

    String cookie = preferences.substring(0, preferences.indexOf(';'));
    assertEquals(List.of("_pk_id.1.maia", "ad_uid"), cookieNames(get("/track", "Cookie", cookie)));
    assertEquals(List.of("_pk_id.1.maia"),
        cookieNames(get("/track", "Cookie", "cookies_preferences=v1:statistics")));
    assertTrue(get("/consent", "Cookie", cookie).body().contains("value=\"marketing\" checked"));
  }

  @Test
  void rejectingAllDeletesTheCookiesOfWithdrawnCategories() throws Exception {
    HttpResponse<String> rejected = client.send(HttpRequest.newBuilder(server.uri().resolve("/consent"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Cookie", "cookies_preferences=v1:statistics.marketing; _pk_id.1.maia=x; sessionid=s")
        .POST(HttpRequest.BodyPublishers.ofString("choice=none"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(303, rejected.statusCode());
    List<String> headers = rejected.headers().allValues("set-cookie");
    assertTrue(headers.get(0).startsWith("cookies_preferences=v1:none;"), headers.toString());
    assertEquals(2, headers.size(), headers.toString());
    assertTrue(headers.get(1).startsWith("_pk_id.1.maia=;") && headers.get(1).contains("Max-Age=0"),
        headers.toString());
  }

  @Test
  void theConsentDialogAndItsScriptAreServedInTheVisitorsLanguage() throws Exception {
    HttpResponse<String> page = get("/consent", "Accept-Language", "it-IT,it;q=0.9,en;q=0.5");
    assertTrue(page.body().contains("<h1 id=\"cc-title\">Le tue scelte sui cookie</h1>"), page.body());
    HttpResponse<String> home = get("/?lang=es");
    assertTrue(home.body().contains("<dialog id=\"cookie-consent\" class=\"cc\" lang=\"es\""), home.body());
    HttpResponse<String> script = get("/cookie-consent.js");
    assertEquals("text/javascript;charset=utf-8", script.headers().firstValue("content-type")
        .orElseThrow().replace(" ", ""));
    assertTrue(script.body().contains("cookies_preferences"), script.body());
    HttpResponse<String> policy = get("/cookie-policy", "Accept-Language", "nl");
    assertEquals("nl", policy.headers().firstValue("content-language").orElseThrow());
    assertTrue(policy.body().startsWith("<!DOCTYPE html>\n<html lang=\"nl\">"), policy.body());
  }

  @Test
  void servesTheGeneratedPolicy() throws Exception {
    HttpResponse<String> html = get("/cookie-policy");
    assertEquals(200, html.statusCode());
    assertTrue(html.headers().firstValue("content-type").orElse("").startsWith("text/html"));
    for (String row : List.of("To remember the user from one page to another",
        "To remember the visitor&#39;s language", "To retrieve data via API calls",
        "To remember the visitor&#39;s cookie preferences")) {
      assertTrue(html.body().contains(row), row);
    }
    HttpResponse<String> json = get("/cookie-policy.json");
    assertTrue(json.headers().firstValue("content-type").orElse("").startsWith("application/json"));
    assertTrue(json.body().contains("\"sessionid\""), json.body());
    HttpResponse<String> markdown = get("/cookie-policy", "Accept", "text/markdown");
    assertTrue(markdown.body().startsWith("# Cookie policy"), markdown.body());
  }

  @Test
  void unknownPagesAreNotFound() throws Exception {
    HttpResponse<String> missing = get("/no-such-page");
    assertEquals(404, missing.statusCode());
    assertEquals(List.of(), cookieNames(missing));
  }

  @Test
  void printsItsAddressAsAnHttpUri() {
    URI uri = server.uri();
    assertEquals("http", uri.getScheme());
    assertEquals("127.0.0.1", uri.getHost());
    assertTrue(uri.getPort() > 0);
  }
}
