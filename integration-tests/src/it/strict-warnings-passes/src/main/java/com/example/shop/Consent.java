package com.example.shop;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.DeclaredCookie;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

@DeclaredCookie(name = "cookies_preferences", category = CookieCategory.NECESSARY,
    purpose = "To remember the visitor's cookie choices", duration = "P6M")
final class Consent {
  private Consent() {}

  static void remember(HttpServletResponse response, String choices) {
    response.addCookie(new Cookie("cookies_preferences", choices));
  }
}
