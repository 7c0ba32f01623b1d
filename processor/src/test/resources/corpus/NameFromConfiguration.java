// outcome: warned
// shape: name read from a properties file at run time
package corpus;

import jakarta.servlet.http.Cookie;
import java.util.Properties;

class NameFromConfiguration {
  private final Properties properties = new Properties();

  Cookie make(String value) {
    return new Cookie(properties.getProperty("cookie.name", "sessionid"), value); // WARN: dynamic-name
  }
}
