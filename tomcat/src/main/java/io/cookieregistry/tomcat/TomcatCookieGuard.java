package io.cookieregistry.tomcat;

import io.cookieregistry.runtime.CookieGuard;
import io.cookieregistry.runtime.GuardMode;
import io.cookieregistry.runtime.GuardStats;
import io.cookieregistry.runtime.SetCookieEnforcer;
import io.cookieregistry.runtime.servlet.ConsentResolver;
import io.cookieregistry.runtime.servlet.CookieGuardFilter;
import jakarta.servlet.DispatcherType;
import io.cookieregistry.runtime.internal.Checks;
import org.apache.catalina.Context;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;

/**
 * Guards a Tomcat context in code: the {@link GuardedCookieProcessor} for every cookie Tomcat
 * formats (the session cookie included); the {@link CookieGuardFilter} for raw {@code Set-Cookie}
 * headers, mapped to every path and dispatcher type ahead of every other filter; and a valve that,
 * when the application returns with the response not yet committed, judges the raw headers that
 * passed beside the filter (written on the unwrapped response). All three share one enforcer and
 * judge each header once, so one {@link GuardStats} counts every decision.
 *
 * <pre>{@code
 * Context context = tomcat.addContext("", docBase);
 * GuardStats stats = TomcatCookieGuard.install(context, CookieGuard.of(CookieRegistry.load()), GuardMode.ENFORCE);
 * }</pre>
 */
public final class TomcatCookieGuard {
  private TomcatCookieGuard() {}

  /**
   * Installs the guard in {@code context}, which must not be started yet; replaces its cookie
   * processor (set the {@link GuardedCookieProcessor}'s SameSite and other settings on the
   * returned context's processor afterwards).
   *
   * @return the decisions of both the processor and the filter
   */
  public static GuardStats install(Context context, CookieGuard guard, GuardMode mode) {
    Checks.notNull(context, "context");
    SetCookieEnforcer enforcer = SetCookieEnforcer.of(guard, mode);
    ConsentResolver consent = ConsentResolver.fromPreferencesCookie();
    context.setCookieProcessor(new GuardedCookieProcessor(enforcer, consent));

    FilterDef filter = new FilterDef();
    filter.setFilterName(CookieGuardFilter.FILTER_NAME);
    filter.setFilter(CookieGuardFilter.forRawHeaders(enforcer, consent));
    filter.setFilterClass(CookieGuardFilter.class.getName());
    filter.setAsyncSupported("true");
    context.addFilterDef(filter);
    FilterMap map = new FilterMap();
    map.setFilterName(CookieGuardFilter.FILTER_NAME);
    map.addURLPattern("/*");
    for (DispatcherType type : DispatcherType.values()) {
      map.setDispatcher(type.name());
    }
    context.addFilterMapBefore(map);
    context.getPipeline().addValve(new CookieGuardValve(enforcer, consent));
    enforcer.logStartUp("Tomcat cookie processor and servlet filter");
    return enforcer.stats();
  }
}
