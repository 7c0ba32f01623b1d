// outcome: detected
// shape: raw header: empty StringBuilder, name appended first
package corpus;

import org.springframework.http.HttpHeaders;

class HeaderBuilderAppend {
  static final String CHOICE = "banner_closed";

  void write(HttpHeaders headers) {
    headers.add(HttpHeaders.SET_COOKIE, new StringBuilder(64).append(CHOICE) // BUG: undeclared banner_closed
        .append("=1; Max-Age=").append(31536000).toString());
  }
}
