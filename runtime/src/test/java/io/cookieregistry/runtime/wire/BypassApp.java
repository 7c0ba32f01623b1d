package io.cookieregistry.runtime.wire;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A web application that tries every way past a cookie guard that the servlet API offers, one
 * route each, for the wire tests of every container. It declares nothing: the tests guard it with
 * {@code GuardFixtures.REGISTRY}, where {@code csrftoken} and {@code sessionid} (httpOnly) are
 * necessary, {@code lang} needs preferences consent, {@code ad_uid} marketing consent, and {@code
 * visitor_uid} is undeclared. The container maps every error to {@value #ERROR_PAGE}.
 */
public final class BypassApp implements ServletContainerInitializer {
  /** The error page every container of the tests maps every error to. */
  public static final String ERROR_PAGE = "/oops";

  /** One try: the route, the status, and the cookies that must arrive without any consent. */
  public enum Attempt {
    DECLARED("/declared", 200, "csrftoken"),
    UNDECLARED("/undeclared", 200),
    SESSION("/session", 200, "sessionid"),
    EXCEPTION_TO_ERROR_PAGE("/fail", 500, "csrftoken"),
    SEND_ERROR("/send-error", 403, "csrftoken"),
    ASYNC_DISPATCH("/async-dispatch", 200, "csrftoken"),
    ASYNC_CONTEXT_RESPONSE("/async-write", 200, "csrftoken"),
    FORWARD("/forward", 200, "csrftoken"),
    INCLUDE("/include", 200),
    EXPIRES_ATTRIBUTE("/expires-attribute", 200),
    ABOVE_LATIN1("/above-latin1", 200),
    NUMBER_AND_DATE_HEADERS("/number-headers", 200, "csrftoken"),
    PADDED_HEADER_NAMES("/padded-names", 200),
    UNWRAPPED_RESPONSE("/unwrapped", 200, "csrftoken"),
    HOST_PREFIX_DELETION("/host-deletion", 200),
    AFTER_COMMIT("/after-commit", 200),
    FILTER_BEFORE_GUARD("/early", 200, "csrftoken");

    public final String path;
    public final int status;
    public final List<String> arrives;

    Attempt(String path, int status, String... arrives) {
      this.path = path;
      this.status = status;
      this.arrives = List.of(arrives);
    }
  }

  private final String sessionCookieName;

  /** The application, with the container's session cookie renamed to {@code sessionCookieName} (and HttpOnly), or as the container names it when {@code null}. */
  public BypassApp(String sessionCookieName) {
    this.sessionCookieName = sessionCookieName;
  }

  @Override
  public void onStartup(Set<Class<?>> classes, ServletContext context) {
    if (sessionCookieName != null) {
      context.getSessionCookieConfig().setName(sessionCookieName);
      context.getSessionCookieConfig().setHttpOnly(true);
    }
    route(context, "/declared", (req, res) -> {
      res.addCookie(new Cookie("csrftoken", "1"));
      res.addHeader("Set-Cookie", "lang=fr");
    });
    route(context, "/undeclared", (req, res) -> {
      res.addCookie(new Cookie("visitor_uid", "1"));
      res.addHeader("Set-Cookie", "visitor_uid=2");
    });
    route(context, "/session", (req, res) -> req.getSession(true).setAttribute("seen", true));
    route(context, "/fail", (req, res) -> {
      throw new IllegalStateException("the page failed on purpose");
    });
    route(context, "/send-error", (req, res) -> {
      res.addCookie(new Cookie("visitor_uid", "1"));
      res.sendError(403);
    });
    route(context, ERROR_PAGE, BypassApp::undeclaredAndDeclared);
    route(context, "/target", BypassApp::undeclaredAndDeclared);
    route(context, "/async-dispatch", (req, res) -> req.startAsync().dispatch("/target"));
    route(context, "/async-write", (req, res) -> {
      AsyncContext async = req.startAsync();
      async.start(() -> {
        try {
          undeclaredAndDeclared(req, (HttpServletResponse) async.getResponse());
        } finally {
          async.complete();
        }
      });
    });
    route(context, "/forward", (req, res) -> req.getRequestDispatcher("/target").forward(req, res));
    // Tomcat ignores the cookies of an included page, Jetty sends them: only undeclared ones here.
    route(context, "/include", (req, res) -> req.getRequestDispatcher("/undeclared").include(req, res));
    route(context, "/expires-attribute", (req, res) -> {
      Cookie cookie = new Cookie("ad_uid", "1");
      cookie.setAttribute("Expires", "Thu, 01 Jan 1970 00:00:00 GMT");
      res.addCookie(cookie);
    });
    route(context, "/above-latin1", (req, res) -> {
      // Read naively a deletion; Jetty sends "Max-Age =31536000", a cookie for a year.
      res.addHeader("Set-Cookie", "ad_uid=1; Max-Age=0; Max-Age\u0100=31536000");
    });
    route(context, "/number-headers", (req, res) -> {
      res.setIntHeader("Set-Cookie", 7);
      res.setDateHeader("Set-Cookie", 0L);
      res.addIntHeader("Set-Cookie", 5);
      res.addDateHeader("Set-Cookie", 0L);
      res.addCookie(new Cookie("csrftoken", "1"));
    });
    route(context, "/padded-names", (req, res) -> {
      res.addHeader("Set-Cookie ", "visitor_uid=1");
      res.addHeader("Set-Cookie\t", "visitor_uid=2");
      res.setHeader("set-cookie ", "visitor_uid=3");
    });
    route(context, "/unwrapped", (req, res) -> {
      ServletResponse inner = res;
      while (inner instanceof ServletResponseWrapper) {
        inner = ((ServletResponseWrapper) inner).getResponse();
      }
      undeclaredAndDeclared(req, (HttpServletResponse) inner);
      ((HttpServletResponse) inner).addHeader("Set-Cookie", "visitor_uid=2");
      ((HttpServletResponse) inner).addHeader("Set-Cookie ", "lang=fr");
    });
    route(context, "/host-deletion", (req, res) -> res.addHeader("Set-Cookie", "__Host-id=; Max-Age=0"));
    route(context, "/after-commit", (req, res) -> {
      res.getWriter().write("committed");
      res.flushBuffer();
      res.addCookie(new Cookie("csrftoken", "late"));
      res.addHeader("Set-Cookie", "csrftoken=late");
    });
    route(context, "/early", (req, res) -> res.addCookie(new Cookie("csrftoken", "1")));
    Filter early = (req, res, chain) -> {
      ((HttpServletResponse) res).addCookie(new Cookie("visitor_uid", "early"));
      chain.doFilter(req, res);
    };
    context.addFilter("early", early).addMappingForUrlPatterns(EnumSet.allOf(DispatcherType.class),
        false, "/early");
  }

  private static void undeclaredAndDeclared(HttpServletRequest req, HttpServletResponse res) {
    res.addCookie(new Cookie("visitor_uid", "1"));
    res.addCookie(new Cookie("csrftoken", "1"));
  }

  @FunctionalInterface
  private interface Page {
    void serve(HttpServletRequest request, HttpServletResponse response)
        throws IOException, ServletException;
  }

  private static void route(ServletContext context, String path, Page page) {
    var registration = context.addServlet(path, new HttpServlet() {
      private static final long serialVersionUID = 1L;

      @Override
      protected void doGet(HttpServletRequest request, HttpServletResponse response)
          throws IOException, ServletException {
        page.serve(request, response);
      }
    });
    registration.addMapping(path);
    registration.setAsyncSupported(true);
  }
}
