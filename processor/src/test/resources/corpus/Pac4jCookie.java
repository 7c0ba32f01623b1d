// outcome: detected
// shape: pac4j framework-neutral cookie
package corpus;

import org.pac4j.core.context.Cookie;

class Pac4jCookie {
  Cookie state(String value) {
    Cookie cookie = new Cookie("pac4j_state", value); // BUG: undeclared pac4j_state
    cookie.setSecure(true);
    return cookie;
  }
}
