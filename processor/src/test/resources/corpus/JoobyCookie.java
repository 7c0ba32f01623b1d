// outcome: detected
// shape: Jooby cookie set on the context
package corpus;

import io.jooby.Context;
import io.jooby.Cookie;

class JoobyCookie {
  void handle(Context ctx) {
    ctx.setResponseCookie(new Cookie("jb_seen", "1").setMaxAge(60L)); // BUG: undeclared jb_seen
  }
}
