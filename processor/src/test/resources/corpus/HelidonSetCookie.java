// outcome: detected
// shape: Helidon 4 SetCookie builder
package corpus;

import io.helidon.http.SetCookie;

class HelidonSetCookie {
  SetCookie cookie(String v) {
    return SetCookie.builder("hd_state", v).path("/").build(); // BUG: undeclared hd_state
  }
}
