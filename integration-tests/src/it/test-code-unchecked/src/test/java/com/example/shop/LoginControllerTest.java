package com.example.shop;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.DeclaredCookie;
import jakarta.servlet.http.Cookie;
import java.util.List;

/** A test builds requests that carry cookies no server of the application writes. */
@DeclaredCookie(name = "test_fixture", category = CookieCategory.NECESSARY,
    purpose = "Declared by a test, so that the test compilation has a registry of its own")
class LoginControllerTest {
  List<Cookie> requestCookies() {
    return List.of(new Cookie("ab_variant", "B"), new Cookie(System.getProperty("name"), "1"));
  }
}
