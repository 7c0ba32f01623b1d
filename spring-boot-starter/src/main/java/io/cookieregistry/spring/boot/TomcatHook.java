package io.cookieregistry.spring.boot;

import io.cookieregistry.runtime.SetCookieEnforcer;
import io.cookieregistry.runtime.servlet.ConsentResolver;
import io.cookieregistry.tomcat.GuardedCookieProcessor;
import org.apache.catalina.Context;
import org.apache.tomcat.util.http.CookieProcessor;
import org.apache.tomcat.util.http.Rfc6265CookieProcessor;

/** Puts the guarding cookie processor into Tomcat's context; loaded only when Tomcat is present. */
final class TomcatHook {
  private TomcatHook() {}

  static void install(Object target, SetCookieEnforcer enforcer, ConsentResolver consentResolver) {
    Context context = (Context) target;
    GuardedCookieProcessor guarded = new GuardedCookieProcessor(enforcer, consentResolver);
    CookieProcessor previous = context.getCookieProcessor();
    if (previous instanceof Rfc6265CookieProcessor) {
      // Keep what the application configured on the processor being replaced.
      Rfc6265CookieProcessor rfc6265 = (Rfc6265CookieProcessor) previous;
      guarded.setSameSiteCookies(rfc6265.getSameSiteCookies().getValue());
      guarded.setPartitioned(rfc6265.getPartitioned());
    }
    context.setCookieProcessor(guarded);
  }
}
