package io.cookieregistry.spring.boot;

import io.cookieregistry.runtime.SetCookieEnforcer;
import io.cookieregistry.runtime.servlet.ConsentResolver;
import io.cookieregistry.tomcat.GuardedCookieProcessor;
import org.apache.catalina.Context;
import org.apache.tomcat.util.http.CookieProcessor;

/** Puts the guarding cookie processor into Tomcat's context; loaded only when Tomcat is present. */
final class TomcatHook {
  private TomcatHook() {}

  /**
   * Guards what the context's cookie processor writes, keeping that processor: Boot's sets
   * {@code SameSite} cookie by cookie, and an application's may have settings of its own.
   */
  static void install(Object target, SetCookieEnforcer enforcer, ConsentResolver consentResolver) {
    Context context = (Context) target;
    CookieProcessor previous = context.getCookieProcessor();
    context.setCookieProcessor(previous == null || previous instanceof GuardedCookieProcessor
        ? new GuardedCookieProcessor(enforcer, consentResolver)
        : new GuardedCookieProcessor(enforcer, consentResolver, previous));
  }
}
