// outcome: warned
// shape: copying every incoming cookie back to the response
package corpus;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

class CopyOfIncoming {
  void refresh(HttpServletRequest request, HttpServletResponse response) {
    for (Cookie c : request.getCookies()) {
      Cookie copy = new Cookie(c.getName(), c.getValue()); // WARN: dynamic-name
      copy.setMaxAge(600);
      response.addCookie(copy);
    }
  }
}
