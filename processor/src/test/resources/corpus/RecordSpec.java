// outcome: detected
// shape: record describing a cookie, its component marked
package corpus;

import io.cookieregistry.CookieName;
import org.springframework.http.ResponseCookie;

record CookieSpec(@CookieName String name, long maxAgeSeconds) {
  static final CookieSpec PROMO = new CookieSpec("promo_seen", 600); // BUG: undeclared promo_seen
}

class RecordSpec {
  ResponseCookie build(CookieSpec spec, String value) {
    return ResponseCookie.from(spec.name(), value).maxAge(spec.maxAgeSeconds()).build();
  }
}
