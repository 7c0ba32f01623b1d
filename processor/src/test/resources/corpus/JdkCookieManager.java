// outcome: not-a-write
// shape: java.net.CookieManager store of an HTTP client
package corpus;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;

class JdkCookieManager {
  CookieManager manager(String token) {
    CookieManager manager = new CookieManager();
    HttpCookie cookie = new HttpCookie("api_token", token);
    cookie.setPath("/");
    manager.getCookieStore().add(URI.create("http://127.0.0.1/"), cookie);
    return manager;
  }
}
