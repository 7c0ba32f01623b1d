package com.example.app;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

class Preferences {
  void save(HttpServletResponse response, String value) {
    response.addCookie(new Cookie("shared_cookie", value));
  }
}
