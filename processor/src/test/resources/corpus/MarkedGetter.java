// outcome: detected
// shape: overridable method that returns the cookie name
package corpus;

import io.cookieregistry.CookieName;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

abstract class MarkedGetter {
  @CookieName
  protected String cookieName() {
    return "cart_id"; // BUG: undeclared cart_id
  }

  void keepCart(HttpServletResponse response, String cart) {
    response.addCookie(new Cookie(cookieName(), cart));
  }
}

class WishlistCookie extends MarkedGetter {
  @Override
  @CookieName
  protected String cookieName() {
    return "wishlist"; // BUG: undeclared wishlist
  }
}
