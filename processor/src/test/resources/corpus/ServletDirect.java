// outcome: detected
// shape: servlet cookie named at the write
package corpus;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

class ServletDirect {
  void remember(HttpServletResponse response, String visitor) {
    Cookie cookie = new Cookie("visitor_uid", visitor); // BUG: undeclared visitor_uid
    cookie.setMaxAge(3600);
    response.addCookie(cookie);
  }
}
