// outcome: detected
// shape: default method of an interface as the helper
package corpus;

import io.cookieregistry.CookieName;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

interface CookieWriting {
  default void write(HttpServletResponse response, @CookieName String name, String value) {
    response.addCookie(new Cookie(name, value));
  }
}

class InterfaceDefault implements CookieWriting {
  void handle(HttpServletResponse response) {
    write(response, "if_note", "1"); // BUG: undeclared if_note
  }
}
