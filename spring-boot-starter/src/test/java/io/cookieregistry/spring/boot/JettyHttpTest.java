package io.cookieregistry.spring.boot;

import static io.cookieregistry.spring.boot.Http.cookieNames;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On embedded Jetty (the surefire run "jetty" takes Tomcat off the class path): the guard handler
 * judges what Jetty sends, the session cookie included, and the filter stands aside.
 */
@SpringBootTest(classes = StarterTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"server.address=127.0.0.1", "server.servlet.session.cookie.name=sid_undeclared"})
class JettyHttpTest {
  @LocalServerPort
  int port;

  @Autowired
  WebServerApplicationContext context;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void theServerIsJetty() {
    assertThat(context.getWebServer().getClass().getSimpleName()).isEqualTo("JettyWebServer");
  }

  @Test
  void declaredCookiesPassAndUndeclaredOnesAreDropped() throws Exception {
    assertThat(cookieNames(http.get("/cart"))).containsExactly("cart");
    assertThat(cookieNames(http.get("/dynamic?name=visitor_uid"))).isEmpty();
    assertThat(cookieNames(http.get("/stats"))).isEmpty();
    assertThat(cookieNames(http.get("/stats", "Cookie", "cookies_preferences=v1:statistics")))
        .containsExactly("_stats");
  }

  @Test
  void theContainersSessionCookieIsGuarded() throws Exception {
    HttpResponse<String> response = http.get("/session");
    assertThat(response.body()).isEqualTo("session");
    assertThat(cookieNames(response)).isEmpty();
  }

  @Test
  void theErrorPageIsGuardedToo() throws Exception {
    HttpResponse<String> response = http.get("/fail");
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(cookieNames(response)).isEmpty();
  }
}
