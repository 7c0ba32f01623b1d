package io.cookieregistry.tomcat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cookieregistry.runtime.Decision.Reason;
import io.cookieregistry.runtime.GuardFixtures;
import io.cookieregistry.runtime.GuardMode;
import io.cookieregistry.runtime.SetCookieEnforcer;
import io.cookieregistry.runtime.servlet.ConsentResolver;
import io.cookieregistry.runtime.wire.BypassApp;
import io.cookieregistry.runtime.wire.WireClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.http.Rfc6265CookieProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The processor as {@code context.xml} builds it (no-argument constructor, {@code mode} attribute), and its modes. */
class GuardedCookieProcessorConfigTest {
  @TempDir
  Path baseDir;

  @Test
  void theModeAttributeIsCheckedAndKept() {
    GuardedCookieProcessor processor = new GuardedCookieProcessor();
    assertEquals("enforce", processor.getMode());
    processor.setMode(" Report ");
    assertEquals("report", processor.getMode());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> processor.setMode("drop"));
    assertTrue(e.getMessage().contains("'drop'"), e.getMessage());
    assertThrows(IllegalStateException.class, processor::stats);
    GuardedCookieProcessor built = new GuardedCookieProcessor(GuardFixtures.GUARD, GuardMode.STRICT);
    assertThrows(IllegalStateException.class, () -> built.setMode("enforce"));
  }

  @Test
  void fromContextXmlItLoadsTheApplicationsRegistryOnFirstUse() throws Exception {
    GuardedCookieProcessor processor = new GuardedCookieProcessor();
    processor.setMode("report");
    withServer(processor, port -> {
      // The test class path holds no generated registry: every cookie is undeclared, and reported.
      WireClient.Reply reply = WireClient.get(port, "/declared");
      assertEquals(List.of("csrftoken", "lang"), reply.cookieNames(), reply.head());
      assertEquals(1, processor.stats().count(Reason.UNDECLARED));
      assertEquals(0, processor.stats().dropped());
    });
  }

  @Test
  void strictRefusesTheCookieWhereTheApplicationAddsIt() throws Exception {
    GuardedCookieProcessor processor = new GuardedCookieProcessor(GuardFixtures.GUARD, GuardMode.STRICT);
    withServer(processor, port -> {
      WireClient.Reply reply = WireClient.get(port, "/undeclared");
      assertEquals(500, reply.status(), reply.head());
      assertEquals(List.of(), reply.setCookies(), reply.head());
      assertEquals(List.of("sessionid"), WireClient.get(port, "/session").cookieNames());
    });
  }

  @Test
  void withAFormatterItGuardsTheHeadersThatProcessorWrites() throws Exception {
    // As Spring Boot's processor does, cookie by cookie: the formatter's settings apply, not ours.
    Rfc6265CookieProcessor formatter = new Rfc6265CookieProcessor();
    formatter.setSameSiteCookies("strict");
    GuardedCookieProcessor processor = new GuardedCookieProcessor(
        SetCookieEnforcer.of(GuardFixtures.GUARD, GuardMode.ENFORCE),
        ConsentResolver.fromPreferencesCookie(), formatter);
    processor.setSameSiteCookies("none");
    withServer(processor, port -> {
      List<String> session = WireClient.get(port, "/session").setCookies();
      assertEquals(1, session.size(), session.toString());
      assertTrue(session.get(0).startsWith("sessionid=") && session.get(0).contains("SameSite=Strict"),
          session.toString());
      // addCookie's visitor_uid=1 is dropped; the raw header visitor_uid=2 is the filter's part.
      assertEquals(List.of("visitor_uid=2"), WireClient.get(port, "/undeclared").setCookies());
    });
  }

  private interface OnPort {
    void run(int port) throws Exception;
  }

  private void withServer(GuardedCookieProcessor processor, OnPort test) throws Exception {
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(baseDir.toString());
    Connector connector = new Connector();
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    tomcat.setConnector(connector);
    Context context = tomcat.addContext("", Files.createDirectories(baseDir.resolve("docs")).toString());
    context.addServletContainerInitializer(new BypassApp("sessionid"), null);
    context.setCookieProcessor(processor);
    tomcat.start();
    try {
      test.run(connector.getLocalPort());
    } finally {
      tomcat.stop();
      tomcat.destroy();
    }
  }
}
