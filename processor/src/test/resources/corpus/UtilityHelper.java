// outcome: detected
// shape: static utility method that builds and adds every cookie
package corpus;

import io.cookieregistry.CookieName;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

final class CookieSupport {
  private CookieSupport() {}

  static void put(HttpServletResponse response, @CookieName String name, String value, int age) {
    Cookie cookie = new Cookie(name, value);
    cookie.setPath("/");
    cookie.setMaxAge(age);
    response.addCookie(cookie);
  }
}

class UtilityHelper {
  void afterLogin(HttpServletResponse response, String token) {
    CookieSupport.put(response, "sessionid", token, -1);
    CookieSupport.put(response, "last_login", "now", 86400); // BUG: undeclared last_login
  }
}
