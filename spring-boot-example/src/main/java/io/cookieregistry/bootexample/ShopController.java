package io.cookieregistry.bootexample;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.DeclaredCookie;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The pages; Lombok writes the constructor, beside the cookie processor. */
@RestController
@RequiredArgsConstructor
@DeclaredCookie(name = ShopController.ANALYTICS, category = CookieCategory.STATISTICS,
    purpose = "Counts visits to improve the shop", provider = "Example Analytics",
    function = "Audience measurement", duration = "P13M", thirdParty = false)
class ShopController {
  static final String ANALYTICS = "_ea_id";

  private final BootExampleProperties properties;

  @GetMapping("/")
  String home(Locale locale) {
    return properties.greeting() + " (" + locale.getLanguage() + ")";
  }

  @GetMapping("/account")
  String account(Principal principal) {
    return "signed in as " + principal.getName();
  }

  /** The analytics cookie: it reaches the browser only once the visitor accepted statistics. */
  @GetMapping("/track")
  String track(HttpServletResponse response) {
    response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(ANALYTICS, UUID.randomUUID().toString())
        .path("/").maxAge(Duration.ofDays(390)).sameSite("Lax").build().toString());
    return "tracked";
  }

  /** A cookie whose name the compiler cannot see: the guard drops it unless it is declared. */
  @GetMapping("/experiment")
  @SuppressWarnings("cookieregistry")
  String experiment(@RequestParam("name") String name, HttpServletResponse response) {
    response.addCookie(new Cookie(name, "on"));
    return "experiment " + name;
  }
}
