package com.example.shop;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.DeclaredCookie;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

@DeclaredCookie(name = "visitor_id", category = CookieCategory.STATISTICS,
    purpose = "To count returning visitors")
class Visitors {
  void recognise(HttpServletResponse response, String id) {
    response.addCookie(new Cookie("visitor_id", id));
    response.addCookie(new Cookie("visitor_uid", "42"));
  }
}
