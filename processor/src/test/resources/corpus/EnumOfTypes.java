// outcome: detected
// shape: enum of cookie types, each constant naming its cookie
package corpus;

import io.cookieregistry.CookieName;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

enum CookieKind {
  SESSION("sessionid"),
  LANGUAGE("lang_pref"), // BUG: undeclared lang_pref
  CONSENT("consent_v2"); // BUG: undeclared consent_v2

  private final String cookieName;

  CookieKind(@CookieName String cookieName) {
    this.cookieName = cookieName;
  }

  String getCookieName() {
    return cookieName;
  }
}

class EnumOfTypes {
  void set(HttpServletResponse response, CookieKind kind, String value) {
    response.addCookie(new Cookie(kind.getCookieName(), value));
  }
}
