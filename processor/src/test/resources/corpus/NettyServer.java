// outcome: detected
// shape: Netty DefaultCookie encoded into a response header
package corpus;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.cookie.DefaultCookie;
import io.netty.handler.codec.http.cookie.ServerCookieEncoder;

class NettyServer {
  void write(HttpHeaders headers, String id) {
    DefaultCookie cookie = new DefaultCookie("nt_sid", id); // BUG: undeclared nt_sid
    cookie.setHttpOnly(true);
    headers.add(HttpHeaderNames.SET_COOKIE, ServerCookieEncoder.STRICT.encode(cookie));
  }
}
