// outcome: detected
// shape: Jetty 12 core HttpCookie
package corpus;

import org.eclipse.jetty.http.HttpCookie;

class JettyHttpCookie {
  HttpCookie make(String v) {
    return HttpCookie.from("jt_pref", v); // BUG: undeclared jt_pref
  }
}
