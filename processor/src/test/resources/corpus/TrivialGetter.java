// outcome: detected
// shape: getter of a @CookieName field, used at the write
package corpus;

import io.cookieregistry.CookieName;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

class TrivialGetter {
  @CookieName private String name = "theme"; // BUG: undeclared theme

  public String getName() {
    return name;
  }

  void apply(HttpServletResponse response, String theme) {
    response.addCookie(new Cookie(getName(), theme));
  }
}
