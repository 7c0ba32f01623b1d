package io.cookieregistry.example;

import io.cookieregistry.jetty.CookieGuardHandler;
import io.cookieregistry.runtime.CookieGuard;
import io.cookieregistry.runtime.CookieRegistry;
import io.cookieregistry.runtime.GuardMode;
import jakarta.servlet.http.HttpServlet;
import java.net.URI;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The embedded Jetty server: the routes of the example, with sessions, behind the cookie guard
 * handler, which judges every {@code Set-Cookie} Jetty sends, its session cookie included.
 */
public final class ExampleServer implements AutoCloseable {
  private final Server server;
  private final URI uri;

  private ExampleServer(Server server, URI uri) {
    this.server = server;
    this.uri = uri;
  }

  /** Starts the server on {@code host}:{@code port} ({@code 0} picks a free port). */
  public static ExampleServer start(String host, int port) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost(host);
    connector.setPort(port);
    server.addConnector(connector);

    ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
    context.setContextPath("/");
    SessionCookies.configure(context.getSessionHandler().getSessionCookieConfig());
    CookieGuardHandler guard = new CookieGuardHandler(CookieGuard.of(CookieRegistry.load()),
        GuardMode.ENFORCE, context);
    context.setAttribute(GuardStatsServlet.STATS_ATTRIBUTE, guard.stats());
    route(context, new HomeServlet(), "/");
    route(context, new ConsentServlet(), ConsentPages.CHOICES_PATH);
    route(context, new ScriptServlet(), ConsentPages.SCRIPT_PATH);
    route(context, new TrackingServlet(), "/track");
    route(context, new ExperimentServlet(), "/experiment");
    route(context, new GuardStatsServlet(), "/guard-stats");
    route(context, new PolicyServlet(), ConsentPages.POLICY_PATH, "/cookie-policy.html",
        "/cookie-policy.json", "/cookie-policy.md");
    server.setHandler(guard);
    try {
      server.start();
    } catch (Exception e) {
      server.stop();
      throw e;
    }
    String shownHost = host.contains(":") ? "[" + host + "]" : host;
    return new ExampleServer(server, URI.create("http://" + shownHost + ":" + connector.getLocalPort() + "/"));
  }

  private static void route(ServletContextHandler context, HttpServlet servlet, String... paths) {
    ServletHolder holder = new ServletHolder(servlet);
    for (String path : paths) {
      context.addServlet(holder, path);
    }
  }

  /** The address of the home page, such as {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    return uri;
  }

  /** Waits until the server stops. */
  public void join() throws InterruptedException {
    server.join();
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
