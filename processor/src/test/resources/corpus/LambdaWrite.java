// outcome: detected
// shape: write inside a lambda and an anonymous class
package corpus;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;

class LambdaWrite {
  void all(HttpServletResponse response, List<String> ids) {
    ids.forEach(id -> response.addCookie(new Cookie("lam_item", id))); // BUG: undeclared lam_item
    Runnable later = new Runnable() {
      @Override
      public void run() {
        response.addCookie(new Cookie("anon_item", "1")); // BUG: undeclared anon_item
      }
    };
    later.run();
  }
}
