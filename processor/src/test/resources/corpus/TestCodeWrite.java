// outcome: detected
// shape: test code that sets a cookie on a response
package corpus;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

class TestCodeWrite {
  void givenAResponseWithACookie(HttpServletResponse response) {
    response.addCookie(new Cookie("test_only", "x")); // BUG: undeclared test_only
  }
}
