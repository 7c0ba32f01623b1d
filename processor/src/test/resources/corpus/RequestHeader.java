// outcome: not-a-write
// shape: Cookie header on an outgoing HTTP request
package corpus;

import java.net.URI;
import java.net.http.HttpRequest;

class RequestHeader {
  HttpRequest call(String session) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:8080/"))
        .header("Cookie", "visitor_uid=" + session).GET().build();
  }
}
