// outcome: detected
// shape: Javalin context cookie and removeCookie
package corpus;

import io.javalin.http.Context;

class JavalinContext {
  void handle(Context ctx) {
    ctx.cookie("jv_pref", "dark"); // BUG: undeclared jv_pref
    ctx.removeCookie("jv_old"); // BUG: undeclared jv_old
    String read = ctx.cookie("sessionid");
  }
}
