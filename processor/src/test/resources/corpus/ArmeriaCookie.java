// outcome: detected
// shape: Armeria secure cookie builder
package corpus;

import com.linecorp.armeria.common.Cookie;

class ArmeriaCookie {
  Cookie make(String v) {
    return Cookie.secureBuilder("ar_token", v).httpOnly(true).build(); // BUG: undeclared ar_token
  }
}
