package io.cookieregistry.example;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.DeclaredCookie;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;

/** The visitor's language and cookie choices, which the platform needs to honour at all. */
final class PreferenceCookies {
  private PreferenceCookies() {}

  @DeclaredCookie(name = "django_language", category = CookieCategory.NECESSARY,
      function = "Language selection (front and back office)",
      purpose = "To remember the visitor's language", duration = "P1Y", order = 2)
  static void rememberLanguage(HttpServletResponse response, String language) {
    Cookie cookie = new Cookie("django_language", language);
    cookie.setPath("/");
    cookie.setMaxAge(365 * 24 * 3600);
    response.addCookie(cookie);
  }

  @DeclaredCookie(name = "cookies_preferences", category = CookieCategory.NECESSARY,
      function = "Choices related to your cookie preferences",
      purpose = "To remember the visitor's cookie preferences", duration = "P6M", order = 4)
  static void rememberConsent(HttpServletResponse response, String choices, Duration lifetime) {
    Cookie cookie = new Cookie("cookies_preferences", choices);
    cookie.setPath("/");
    cookie.setMaxAge((int) lifetime.getSeconds());
    response.addCookie(cookie);
  }
}
