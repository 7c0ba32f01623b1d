// outcome: detected
// shape: helper writing a raw header with formatted()
package corpus;

import io.cookieregistry.CookieName;
import jakarta.servlet.http.HttpServletResponse;

class HeaderFormattedHelper {
  static void raw(HttpServletResponse response, @CookieName String name, String value) {
    response.addHeader("set-cookie", "%s=%s; Path=/; Secure".formatted(name, value));
  }

  void use(HttpServletResponse response) {
    raw(response, "csrftoken", "t");
    raw(response, "fmt_probe", "1"); // BUG: undeclared fmt_probe
  }
}
