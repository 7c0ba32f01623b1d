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
 * The filter the starter registers: the runtime's {@link CookieGuardFilter} in the configured mode
 * for what the container's own guard does not judge ({@link ContainerGuard}), or, while a test runs
 * under {@link io.cookieregistry.spring.boot.test.StrictCookieGuard}, in STRICT mode for everything.
 */
final class GuardFilter implements Filter {
  private final SetCookieEnforcer enforcer;
  private final ConsentResolver consentResolver;
  private final ContainerGuard container;
  private final CookieGuardFilter strict;
  /**
   * Chosen again when the container initialises the filter, once its own guard is in place; null
   * when that guard judges everything. A mock container that never initialises it gets the full filter.
   */
  private volatile Filter configured;

  GuardFilter(CookieGuard guard, SetCookieEnforcer enforcer, ConsentResolver consentResolver,
      ContainerGuard container) {
    this.enforcer = enforcer;
    this.consentResolver = consentResolver;
    this.container = container;
    SetCookieEnforcer strictEnforcer = SetCookieEnforcer.of(guard, GuardMode.STRICT);
    this.strict = new CookieGuardFilter(strictEnforcer, consentResolver);
    StrictGuardSwitch.track(strictEnforcer.stats());
    this.configured = new CookieGuardFilter(enforcer, consentResolver);
  }

  @Override
  public void init(FilterConfig config) throws ServletException {
    ContainerGuard.Coverage coverage = container.coverage();
    CookieGuardFilter filter = coverage.filterJudgesCookies
        ? new CookieGuardFilter(enforcer, consentResolver)
        : CookieGuardFilter.forRawHeaders(enforcer, consentResolver);
    strict.init(config);
    filter.init(config); // last, so that the servlet context publishes the configured mode's counts
    configured = coverage.filterJudgesHeaders ? filter : null;
    if (coverage.startUpName != null) {
      enforcer.logStartUp("Spring Boot " + coverage.startUpName);
    }
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!StrictGuardSwitch.active()) {
      Filter filter = configured;
      if (filter != null) {
        filter.doFilter(request, response, chain);
      } else {
        chain.doFilter(request, response);
      }
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
