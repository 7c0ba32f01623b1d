// outcome: detected
// shape: Helidon SE 3 SetCookie factory
package corpus;

import io.helidon.common.http.SetCookie;

class HelidonSetCookie {
  SetCookie cookie(String v) {
    return SetCookie.create("hd_state", v); // BUG: undeclared hd_state
  }
}
