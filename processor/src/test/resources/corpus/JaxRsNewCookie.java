// outcome: detected
// shape: JAX-RS NewCookie and its builder
package corpus;

import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

class JaxRsNewCookie {
  Response login(String token) {
    NewCookie a = new NewCookie("sessionid", token);
    NewCookie b = new NewCookie.Builder("rs_pref").value("x").build(); // BUG: undeclared rs_pref
    return Response.ok().cookie(a, b).build();
  }
}
