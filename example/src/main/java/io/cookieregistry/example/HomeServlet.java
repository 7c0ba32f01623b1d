package io.cookieregistry.example;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

/** {@code /}: starts a session, as the platform does for every visitor, with its necessary cookies. */
final class HomeServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (!"/".equals(request.getRequestURI())) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    SessionCookies.startSession(request, response, token());
    PreferenceCookies.rememberLanguage(response, "en");
    Html.send(request, response, "Cookie Registry example",
        "<p>This page set the necessary cookies <code>sessionid</code>, <code>csrftoken</code> and"
        + " <code>django_language</code>. Statistics and marketing cookies are set only after you"
        + " agree to them in the cookie choices dialog.</p>");
  }

  /** A random value that is a valid cookie value (base64url has no separators). */
  static String token() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
