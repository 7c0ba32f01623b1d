// outcome: detected
// shape: component configured with its cookie name at construction
package corpus;

import io.cookieregistry.CookieName;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

class TokenIssuer {
  private final String cookie;

  TokenIssuer(@CookieName String cookie) {
    this.cookie = cookie;
  }

  void issue(HttpServletResponse response, String token) {
    response.addCookie(new Cookie(cookie, token));
  }
}

class ConstructorParam {
  final TokenIssuer refresh = new TokenIssuer("refresh_tok"); // BUG: undeclared refresh_tok
  final TokenIssuer session = new TokenIssuer("sessionid");
}
