package com.example.app;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

class Theme {
  void save(HttpServletResponse response, String value) {
    response.addCookie(new Cookie("theme", value));
    response.addCookie(new Cookie("themes", value));
  }
}
