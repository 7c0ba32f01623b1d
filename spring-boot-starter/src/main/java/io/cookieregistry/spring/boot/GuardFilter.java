package io.cookieregistry.spring.boot;

import io.cookieregistry.runtime.CookieGuard;
import io.cookieregistry.runtime.GuardMode;
import io.cookieregistry.runtime.RejectedCookieException;
import io.cookieregistry.runtime.SetCookieEnforcer;
import io.cookieregistry.runtime.servlet.ConsentResolver;
import io.cookieregistry.runtime.servlet.CookieGuardFilter;
import io.cookieregistry.spring.boot.internal.StrictGuardSwitch;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;

/**
 * The filter the starter registers: the runtime's {@link CookieGuardFilter} in the configured mode,
 * or in STRICT mode while a test runs under {@link io.cookieregistry.spring.boot.test.StrictCookieGuard}.
 */
final class GuardFilter implements Filter {
  private final CookieGuardFilter configured;
  private final CookieGuardFilter strict;

  GuardFilter(CookieGuard guard, SetCookieEnforcer enforcer, ConsentResolver consentResolver) {
    this.configured = new CookieGuardFilter(enforcer, consentResolver);
    SetCookieEnforcer strictEnforcer = SetCookieEnforcer.of(guard, GuardMode.STRICT);
    this.strict = new CookieGuardFilter(strictEnforcer, consentResolver);
    StrictGuardSwitch.track(strictEnforcer.stats());
  }

  @Override
  public void init(FilterConfig config) throws ServletException {
    configured.init(config);
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!StrictGuardSwitch.active()) {
      configured.doFilter(request, response, chain);
      return;
    }
    try {
      strict.doFilter(request, response, chain);
    } catch (IOException | ServletException | RuntimeException e) {
      RejectedCookieException rejected = rejection(e);
      if (rejected != null) {
        StrictGuardSwitch.refused(rejected);
      }
      throw e;
    }
  }

  private static RejectedCookieException rejection(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof RejectedCookieException) {
        return (RejectedCookieException) t;
      }
    }
    return null;
  }
}
