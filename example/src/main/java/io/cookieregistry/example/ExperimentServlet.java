package io.cookieregistry.example;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /experiment?name=…}: sets a cookie whose name only exists at run time, the blind spot of
 * the compile-time check. Nothing declares it, so the run-time guard drops it.
 */
final class ExperimentServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final String DEFAULT_NAME = "ab_variant";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String name = request.getParameter("name");
    if (!setVariant(response, name != null ? name : DEFAULT_NAME)) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "not a cookie name");
      return;
    }
    Html.send(request, response, "An experiment", "<p>This page tried to set an undeclared cookie named at"
        + " run time; the cookie guard dropped it.</p>");
  }

  /** The name is data, so the compiler cannot check it; the warning is silenced because the guard does. */
  @SuppressWarnings("cookieregistry")
  private static boolean setVariant(HttpServletResponse response, String cookieName) {
    try {
      response.addCookie(new Cookie(cookieName, "b"));
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
