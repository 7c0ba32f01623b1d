// outcome: detected
// shape: Spring ResponseCookie written as a header
package corpus;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

class SpringResponseCookie {
  void write(HttpServletResponse response, String jwt) {
    ResponseCookie cookie = ResponseCookie.from("access_jwt", jwt) // BUG: undeclared access_jwt
        .httpOnly(true).secure(true).path("/").build();
    response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
  }
}
