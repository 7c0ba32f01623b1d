// outcome: warned
// shape: header value reassigned along the way, so it has no single value
package corpus;

import jakarta.servlet.http.HttpServletResponse;

class HeaderAccumulated {
  void write(HttpServletResponse response, String value, boolean secure) {
    String header = "acc_cookie=" + value;
    if (secure) {
      header = header + "; Secure";
    }
    response.addHeader("Set-Cookie", header); // WARN: dynamic-name
  }
}
