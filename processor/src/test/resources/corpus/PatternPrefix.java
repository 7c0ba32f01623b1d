// outcome: detected
// shape: family of names with a variable suffix
package corpus;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

class PatternPrefix {
  void assign(HttpServletResponse response, String experiment, String arm) {
    response.addCookie(new Cookie("exp_" + experiment, arm)); // BUG: undeclared exp_*
  }
}
