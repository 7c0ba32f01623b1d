// outcome: detected
// shape: settings object passed around, read through its getter
package corpus;

import io.cookieregistry.CookieName;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

class SessionSettings {
  @CookieName private String cookieName = "SESSION";  // BUG: undeclared SESSION
  private int maxAge = 1800;

  public String getCookieName() {
    return this.cookieName;
  }

  public void setCookieName(@CookieName String cookieName) {
    this.cookieName = cookieName;
  }

  public int getMaxAge() {
    return maxAge;
  }
}

class ConfigObject {
  private final SessionSettings settings;

  ConfigObject(SessionSettings settings) {
    this.settings = settings;
  }

  void issue(HttpServletResponse response, String id) {
    Cookie cookie = new Cookie(settings.getCookieName(), id);
    cookie.setMaxAge(settings.getMaxAge());
    response.addCookie(cookie);
  }
}
