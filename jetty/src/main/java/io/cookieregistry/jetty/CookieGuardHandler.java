package io.cookieregistry.jetty;

import io.cookieregistry.runtime.Consent;
import io.cookieregistry.runtime.ConsentCookie;
import io.cookieregistry.runtime.CookieGuard;
import io.cookieregistry.runtime.GuardMode;
import io.cookieregistry.runtime.GuardStats;
import io.cookieregistry.runtime.RejectedCookieException;
import io.cookieregistry.runtime.SetCookieEnforcer;
import io.cookieregistry.runtime.internal.Checks;
import io.cookieregistry.runtime.internal.guard.Consents;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Guards every {@code Set-Cookie} that a Jetty 12 server sends through the handlers it wraps: the
 * application's cookies, the container's session cookie, error pages, forwards, includes and
 * asynchronous responses alike, whatever API wrote them (servlet, Jetty core, a framework).
 *
 * <p>It judges the response's header fields at the moment Jetty sends them, when the response is
 * committed, in the form Jetty writes them on the wire ({@link WireForm}): what it judges is what
 * leaves the server. A refused cookie is dropped in {@link GuardMode#ENFORCE}, logged and sent in
 * {@link GuardMode#REPORT}; in {@link GuardMode#STRICT} sending the response fails with a {@link
 * RejectedCookieException} before anything of it is sent, and Jetty answers with its own
 * {@code 500} response instead (no cookies, since that one is judged too).
 *
 * <pre>{@code
 * ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
 * server.setHandler(new CookieGuardHandler(CookieGuard.of(CookieRegistry.load()), GuardMode.ENFORCE, context));
 * }</pre>
 *
 * <p>Consent is read from the request's {@code cookies_preferences} cookie unless a resolver is
 * given. Thread-safe; one handler serves every request.
 */
public class CookieGuardHandler extends Handler.Wrapper {
  private final SetCookieEnforcer enforcer;
  private final Function<? super Request, Consent> consentResolver;

  /** Guards with {@code guard} in {@code mode}, consent from {@code cookies_preferences}; set the wrapped handler later. */
  public CookieGuardHandler(CookieGuard guard, GuardMode mode) {
    this(SetCookieEnforcer.of(guard, mode), CookieGuardHandler::consentFromPreferencesCookie);
  }

  /** Like {@link #CookieGuardHandler(CookieGuard, GuardMode)}, wrapping {@code handler}. */
  public CookieGuardHandler(CookieGuard guard, GuardMode mode, Handler handler) {
    this(guard, mode);
    setHandler(handler);
  }

  /**
   * Applies {@code enforcer} (which may be shared with other integrations, to count in one {@link
   * GuardStats}), asking {@code consentResolver} for each visitor's consent; a resolver that fails
   * or answers {@code null} counts as {@link Consent#none()}.
   */
  public CookieGuardHandler(SetCookieEnforcer enforcer, Function<? super Request, Consent> consentResolver) {
    this.enforcer = Checks.notNull(enforcer, "enforcer");
    this.consentResolver = Checks.notNull(consentResolver, "consentResolver");
  }

  /** The consent recorded in the request's {@code cookies_preferences} cookie ({@link ConsentCookie}). */
  public static Consent consentFromPreferencesCookie(Request request) {
    return ConsentCookie.fromCookieHeaders(request.getHeaders().getValuesList(HttpHeader.COOKIE));
  }

  @Override
  protected void doStart() throws Exception {
    enforcer.logStartUp("Jetty handler");
    super.doStart();
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    request.addHttpStreamWrapper(stream -> new GuardedStream(stream, enforcer,
        () -> Consents.resolveOrNone(() -> consentResolver.apply(request))));
    return super.handle(request, response, callback);
  }

  /** The mode this handler runs in. */
  public GuardMode mode() {
    return enforcer.mode();
  }

  /** The decisions this handler has counted, per reason: one per {@code Set-Cookie} it judged at the wire. */
  public GuardStats stats() {
    return enforcer.stats();
  }
}
