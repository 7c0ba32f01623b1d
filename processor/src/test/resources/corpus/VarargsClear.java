// outcome: detected
// shape: helper clearing several cookies by name (varargs)
package corpus;

import io.cookieregistry.CookieName;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

class VarargsClear {
  static void expire(HttpServletResponse response, @CookieName String... names) {
    for (String name : names) {
      Cookie gone = new Cookie(name, "");
      gone.setMaxAge(0);
      response.addCookie(gone);
    }
  }

  void logout(HttpServletResponse response) {
    expire(response, "sessionid", "old_pref"); // BUG: undeclared old_pref
  }
}
