package com.example.shop;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.DeclaredCookie;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

@DeclaredCookie(name = "sessionid", category = CookieCategory.NECESSARY,
    purpose = "To keep the visitor signed in", provider = "Example Shop", function = "Sign-in")
class LoginController {
  void login(HttpServletResponse response, String token) {
    response.addCookie(new Cookie("sessionid", token));
  }
}
