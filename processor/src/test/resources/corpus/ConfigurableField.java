// outcome: detected
// shape: filter with a configurable cookie name and a default
package corpus;

import io.cookieregistry.CookieName;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

class ConfigurableField {
  @CookieName private String cookieName = "remember_token"; // BUG: undeclared remember_token

  void setCookieName(@CookieName String cookieName) {
    this.cookieName = cookieName;
  }

  void remember(HttpServletResponse response, String series) {
    response.addCookie(new Cookie(cookieName, series));
  }

  static ConfigurableField withLegacyName() {
    ConfigurableField service = new ConfigurableField();
    service.setCookieName("REMEMBER_ME_LEGACY"); // BUG: undeclared REMEMBER_ME_LEGACY
    return service;
  }
}
