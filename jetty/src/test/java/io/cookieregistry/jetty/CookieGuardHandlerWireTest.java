package io.cookieregistry.jetty;

import static io.cookieregistry.runtime.GuardFixtures.GUARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cookieregistry.runtime.Decision.Reason;
import io.cookieregistry.runtime.GuardMode;
import io.cookieregistry.runtime.wire.BypassApp;
import io.cookieregistry.runtime.wire.WireChecks;
import io.cookieregistry.runtime.wire.WireClient;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A real Jetty 12 server on 127.0.0.1, guarded by the handler in ENFORCE mode, against every way
 * past the guard that {@link BypassApp} tries, read off the wire by a raw socket client.
 */
class CookieGuardHandlerWireTest {
  private static Server server;
  private static CookieGuardHandler guard;
  private static int port;

  @BeforeAll
  static void start() throws Exception {
    guard = new CookieGuardHandler(GUARD, GuardMode.ENFORCE);
    server = startServer(guard);
    port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
  }

  /** Two contexts behind {@code handler}: {@code /app} (session cookie renamed {@code sessionid}) and {@code /plain}. */
  static Server startServer(CookieGuardHandler handler) throws Exception {
    Server jetty = new Server();
    ServerConnector connector = new ServerConnector(jetty);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    jetty.addConnector(connector);
    ServletContextHandler app = context("/app", "sessionid");
    app.addServlet(new ServletHolder(new CoreApiServlet()), "/core");
    handler.setHandler(new ContextHandlerCollection(app, context("/plain", null)));
    jetty.setHandler(handler);
    jetty.start();
    return jetty;
  }

  private static ServletContextHandler context(String path, String sessionCookie) {
    ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
    context.setContextPath(path);
    context.addServletContainerInitializer(new BypassApp(sessionCookie));
    ErrorPageErrorHandler errors = new ErrorPageErrorHandler();
    errors.addErrorPage(ErrorPageErrorHandler.GLOBAL_ERROR_PAGE, BypassApp.ERROR_PAGE);
    context.setErrorHandler(errors);
    return context;
  }

  /** Writes past the servlet API, through Jetty's core response: its headers and its cookies. */
  static final class CoreApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
      Response core = ServletContextRequest.getServletContextRequest(request).getServletContextResponse();
      Response.addCookie(core, HttpCookie.from("visitor_uid", "1"));
      core.getHeaders().add("Set-Cookie", "visitor_uid=2");
      core.getHeaders().add("Set-Cookie", "csrftoken=1");
      response.addCookie(new Cookie("ad_uid", "1"));
    }
  }

  @ParameterizedTest
  @EnumSource(BypassApp.Attempt.class)
  void onlyDeclaredCookiesReachTheWire(BypassApp.Attempt attempt) throws IOException {
    WireChecks.assertOnlyDeclaredCookiesArrive(port, "/app", attempt, guard.stats());
  }

  @Test
  void theContainersSessionCookieIsGuarded() throws IOException {
    long undeclared = guard.stats().count(Reason.UNDECLARED);
    WireChecks.assertSessionCookieIsGuarded(port, "/app", "/plain");
    assertEquals(undeclared + 1, guard.stats().count(Reason.UNDECLARED));
  }

  @Test
  void writesThroughJettysCoreResponseAreGuarded() throws IOException {
    WireClient.Reply reply = WireClient.get(port, "/app/core");
    assertEquals(List.of("csrftoken"), reply.cookieNames(), reply.head());
  }

  @Test
  void consentedCookiesArrive() throws IOException {
    WireChecks.assertConsentedCookiesArrive(port, "/app");
  }

  @Test
  void reportModeSendsEverythingAndCountsIt() throws Exception {
    CookieGuardHandler report = new CookieGuardHandler(GUARD, GuardMode.REPORT);
    Server reporting = startServer(report);
    try {
      int reportPort = ((ServerConnector) reporting.getConnectors()[0]).getLocalPort();
      WireClient.Reply reply = WireClient.get(reportPort, "/app/undeclared");
      assertEquals(List.of("visitor_uid", "visitor_uid"), reply.cookieNames(), reply.head());
      assertEquals(2, report.stats().count(Reason.UNDECLARED));
      assertEquals(0, report.stats().dropped());
    } finally {
      reporting.stop();
    }
  }

  @Test
  void strictModeFailsTheResponseIntoAServerErrorWithoutCookies() throws Exception {
    CookieGuardHandler strict = new CookieGuardHandler(GUARD, GuardMode.STRICT);
    Server failing = startServer(strict);
    try {
      int strictPort = ((ServerConnector) failing.getConnectors()[0]).getLocalPort();
      WireClient.Reply refused = WireClient.get(strictPort, "/app/undeclared");
      assertEquals(500, refused.status(), refused.head());
      assertEquals(List.of(), refused.setCookies(), refused.head());
      assertEquals(1, strict.stats().dropped());
      assertEquals(List.of("sessionid"), WireClient.get(strictPort, "/app/session").cookieNames());
    } finally {
      failing.stop();
    }
  }
}
