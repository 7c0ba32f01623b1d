package io.cookieregistry.benchmarks.wire;

import io.cookieregistry.jetty.CookieGuardHandler;
import io.cookieregistry.runtime.GuardMode;
import io.cookieregistry.tomcat.TomcatCookieGuard;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.catalina.Context;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** The servers of {@link WireLoadBenchmark}, on 127.0.0.1 and a free port, guarded in {@code mode} or bare when it is null. */
final class Servers {
  private Servers() {}

  static WireLoadBenchmark.Running jetty(GuardMode mode) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.addServlet(new ServletHolder(new WireLoadBenchmark.Page()), "/page");
    server.setHandler(mode == null ? context
        : new CookieGuardHandler(WireLoadBenchmark.GUARD, mode, context));
    server.start();
    return running(connector.getLocalPort(), server::stop);
  }

  static WireLoadBenchmark.Running tomcat(GuardMode mode) throws Exception {
    Path base = Files.createTempDirectory("wire-load-tomcat");
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(base.toString());
    Connector connector = new Connector();
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    connector.setProperty("maxKeepAliveRequests", "-1");
    tomcat.setConnector(connector);
    Context context = tomcat.addContext("", Files.createDirectories(base.resolve("docs")).toString());
    Wrapper page = Tomcat.addServlet(context, "page", new WireLoadBenchmark.Page());
    page.addMapping("/page");
    if (mode != null) {
      TomcatCookieGuard.install(context, WireLoadBenchmark.GUARD, mode);
    }
    tomcat.start();
    return running(connector.getLocalPort(), () -> {
      tomcat.stop();
      tomcat.destroy();
    });
  }

  private interface Stop {
    void stop() throws Exception;
  }

  private static WireLoadBenchmark.Running running(int port, Stop stop) {
    return new WireLoadBenchmark.Running() {
      @Override
      public int port() {
        return port;
      }

      @Override
      public void close() throws Exception {
        stop.stop();
      }
    };
  }
}
