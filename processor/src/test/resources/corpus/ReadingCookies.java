// outcome: not-a-write
// shape: reading and comparing request cookies
package corpus;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

class ReadingCookies {
  String find(HttpServletRequest request) {
    if (request.getCookies() == null) {
      return null;
    }
    for (Cookie c : request.getCookies()) {
      if ("visitor_uid".equals(c.getName())) {
        return c.getValue();
      }
    }
    return request.getHeader("Set-Cookie");
  }
}
