// outcome: detected
// shape: raw header with String.format
package corpus;

import jakarta.ws.rs.core.Response;

class HeaderFormat {
  private static final String COOKIE = "jx_state";

  Response ok(String state) {
    return Response.ok()
        .header("Set-Cookie", String.format("%s=%s; Max-Age=%d; Path=/", COOKIE, state, 600)) // BUG: undeclared jx_state
        .build();
  }
}
