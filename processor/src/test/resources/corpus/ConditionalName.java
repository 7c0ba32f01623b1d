// outcome: detected
// shape: name chosen by a condition between two constants
package corpus;

import jakarta.servlet.http.Cookie;

class ConditionalName {
  Cookie make(boolean secure, String id) {
    return new Cookie(secure ? "__Host-sid" : "sid_plain", id); // BUG: undeclared __Host-sid, sid_plain
  }
}
