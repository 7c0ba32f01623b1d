// outcome: detected
// shape: raw header built with a StringBuilder chain
package corpus;

import jakarta.servlet.http.HttpServletResponse;

class HeaderBuilder {
  private static final String NAME = "hb_state";

  void write(HttpServletResponse response, String value, boolean secure) {
    response.addHeader("Set-Cookie", new StringBuilder(NAME) // BUG: undeclared hb_state
        .append('=').append(value).append("; Path=/").append(secure ? "; Secure" : "")
        .toString());
  }
}
