package io.cookieregistry.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Boot sets {@code SameSite} cookie by cookie with a cookie processor of its own; the guard keeps
 * that processor and judges what it writes.
 */
@SpringBootTest(classes = StarterTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"server.address=127.0.0.1", "server.servlet.session.cookie.same-site=strict"})
class SessionSameSiteHttpTest {
  @LocalServerPort
  int port;

  @Test
  void bootsSameSiteOfTheSessionCookieSurvivesTheGuard() throws Exception {
    HttpResponse<String> session = new Http(port).get("/session");
    List<String> headers = session.headers().allValues("Set-Cookie");
    assertThat(headers).hasSize(1);
    assertThat(headers.get(0)).startsWith("JSESSIONID=").contains("SameSite=Strict");

    HttpResponse<String> cart = new Http(port).get("/cart");
    assertThat(cart.headers().allValues("Set-Cookie")).singleElement().asString()
        .startsWith("cart=").doesNotContain("SameSite=Strict");
  }
}
