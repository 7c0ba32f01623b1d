package io.cookieregistry.tomcat;

import static io.cookieregistry.runtime.GuardFixtures.GUARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cookieregistry.runtime.Decision.Reason;
import io.cookieregistry.runtime.GuardMode;
import io.cookieregistry.runtime.GuardStats;
import io.cookieregistry.runtime.wire.BypassApp;
import io.cookieregistry.runtime.wire.WireChecks;
import io.cookieregistry.runtime.wire.WireClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.ErrorPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A real embedded Tomcat on 127.0.0.1, guarded by {@link TomcatCookieGuard} (the cookie processor
 * and the filter) in ENFORCE mode, against every way past the guard that {@link BypassApp} tries,
 * read off the wire by a raw socket client.
 */
class TomcatWireTest {
  @TempDir
  static Path baseDir;
  private static Tomcat tomcat;
  private static GuardStats stats;
  private static int port;

  @BeforeAll
  static void start() throws Exception {
    tomcat = new Tomcat();
    tomcat.setBaseDir(baseDir.toString());
    Connector connector = new Connector();
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    tomcat.setConnector(connector);
    stats = TomcatCookieGuard.install(context("/app", "sessionid"), GUARD, GuardMode.ENFORCE);
    TomcatCookieGuard.install(context("/plain", null), GUARD, GuardMode.ENFORCE);
    tomcat.start();
    port = connector.getLocalPort();
  }

  @AfterAll
  static void stop() throws Exception {
    tomcat.stop();
    tomcat.destroy();
  }

  private static Context context(String path, String sessionCookie) throws IOException {
    Context context = tomcat.addContext(path, Files.createDirectories(baseDir.resolve("docs" + path)).toString());
    context.addServletContainerInitializer(new BypassApp(sessionCookie), null);
    ErrorPage everyError = new ErrorPage();
    everyError.setLocation(BypassApp.ERROR_PAGE);
    context.addErrorPage(everyError);
    return context;
  }

  @ParameterizedTest
  @EnumSource(BypassApp.Attempt.class)
  void onlyDeclaredCookiesReachTheWire(BypassApp.Attempt attempt) throws IOException {
    WireChecks.assertOnlyDeclaredCookiesArrive(port, "/app", attempt, stats);
  }

  @Test
  void theContainersSessionCookieIsGuarded() throws IOException {
    WireChecks.assertSessionCookieIsGuarded(port, "/app", "/plain");
  }

  @Test
  void consentedCookiesArrive() throws IOException {
    WireChecks.assertConsentedCookiesArrive(port, "/app");
  }

  @Test
  void cookiesAreJudgedOnceByTheProcessorNotAgainByTheFilter() throws IOException {
    long before = stats.total();
    WireClient.get(port, "/app/early");
    // the early filter's visitor_uid and the page's csrftoken: two decisions, not four
    assertEquals(before + 2, stats.total());
    assertTrue(stats.count(Reason.UNDECLARED) > 0, stats.toString());
  }
}
