package com.example.shop;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

class Banner {
  void dismiss(HttpServletResponse response) {
    response.addCookie(new Cookie("promo_banner", "seen"));
  }
}
