// outcome: not-a-write
// shape: Javalin reading a cookie by name
package corpus;

import io.javalin.http.Context;

class JavalinRead {
  String theme(Context ctx) {
    String theme = ctx.cookie("visitor_uid");
    return theme == null ? "light" : theme;
  }
}
