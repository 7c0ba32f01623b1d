// outcome: detected
// shape: raw header whose name comes from a @CookieName field
package corpus;

import io.cookieregistry.CookieName;
import jakarta.servlet.http.HttpServletResponse;

class HeaderConcatMarked {
  @CookieName private final String name;

  HeaderConcatMarked() {
    this.name = "XSRF-TOKEN"; // BUG: undeclared XSRF-TOKEN
  }

  void write(HttpServletResponse response, String token) {
    response.setHeader("Set-Cookie", name + "=" + token + "; Path=/; SameSite=Strict");
  }
}
