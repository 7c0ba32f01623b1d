package io.cookieregistry.jetty;

import static io.cookieregistry.runtime.GuardFixtures.GUARD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cookieregistry.runtime.GuardMode;
import io.cookieregistry.runtime.servlet.CookieGuardFilter;
import io.cookieregistry.runtime.wire.BypassApp;
import io.cookieregistry.runtime.wire.BypassApp.Attempt;
import io.cookieregistry.runtime.wire.WireChecks;
import io.cookieregistry.runtime.wire.WireClient;
import java.io.IOException;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The servlet filter alone, registered with {@link CookieGuardFilter#register} (every dispatcher
 * type), on a real Jetty 12: it guards what passes through the application's response, and the
 * README's coverage table says what it cannot see; this test holds it to both.
 */
class FilterAloneOnJettyWireTest {
  private static Server server;
  private static CookieGuardFilter filter;
  private static int port;

  @BeforeAll
  static void start() throws Exception {
    filter = new CookieGuardFilter(GUARD, GuardMode.ENFORCE);
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
    context.setContextPath("/app");
    context.addServletContainerInitializer((classes, servletContext) ->
        CookieGuardFilter.register(servletContext, filter));
    context.addServletContainerInitializer(new BypassApp(null));
    ErrorPageErrorHandler errors = new ErrorPageErrorHandler();
    errors.addErrorPage(ErrorPageErrorHandler.GLOBAL_ERROR_PAGE, BypassApp.ERROR_PAGE);
    context.setErrorHandler(errors);
    server.setHandler(context);
    server.start();
    port = connector.getLocalPort();
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
  }

  @ParameterizedTest
  @EnumSource(value = Attempt.class, names = {"SESSION", "UNWRAPPED_RESPONSE"}, mode = EnumSource.Mode.EXCLUDE)
  void guardsEverythingThatPassesThroughTheApplicationsResponse(Attempt attempt) throws IOException {
    WireChecks.assertOnlyDeclaredCookiesArrive(port, "/app", attempt, filter.stats());
  }

  @Test
  void doesNotSeeTheContainersSessionCookieNorTheUnwrappedResponse() throws IOException {
    assertEquals(List.of("JSESSIONID"), WireChecks.stored(WireClient.get(port, "/app" + Attempt.SESSION.path)));
    assertEquals(List.of("visitor_uid", "csrftoken", "visitor_uid", "lang"),
        WireChecks.stored(WireClient.get(port, "/app" + Attempt.UNWRAPPED_RESPONSE.path)));
  }
}
