// outcome: detected
// shape: Micronaut Cookie.of on a response
package corpus;

import io.micronaut.http.cookie.Cookie;

class MicronautCookie {
  Cookie visit() {
    return Cookie.of("mn_visit", "1").maxAge(60).httpOnly(true); // BUG: undeclared mn_visit
  }
}
