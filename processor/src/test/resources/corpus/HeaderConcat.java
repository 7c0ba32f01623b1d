// outcome: detected
// shape: raw Set-Cookie header built by concatenation
package corpus;

import jakarta.servlet.http.HttpServletResponse;

class HeaderConcat {
  void write(HttpServletResponse response, String token) {
    response.addHeader("Set-Cookie", "auth_hint=" + token + "; Path=/; HttpOnly"); // BUG: undeclared auth_hint
  }
}
