// outcome: detected
// shape: raw header value kept in a local variable, then set
package corpus;

import io.cookieregistry.CookieName;
import jakarta.servlet.http.HttpServletResponse;

class HeaderLocalString {
  static final String PREF = "ls_pref";

  void write(HttpServletResponse response, String value) {
    String cookie = PREF + "=" + value + "; Max-Age=3600; Path=/"; // BUG: undeclared ls_pref
    response.addHeader("Set-Cookie", cookie);
  }

  static void helper(HttpServletResponse response, @CookieName String name, String value) {
    String header = name + "=" + value;
    response.setHeader("Set-Cookie", header);
  }
}
