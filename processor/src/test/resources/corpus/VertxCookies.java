// outcome: detected
// shape: Vert.x cookie factory, its implementation class, and a deletion
package corpus;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.CookieImpl;

class VertxCookies {
  void write(HttpServerResponse response) {
    response.addCookie(Cookie.cookie("vx_a", "1")); // BUG: undeclared vx_a
    response.addCookie(new CookieImpl("vx_b", "2")); // BUG: undeclared vx_b
    response.removeCookie("vx_old"); // BUG: undeclared vx_old
  }
}
