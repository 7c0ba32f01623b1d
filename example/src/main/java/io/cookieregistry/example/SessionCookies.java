package io.cookieregistry.example;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.DeclaredCookie;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signing in: the session and the CSRF token of the front and back office. The session cookie is
 * the servlet container's own, renamed {@code sessionid} ({@link #configure}).
 */
@DeclaredCookie(name = SessionCookies.SESSION, category = CookieCategory.NECESSARY,
    function = "Authentication (front and back office)",
    purpose = "To remember the user from one page to another", httpOnly = true, order = 1)
@DeclaredCookie(name = SessionCookies.CSRF, category = CookieCategory.NECESSARY,
    function = "API (CSRF) (front et back office)",
    purpose = "To retrieve data via API calls", duration = "P1Y", order = 3)
final class SessionCookies {
  static final String SESSION = "sessionid";
  static final String CSRF = "csrftoken";

  private SessionCookies() {}

  /** Makes the container's session cookie the declared one: named {@code sessionid}, HttpOnly. */
  static void configure(SessionCookieConfig sessionCookie) {
    sessionCookie.setName(SESSION);
    sessionCookie.setHttpOnly(true);
    sessionCookie.setPath("/");
  }

  /** Starts the visitor's session (the container sets {@code sessionid}) and sets the CSRF token. */
  static void startSession(HttpServletRequest request, HttpServletResponse response, String csrfToken) {
    request.getSession(true);

    Cookie csrf = new Cookie(CSRF, csrfToken);
    csrf.setPath("/");
    csrf.setMaxAge(365 * 24 * 3600);
    response.addCookie(csrf);
  }
}
