package io.cookieregistry.example;

import io.cookieregistry.runtime.CookieGuard;
import io.cookieregistry.runtime.CookieRegistry;
import io.cookieregistry.runtime.GuardMode;
import io.cookieregistry.runtime.servlet.CookieGuardFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import java.net.URI;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** The embedded Jetty server: the routes of the example behind the cookie guard filter. */
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

    ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
    context.setContextPath("/");
    CookieGuardFilter guard = new CookieGuardFilter(CookieGuard.of(CookieRegistry.load()), GuardMode.ENFORCE);
    context.addFilter(new FilterHolder(guard), "/*", EnumSet.of(DispatcherType.REQUEST));
    route(context, new HomeServlet(), "/");
    route(context, new ConsentServlet(), ConsentPages.CHOICES_PATH);
    route(context, new ScriptServlet(), ConsentPages.SCRIPT_PATH);
    route(context, new TrackingServlet(), "/track");
    route(context, new ExperimentServlet(), "/experiment");
    route(context, new GuardStatsServlet(), "/guard-stats");
    route(context, new PolicyServlet(), ConsentPages.POLICY_PATH, "/cookie-policy.html",
        "/cookie-policy.json", "/cookie-policy.md");
    server.setHandler(context);
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
