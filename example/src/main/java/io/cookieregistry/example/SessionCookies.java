package io.cookieregistry.example;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.DeclaredCookie;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

/** Signing in: the session and the CSRF token of the front and back office. */
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

  static void startSession(HttpServletResponse response, String sessionId, String csrfToken) {
    Cookie session = new Cookie(SESSION, sessionId);
    session.setHttpOnly(true);
    session.setPath("/");
    response.addCookie(session);

    Cookie csrf = new Cookie(CSRF, csrfToken);
    csrf.setPath("/");
    csrf.setMaxAge(365 * 24 * 3600);
    response.addCookie(csrf);
  }
}
