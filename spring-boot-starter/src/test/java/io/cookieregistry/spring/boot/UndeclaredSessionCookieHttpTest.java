package io.cookieregistry.spring.boot;

import static io.cookieregistry.spring.boot.Http.cookieNames;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The container's own session cookie passes the guard too: renamed to an undeclared name, it is dropped. */
@SpringBootTest(classes = StarterTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"server.address=127.0.0.1", "server.servlet.session.cookie.name=sid_undeclared"})
class UndeclaredSessionCookieHttpTest {
  @LocalServerPort
  int port;

  @Test
  void theContainersSessionCookieIsDroppedWhenItsNameIsNotDeclared() throws Exception {
    HttpResponse<String> response = new Http(port).get("/session");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("session");
    assertThat(cookieNames(response)).isEmpty();
  }
}
