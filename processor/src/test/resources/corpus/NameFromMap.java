// outcome: warned
// shape: names looked up in a map filled at start-up
package corpus;

import jakarta.servlet.http.Cookie;
import java.util.Map;

class NameFromMap {
  private final Map<String, String> names;

  NameFromMap(Map<String, String> names) {
    this.names = names;
  }

  Cookie make(String key, String value) {
    return new Cookie(names.get(key), value); // WARN: dynamic-name
  }
}
