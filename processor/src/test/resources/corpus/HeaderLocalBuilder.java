// outcome: detected
// shape: raw header assembled in a local StringBuilder over several statements
package corpus;

import jakarta.servlet.http.HttpServletResponse;

class HeaderLocalBuilder {
  void write(HttpServletResponse response, String value, boolean secure) {
    StringBuilder header = new StringBuilder();
    header.append("sb_local=").append(value); // BUG: undeclared sb_local
    if (secure) {
      header.append("; Secure");
    }
    response.addHeader("Set-Cookie", header.toString());
  }
}
