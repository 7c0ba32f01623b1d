// outcome: detected
// shape: Spring controller helper returning headers
package corpus;

import io.cookieregistry.CookieName;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

class SpringHttpHeadersHelper {
  static HttpHeaders withCookie(@CookieName String name, String value) {
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.SET_COOKIE, ResponseCookie.from(name, value).build().toString());
    return headers;
  }

  HttpHeaders ok() {
    return withCookie("sp_flash", "saved"); // BUG: undeclared sp_flash
  }
}
