package io.cookieregistry.runtime.servlet;

import io.cookieregistry.runtime.CookieGuard;
import io.cookieregistry.runtime.CookieRegistry;
import io.cookieregistry.runtime.GuardMode;
import io.cookieregistry.runtime.GuardStats;
import io.cookieregistry.runtime.SetCookieEnforcer;
import io.cookieregistry.runtime.internal.Checks;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;

/**
 * Guards every cookie a web application sets: wraps the response so that {@code addCookie} and
 * every {@code Set-Cookie} header method pass a {@link CookieGuard} with the visitor's consent
 * first, and wraps the request so that {@code startAsync()} hands the guarded response to the
 * asynchronous code.
 *
 * <p>Register it for every dispatcher type ({@code REQUEST}, {@code FORWARD}, {@code INCLUDE},
 * {@code ASYNC}, {@code ERROR}), first in the chain: error pages and asynchronous dispatches write
 * cookies too, and a filter that runs before this one writes past it. In {@code web.xml}, list every
 * {@code <dispatcher>}; in code, {@code EnumSet.allOf(DispatcherType.class)}.
 *
 * <p>Declared in {@code web.xml} (or registered with the no-argument constructor) it loads {@link
 * CookieRegistry#load()} and reads the init parameter {@value #MODE_PARAMETER} ({@code enforce}, the
 * default, {@code report} or {@code strict}; see {@link GuardMode}), and consent from the {@code
 * cookies_preferences} cookie. Built in code with an enforcer it uses exactly what it is given and
 * ignores init parameters.
 *
 * <p>The {@link GuardStats} are published as the servlet context attribute {@link #STATS_ATTRIBUTE},
 * so an operator's page can show them. Cookies the container sets itself (its session cookie) and
 * headers written on the unwrapped response do not pass through the filter: the Jetty handler and
 * the Tomcat cookie processor ({@code cookie-registry-jetty}, {@code cookie-registry-tomcat}) guard
 * those.
 */
public final class CookieGuardFilter implements Filter {
  /** The name under which {@link #register} registers the filter. */
  public static final String FILTER_NAME = "cookieGuardFilter";
  /** The init parameter that chooses the {@link GuardMode}. */
  public static final String MODE_PARAMETER = "mode";
  /** The servlet context attribute under which the filter publishes its {@link GuardStats}. */
  public static final String STATS_ATTRIBUTE = GuardStats.class.getName();

  private final ConsentResolver consentResolver;
  /** Whether {@code addCookie} is judged here, or left to the container's cookie processor. */
  private final boolean judgesCookies;
  /** Whether the filter made its enforcer, and so writes its start-up line; a shared one is the sharer's to announce. */
  private final boolean ownsEnforcer;
  private volatile SetCookieEnforcer enforcer;

  /** A filter configured by its init parameters when the container initialises it. */
  public CookieGuardFilter() {
    this.consentResolver = ConsentResolver.fromPreferencesCookie();
    this.ownsEnforcer = true;
    this.judgesCookies = true;
  }

  /** A filter that guards with {@code guard} in {@code mode}, consent from {@code cookies_preferences}. */
  public CookieGuardFilter(CookieGuard guard, GuardMode mode) {
    this(SetCookieEnforcer.of(guard, mode), ConsentResolver.fromPreferencesCookie(), true, true);
  }

  /**
   * A filter that applies {@code enforcer}, asking {@code consentResolver} for each visitor's
   * consent. The enforcer may be shared with a container integration, so that one {@link GuardStats}
   * counts both; its start-up line is then the caller's to log ({@link SetCookieEnforcer#logStartUp}).
   */
  public CookieGuardFilter(SetCookieEnforcer enforcer, ConsentResolver consentResolver) {
    this(enforcer, consentResolver, false, true);
  }

  /**
   * A filter for a container whose cookie processor judges every {@code addCookie} itself (Tomcat
   * with {@code GuardedCookieProcessor}): it judges only raw {@code Set-Cookie} headers, so that no
   * cookie is judged, or counted, twice. Shares {@code enforcer} with that processor.
   */
  public static CookieGuardFilter forRawHeaders(SetCookieEnforcer enforcer,
      ConsentResolver consentResolver) {
    return new CookieGuardFilter(enforcer, consentResolver, false, false);
  }

  private CookieGuardFilter(SetCookieEnforcer enforcer, ConsentResolver consentResolver,
      boolean ownsEnforcer, boolean judgesCookies) {
    this.enforcer = Checks.notNull(enforcer, "enforcer");
    this.consentResolver = Checks.notNull(consentResolver, "consentResolver");
    this.ownsEnforcer = ownsEnforcer;
    this.judgesCookies = judgesCookies;
  }

  /**
   * Registers {@code filter} in {@code context} (from a {@code ServletContainerInitializer} or a
   * {@code ServletContextListener}, before the context starts) as {@value #FILTER_NAME}: on {@code
   * /*}, for every dispatcher type, ahead of the filters of {@code web.xml}, with asynchronous
   * support.
   *
   * @return the filter, for its {@link #stats()}
   * @throws IllegalStateException when the context already has a filter of that name
   */
  public static CookieGuardFilter register(ServletContext context, CookieGuardFilter filter) {
    Checks.notNull(context, "context");
    FilterRegistration.Dynamic registration = context.addFilter(FILTER_NAME, Checks.notNull(filter, "filter"));
    if (registration == null) {
      throw new IllegalStateException("the servlet context already has a filter named " + FILTER_NAME);
    }
    registration.setAsyncSupported(true);
    registration.addMappingForUrlPatterns(EnumSet.allOf(DispatcherType.class), false, "/*");
    return filter;
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
    if (ownsEnforcer) {
      enforcer.logStartUp("servlet filter '" + config.getFilterName() + "'");
    }
    config.getServletContext().setAttribute(STATS_ATTRIBUTE, enforcer.stats());
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest && response instanceof HttpServletResponse
        && !alreadyGuarded(response)) {
      HttpServletRequest httpRequest = (HttpServletRequest) request;
      GuardedResponse guarded = new GuardedResponse((HttpServletResponse) response, httpRequest,
          enforcer(), consentResolver, judgesCookies);
      request = new GuardedRequest(httpRequest, guarded);
      response = guarded;
    }
    chain.doFilter(request, response);
  }

  /**
   * Whether a guarded response is already in the chain: a forward or an asynchronous dispatch
   * passes the filter again with the response it guarded the first time, which must not judge
   * (and count) each cookie twice.
   */
  private static boolean alreadyGuarded(ServletResponse response) {
    for (ServletResponse r = response; r != null; ) {
      if (r instanceof GuardedResponse) {
        return true;
      }
      r = r instanceof ServletResponseWrapper ? ((ServletResponseWrapper) r).getResponse() : null;
    }
    return false;
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
