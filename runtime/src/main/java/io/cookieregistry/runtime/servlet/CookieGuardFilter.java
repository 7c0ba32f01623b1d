package io.cookieregistry.runtime.servlet;

import io.cookieregistry.runtime.CookieGuard;
import io.cookieregistry.runtime.CookieRegistry;
import io.cookieregistry.runtime.GuardMode;
import io.cookieregistry.runtime.GuardStats;
import io.cookieregistry.runtime.SetCookieEnforcer;
import io.cookieregistry.runtime.internal.Checks;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Guards every cookie a web application sets: wraps the response so that {@code addCookie} and
 * {@code Set-Cookie} headers pass a {@link CookieGuard} with the visitor's consent first.
 *
 * <p>Declared in {@code web.xml} (or registered with the no-argument constructor) it loads {@link
 * CookieRegistry#load()} and reads the init parameter {@value #MODE_PARAMETER} ({@code enforce}, the
 * default, {@code report} or {@code strict}; see {@link GuardMode}), and consent from the {@code
 * cookies_preferences} cookie. Built in code with an enforcer it uses exactly what it is given and
 * ignores init parameters.
 *
 * <p>The {@link GuardStats} are published as the servlet context attribute {@link #STATS_ATTRIBUTE},
 * so an operator's page can show them. Cookies the container sets itself (such as its session
 * cookie) do not pass through the application's response and are not guarded.
 */
public final class CookieGuardFilter implements Filter {
  /** The init parameter that chooses the {@link GuardMode}. */
  public static final String MODE_PARAMETER = "mode";
  /** The servlet context attribute under which the filter publishes its {@link GuardStats}. */
  public static final String STATS_ATTRIBUTE = GuardStats.class.getName();

  private final ConsentResolver consentResolver;
  private volatile SetCookieEnforcer enforcer;

  /** A filter configured by its init parameters when the container initialises it. */
  public CookieGuardFilter() {
    this.consentResolver = ConsentResolver.fromPreferencesCookie();
  }

  /** A filter that guards with {@code guard} in {@code mode}, consent from {@code cookies_preferences}. */
  public CookieGuardFilter(CookieGuard guard, GuardMode mode) {
    this(SetCookieEnforcer.of(guard, mode), ConsentResolver.fromPreferencesCookie());
  }

  /** A filter that applies {@code enforcer}, asking {@code consentResolver} for each visitor's consent. */
  public CookieGuardFilter(SetCookieEnforcer enforcer, ConsentResolver consentResolver) {
    this.enforcer = Checks.notNull(enforcer, "enforcer");
    this.consentResolver = Checks.notNull(consentResolver, "consentResolver");
  }

  @Override
  public void init(FilterConfig config) throws ServletException {
    if (enforcer == null) {
      String modeText = config.getInitParameter(MODE_PARAMETER);
      try {
        GuardMode mode = modeText == null ? GuardMode.ENFORCE : GuardMode.parse(modeText);
        enforcer = SetCookieEnforcer.of(CookieGuard.of(CookieRegistry.load()), mode);
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new ServletException("cookie guard filter '" + config.getFilterName()
            + "' cannot start: " + e.getMessage(), e);
      }
    }
    config.getServletContext().setAttribute(STATS_ATTRIBUTE, enforcer.stats());
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest && response instanceof HttpServletResponse) {
      response = new GuardedResponse((HttpServletResponse) response, (HttpServletRequest) request,
          enforcer(), consentResolver);
    }
    chain.doFilter(request, response);
  }

  /** The mode this filter runs in. */
  public GuardMode mode() {
    return enforcer().mode();
  }

  /** The decisions this filter has counted, per reason. */
  public GuardStats stats() {
    return enforcer().stats();
  }

  private SetCookieEnforcer enforcer() {
    SetCookieEnforcer e = enforcer;
    if (e == null) {
      throw new IllegalStateException("the cookie guard filter has not been initialised yet");
    }
    return e;
  }
}
