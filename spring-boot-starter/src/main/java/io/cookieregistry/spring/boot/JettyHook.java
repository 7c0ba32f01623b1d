package io.cookieregistry.spring.boot;

import io.cookieregistry.jetty.CookieGuardHandler;
import io.cookieregistry.runtime.SetCookieEnforcer;
import org.eclipse.jetty.server.Server;

/** Wraps Jetty's handlers in the guard handler; loaded only when Jetty is present. */
final class JettyHook {
  private JettyHook() {}

  /** Consent comes from {@code cookies_preferences}: Jetty's core requests are not servlet requests. */
  static void install(Object target, SetCookieEnforcer enforcer) {
    Server server = (Server) target;
    CookieGuardHandler guard =
        new CookieGuardHandler(enforcer, CookieGuardHandler::consentFromPreferencesCookie);
    guard.setHandler(server.getHandler());
    server.setHandler(guard);
  }
}
