package io.cookieregistry.bootexample;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The example on Spring Boot 4 and embedded Jetty 12.1 (the surefire run "jetty" takes Tomcat off
 * the class path): the starter puts the guard handler around Jetty's, which judges every Set-Cookie.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "server.address=127.0.0.1")
class BootExampleJettyHttpTest {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Value("${local.server.port}")
  int port;

  @Autowired
  WebServerApplicationContext context;

  @Test
  void jettyRunsTheGuard() throws Exception {
    assertThat(context.getWebServer().getClass().getSimpleName()).isEqualTo("JettyServletWebServer");
    assertThat(names(get("/?lang=fr", ""))).containsExactly("lang");
    assertThat(names(get("/experiment?name=ab_variant", ""))).isEmpty();
    assertThat(names(get("/track", ""))).isEmpty();
    assertThat(names(get("/track", "cookies_preferences=v1:statistics")))
        .containsExactly(ShopController.ANALYTICS);
    assertThat(names(get("/login", ""))).containsExactly("XSRF-TOKEN");
  }

  private HttpResponse<String> get(String path, String cookie) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(20));
    if (!cookie.isEmpty()) {
      request.header("Cookie", cookie);
    }
    return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> names(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .map(header -> header.substring(0, header.indexOf('='))).toList();
  }
}
