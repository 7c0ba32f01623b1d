package io.cookieregistry.spring.boot;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.DeclaredCookie;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.ResponseCookie;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A Boot application that uses nothing but the starter and the processor. */
@SpringBootApplication
@DeclaredCookie(name = "cart", category = CookieCategory.NECESSARY, purpose = "Keeps the basket")
@DeclaredCookie(name = "cookies_preferences", category = CookieCategory.NECESSARY,
    purpose = "Remembers the visitor's cookie choices", duration = "P395D")
@DeclaredCookie(name = "JSESSIONID", category = CookieCategory.NECESSARY, purpose = "The session")
@DeclaredCookie(name = "_stats", category = CookieCategory.STATISTICS, purpose = "Counts visits",
    duration = "P30D")
@DeclaredCookie(name = "token", category = CookieCategory.NECESSARY, purpose = "Signs requests",
    secure = true, httpOnly = true)
public class StarterTestApplication {

  @RestController
  static class Pages {
    @GetMapping("/cart")
    String cart(HttpServletResponse response) {
      response.addCookie(new Cookie("cart", "3"));
      return "cart";
    }

    @GetMapping("/stats")
    String stats(HttpServletResponse response) {
      response.addHeader("Set-Cookie", ResponseCookie.from("_stats", "1").path("/").build().toString());
      return "stats";
    }

    @GetMapping("/token")
    String token(HttpServletResponse response) {
      response.addCookie(new Cookie("token", "t")); // neither Secure nor HttpOnly, as declared
      return "token";
    }

    /** A name the compiler cannot see: only the guard can stop it. */
    @GetMapping("/dynamic")
    @SuppressWarnings("cookieregistry")
    String dynamic(@RequestParam("name") String name, HttpServletResponse response) {
      response.addCookie(new Cookie(name, "1"));
      return "dynamic";
    }

    @GetMapping("/session")
    String session(HttpServletRequest request) {
      return request.getSession(true).getId().isEmpty() ? "" : "session";
    }

    @GetMapping("/fail")
    String fail() {
      throw new IllegalStateException("on purpose");
    }
  }

  /** An error page that sets a cookie, as some do: it must be guarded too. */
  @RestController
  static class ErrorPage implements ErrorController {
    @RequestMapping("/error")
    @SuppressWarnings("cookieregistry")
    Map<String, String> error(HttpServletResponse response) {
      String name = String.join("_", "error", "tracker");
      response.addCookie(new Cookie(name, "1"));
      return Map.of("error", "yes");
    }
  }
}
