// outcome: warned
// shape: echoing a cookie whose name the client chose
package corpus;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

class NameFromRequest {
  void echo(HttpServletRequest request, HttpServletResponse response) {
    String name = request.getParameter("cookie");
    response.addCookie(new Cookie(name, "1")); // WARN: dynamic-name
  }
}
