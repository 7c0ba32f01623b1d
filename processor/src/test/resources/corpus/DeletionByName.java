// outcome: detected
// shape: deletion through a fresh cookie with Max-Age 0
package corpus;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

class DeletionByName {
  void clear(HttpServletResponse response) {
    Cookie cookie = new Cookie("old_cart", null); // BUG: undeclared old_cart
    cookie.setMaxAge(0);
    cookie.setPath("/");
    response.addCookie(cookie);
  }
}
