// outcome: not-a-write
// shape: Netty client encoding cookies into a request
package corpus;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.cookie.ClientCookieEncoder;
import io.netty.handler.codec.http.cookie.DefaultCookie;

class NettyClient {
  void send(HttpHeaders requestHeaders, String id) {
    DefaultCookie cookie = new DefaultCookie("visitor_uid", id);
    cookie.setPath("/");
    requestHeaders.set(HttpHeaderNames.COOKIE, ClientCookieEncoder.STRICT.encode(cookie));
    requestHeaders.add(HttpHeaderNames.COOKIE,
        ClientCookieEncoder.LAX.encode(new DefaultCookie("client_pref", "1")));
  }
}
