package io.cookieregistry.example;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /track}: a page with audience measurement and a partner's advertising. It always tries to
 * set their cookies; the guard lets them through only when the visitor agreed to their category.
 */
final class TrackingServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String visitor = HomeServlet.token();
    TrackingCookies.measureAudience(response, visitor);
    TrackingCookies.tagForAdvertising(response, visitor);
    Html.send(request, response, "A tracked page", "<p>This page asked to set a statistics cookie and a"
        + " marketing cookie. Without your consent the cookie guard dropped them.</p>");
  }
}
