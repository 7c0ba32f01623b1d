// outcome: not-a-write
// shape: JAX-RS request-side Cookie
package corpus;

import jakarta.ws.rs.core.Cookie;

class JaxRsRequestCookie {
  Cookie forClient(String v) {
    return new Cookie("visitor_uid", v);
  }
}
