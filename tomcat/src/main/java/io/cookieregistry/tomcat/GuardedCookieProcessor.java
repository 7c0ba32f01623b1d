package io.cookieregistry.tomcat;

import io.cookieregistry.runtime.CookieGuard;
import io.cookieregistry.runtime.CookieRegistry;
import io.cookieregistry.runtime.GuardMode;
import io.cookieregistry.runtime.GuardStats;
import io.cookieregistry.runtime.RejectedCookieException;
import io.cookieregistry.runtime.SetCookieEnforcer;
import io.cookieregistry.runtime.internal.Checks;
import io.cookieregistry.runtime.internal.guard.Consents;
import io.cookieregistry.runtime.servlet.ConsentResolver;
import io.cookieregistry.runtime.servlet.internal.JudgedHeaders;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.Charset;
import java.util.Locale;
import org.apache.tomcat.util.http.CookieProcessor;
import org.apache.tomcat.util.http.MimeHeaders;
import org.apache.tomcat.util.http.Rfc6265CookieProcessor;
import org.apache.tomcat.util.http.ServerCookies;

/**
 * Tomcat's {@link Rfc6265CookieProcessor} that judges every {@code Set-Cookie} it formats before
 * Tomcat sends it: every {@code addCookie} of the application and of frameworks, through any
 * wrapper, and the container's own session cookie. A refused cookie is left out in {@link
 * GuardMode#ENFORCE} (Tomcat sends no header for it), logged and sent in {@link GuardMode#REPORT},
 * and refused with a {@link RejectedCookieException} from {@code addCookie} (or {@code
 * getSession()}) in {@link GuardMode#STRICT}. What it judges is the very header Tomcat writes.
 *
 * <p>Raw {@code Set-Cookie} headers do not pass through a cookie processor: add the {@link
 * io.cookieregistry.runtime.servlet.CookieGuardFilter} for every dispatcher type, sharing one
 * enforcer ({@link TomcatCookieGuard#install} does both).
 *
 * <p>In {@code context.xml} (or {@code server.xml}):
 *
 * <pre>{@code
 * <Context>
 *   <CookieProcessor className="io.cookieregistry.tomcat.GuardedCookieProcessor" mode="enforce"
 *                    sameSiteCookies="lax"/>
 * </Context>
 * }</pre>
 *
 * <p>Built that way, it loads the web application's registries ({@link CookieRegistry#load(ClassLoader)}
 * with the application's class loader) when it formats its first cookie, and logs its start-up line
 * then. Every setting of {@link Rfc6265CookieProcessor} ({@code sameSiteCookies}, {@code
 * partitioned}, …) applies as usual, before the guard judges the result.
 */
public class GuardedCookieProcessor extends Rfc6265CookieProcessor {
  private final ConsentResolver consentResolver;
  /** What writes and reads the headers; {@code null}: this processor, with its own settings. */
  private final CookieProcessor formatter;
  private volatile GuardMode mode = GuardMode.ENFORCE;
  private volatile SetCookieEnforcer enforcer;

  /** A processor for {@code context.xml}: the registry is loaded on first use, the mode set by {@link #setMode}. */
  public GuardedCookieProcessor() {
    this.consentResolver = ConsentResolver.fromPreferencesCookie();
    this.formatter = null;
  }

  /** A processor that guards with {@code guard} in {@code mode}, consent from {@code cookies_preferences}. */
  public GuardedCookieProcessor(CookieGuard guard, GuardMode mode) {
    this(SetCookieEnforcer.of(guard, mode), ConsentResolver.fromPreferencesCookie());
    enforcer.logStartUp("Tomcat cookie processor");
  }

  /**
   * A processor that applies {@code enforcer}, which may be shared with the servlet filter so that
   * one {@link GuardStats} counts both (the caller logs its start-up line), asking {@code
   * consentResolver} for each visitor's consent.
   */
  public GuardedCookieProcessor(SetCookieEnforcer enforcer, ConsentResolver consentResolver) {
    this(enforcer, consentResolver, null);
  }

  /**
   * A processor that guards the headers {@code formatter} writes, and reads request cookies as it
   * does: for a context whose cookie processor something else configured, such as Spring Boot's,
   * which sets {@code SameSite} cookie by cookie ({@code server.servlet.session.cookie.same-site},
   * {@code CookieSameSiteSupplier} beans). The settings of this processor ({@code
   * sameSiteCookies}, …) then do not apply: {@code formatter}'s do.
   */
  public GuardedCookieProcessor(SetCookieEnforcer enforcer, ConsentResolver consentResolver,
      CookieProcessor formatter) {
    this.enforcer = Checks.notNull(enforcer, "enforcer");
    this.consentResolver = Checks.notNull(consentResolver, "consentResolver");
    this.formatter = formatter;
    this.mode = enforcer.mode();
  }

  /**
   * The {@link GuardMode} ({@code enforce}, {@code report} or {@code strict}, in any case), for
   * {@code context.xml}; a processor built with a guard keeps the mode it was built with.
   *
   * @throws IllegalArgumentException naming the text and the accepted values
   * @throws IllegalStateException when the guard is already running in another mode
   */
  public void setMode(String mode) {
    GuardMode parsed = GuardMode.parse(mode);
    if (enforcer != null && enforcer.mode() != parsed) {
      throw new IllegalStateException("the cookie guard already runs in " + enforcer.mode()
          + " mode; the mode of a processor built with a guard cannot change");
    }
    this.mode = parsed;
  }

  /** The mode as {@code context.xml} spells it. */
  public String getMode() {
    return mode.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public void parseCookieHeader(MimeHeaders headers, ServerCookies serverCookies) {
    if (formatter == null) {
      super.parseCookieHeader(headers, serverCookies);
    } else {
      formatter.parseCookieHeader(headers, serverCookies);
    }
  }

  @Override
  public Charset getCharset() {
    return formatter == null ? super.getCharset() : formatter.getCharset();
  }

  @Override
  public String generateHeader(Cookie cookie, HttpServletRequest request) {
    String header = formatter == null ? super.generateHeader(cookie, request)
        : formatter.generateHeader(cookie, request);
    if (header == null) {
      return null;
    }
    if (!enforcer(request).admit(header,
        Consents.resolveOrNone(() -> consentResolver.resolve(request)))) {
      return null;
    }
    JudgedHeaders.record(request, header);
    return header;
  }

  /**
   * The decisions counted so far.
   *
   * @throws IllegalStateException for a processor from {@code context.xml} that has formatted no
   *     cookie yet, and so has loaded no registry
   */
  public GuardStats stats() {
    SetCookieEnforcer e = enforcer;
    if (e == null) {
      throw new IllegalStateException("the cookie guard has not started yet: a processor from"
          + " context.xml loads its registry when it formats its first cookie");
    }
    return e.stats();
  }

  private SetCookieEnforcer enforcer(HttpServletRequest request) {
    SetCookieEnforcer e = enforcer;
    if (e == null) {
      synchronized (this) {
        e = enforcer;
        if (e == null) {
          ClassLoader loader = request.getServletContext().getClassLoader();
          e = SetCookieEnforcer.of(CookieGuard.of(CookieRegistry.load(loader)), mode);
          e.logStartUp("Tomcat cookie processor");
          enforcer = e;
        }
      }
    }
    return e;
  }
}
