// outcome: not-a-write
// shape: Spring HttpHeaders of an outgoing request
package corpus;

import org.springframework.http.HttpHeaders;

class SpringRequestHeaders {
  HttpHeaders forward(String session) {
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, "visitor_uid=" + session);
    return headers;
  }
}
