// outcome: detected
// shape: Undertow CookieImpl set on the exchange
package corpus;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.CookieImpl;

class UndertowCookie {
  void handle(HttpServerExchange exchange) {
    exchange.setResponseCookie(new CookieImpl("ut_id", "v").setPath("/")); // BUG: undeclared ut_id
  }
}
