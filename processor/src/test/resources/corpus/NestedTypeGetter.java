// outcome: detected
// shape: cookie types nested in a service, read through a getter that follows other members
package corpus;

import io.cookieregistry.CookieName;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

class NestedTypeGetter {
  record Settings(String label, int maxAge) {}

  static final class Kinds {
    enum Kind {
      PREFERENCES("prefs_v1"), // BUG: undeclared prefs_v1
      TRACKING("track_v1"); // BUG: undeclared track_v1

      private final String cookieName;

      Kind(@CookieName String cookieName) {
        this.cookieName = cookieName;
      }

      int weight() {
        int w = 0;
        for (int i = 0; i < ordinal(); i++) {
          w += i;
        }
        return w;
      }

      String cookieName() {
        return this.cookieName;
      }
    }
  }

  void set(HttpServletResponse response, Kinds.Kind kind, Settings settings) {
    Cookie cookie = new Cookie(kind.cookieName(), settings.label());
    cookie.setMaxAge(settings.maxAge());
    response.addCookie(cookie);
  }
}
