// outcome: missed
// shape: Set-Cookie put in an immutable header map handed to a framework
package corpus;

import java.util.Map;

class HeadersMapOf {
  Map<String, String> headers(String v) {
    return Map.of("Set-Cookie", "map_cookie=" + v + "; Path=/");
  }
}
