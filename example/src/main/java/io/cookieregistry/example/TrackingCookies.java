package io.cookieregistry.example;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.DeclaredCookie;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

/** Cookies that need the visitor's consent: audience measurement and a partner's advertising. */
final class TrackingCookies {
  private TrackingCookies() {}

  @DeclaredCookie(name = "_pk_id.*", category = CookieCategory.STATISTICS, provider = "Matomo",
      function = "Audience measurement (front office)",
      purpose = "To count visits and see which pages are read", duration = "P13M")
  static void measureAudience(HttpServletResponse response, String visitorId) {
    Cookie cookie = new Cookie("_pk_id.1." + "maia", visitorId);
    cookie.setPath("/");
    cookie.setMaxAge(395 * 24 * 3600);
    response.addCookie(cookie);
  }

  @DeclaredCookie(name = "ad_uid", category = CookieCategory.MARKETING, provider = "AdPartner",
      function = "Advertising on partner sites", thirdParty = true,
      purpose = "To show the visitor advertising that matches their interests", duration = "P90D")
  static void tagForAdvertising(HttpServletResponse response, String visitorId) {
    Cookie cookie = new Cookie("ad_uid", visitorId);
    cookie.setPath("/");
    cookie.setMaxAge(90 * 24 * 3600);
    cookie.setSecure(true);
    cookie.setAttribute("SameSite", "None");
    response.addCookie(cookie);
  }
}
