// outcome: detected
// shape: Wicket CookieUtils save and remove
package corpus;

import org.apache.wicket.util.cookies.CookieUtils;

class WicketCookieUtils {
  void remember(CookieUtils cookies, String user) {
    cookies.save("wk_user", user); // BUG: undeclared wk_user
    cookies.remove("wk_legacy"); // BUG: undeclared wk_legacy
  }
}
