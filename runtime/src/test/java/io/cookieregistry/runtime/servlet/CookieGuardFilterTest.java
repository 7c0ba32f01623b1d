package io.cookieregistry.runtime.servlet;

import static io.cookieregistry.runtime.GuardFixtures.GUARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.runtime.Consent;
import io.cookieregistry.runtime.Decision.Reason;
import io.cookieregistry.runtime.GuardMode;
import io.cookieregistry.runtime.RejectedCookieException;
import io.cookieregistry.runtime.SetCookieEnforcer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The filter in each mode, with hand-written request, response and configuration doubles. */
class CookieGuardFilterTest {
  /** Writes one allowed, one undeclared and two consent-needing cookies, and an unrelated header. */
  private static final FilterChain PAGE = (request, response) -> {
    HttpServletResponse r = (HttpServletResponse) response;
    r.addCookie(new Cookie("csrftoken", "1"));
    r.addCookie(new Cookie("visitor_uid", "1"));
    r.addHeader("set-cookie", "ad_uid=1");
    r.setHeader("SET-COOKIE", "lang=fr");
    r.addHeader("X-Other", "v");
  };

  private static CookieGuardFilter filter(GuardMode mode) {
    return new CookieGuardFilter(SetCookieEnforcer.of(GUARD, mode, System.getLogger("test"),
        Clock.systemUTC(), Duration.ofMinutes(1)), ConsentResolver.fromPreferencesCookie());
  }

  private static List<String> run(CookieGuardFilter filter, HttpServletRequest request)
      throws IOException, ServletException {
    ServletDoubles.RecordingResponse response = new ServletDoubles.RecordingResponse();
    filter.doFilter(request, response.proxy, PAGE);
    return response.calls;
  }

  @Test
  void enforceDropsUndeclaredAndUnconsentedCookies() throws Exception {
    CookieGuardFilter filter = filter(GuardMode.ENFORCE);
    assertEquals(List.of("addCookie csrftoken=1", "addHeader X-Other: v"),
        run(filter, ServletDoubles.request()));
    assertEquals(2, filter.stats().count(Reason.NO_CONSENT));
    assertEquals(1, filter.stats().count(Reason.UNDECLARED));
    assertEquals(3, filter.stats().dropped());
  }

  @Test
  void enforceReadsConsentFromTheRequest() throws Exception {
    List<String> calls = run(filter(GuardMode.ENFORCE),
        ServletDoubles.request("sessionid=1", "cookies_preferences=v1:preferences.marketing"));
    assertEquals(List.of("addCookie csrftoken=1", "addHeader set-cookie: ad_uid=1",
        "setHeader SET-COOKIE: lang=fr", "addHeader X-Other: v"), calls);
  }

  @Test
  void reportLetsEverythingThrough() throws Exception {
    CookieGuardFilter filter = filter(GuardMode.REPORT);
    assertEquals(5, run(filter, ServletDoubles.request()).size());
    assertEquals(3, filter.stats().total() - filter.stats().count(Reason.DECLARED));
    assertEquals(0, filter.stats().dropped());
  }

  @Test
  void strictThrowsAtTheFirstRefusedCookie() {
    ServletDoubles.RecordingResponse response = new ServletDoubles.RecordingResponse();
    RejectedCookieException e = assertThrows(RejectedCookieException.class, () ->
        filter(GuardMode.STRICT).doFilter(ServletDoubles.request(), response.proxy, PAGE));
    assertTrue(e.getMessage().contains("'visitor_uid'"), e.getMessage());
    assertEquals(List.of("addCookie csrftoken=1"), response.calls);
  }

  @Test
  void passesHeaderRemovalsAndNullCookiesToTheContainer() throws Exception {
    ServletDoubles.RecordingResponse response = new ServletDoubles.RecordingResponse();
    filter(GuardMode.STRICT).doFilter(ServletDoubles.request(), response.proxy, (req, res) -> {
      ((HttpServletResponse) res).setHeader("Set-Cookie", null);
      ((HttpServletResponse) res).addCookie(null);
    });
    assertEquals(List.of("setHeader Set-Cookie: null", "addCookie null"), response.calls);
  }

  @Test
  void aFailingConsentResolverMeansNoConsent() throws Exception {
    CookieGuardFilter filter = new CookieGuardFilter(SetCookieEnforcer.of(GUARD, GuardMode.ENFORCE),
        request -> {
          throw new IllegalStateException("consent service down");
        });
    ServletDoubles.RecordingResponse response = new ServletDoubles.RecordingResponse();
    filter.doFilter(ServletDoubles.request(), response.proxy, (req, res) -> {
      ((HttpServletResponse) res).addHeader("Set-Cookie", "ad_uid=1");
      ((HttpServletResponse) res).addHeader("Set-Cookie", "csrftoken=1");
    });
    assertEquals(List.of("addHeader Set-Cookie: csrftoken=1"), response.calls);
  }

  @Test
  void readsTheModeFromInitParametersAndPublishesItsStats() throws Exception {
    Map<String, Object> attributes = ServletDoubles.attributes();
    CookieGuardFilter filter = new CookieGuardFilter();
    assertThrows(IllegalStateException.class, filter::stats);
    filter.init(ServletDoubles.config(Map.of("mode", "Report"), attributes));
    assertEquals(GuardMode.REPORT, filter.mode());
    assertSame(filter.stats(), attributes.get(CookieGuardFilter.STATS_ATTRIBUTE));

    CookieGuardFilter byDefault = new CookieGuardFilter();
    byDefault.init(ServletDoubles.config(Map.of(), ServletDoubles.attributes()));
    assertEquals(GuardMode.ENFORCE, byDefault.mode());
  }

  @Test
  void refusesToStartWithAnUnknownMode() {
    ServletException e = assertThrows(ServletException.class, () -> new CookieGuardFilter()
        .init(ServletDoubles.config(Map.of("mode", "drop"), ServletDoubles.attributes())));
    assertTrue(e.getMessage().contains("'drop'"), e.getMessage());
  }

  @Test
  void theDefaultResolverJoinsCookieHeaders() {
    ConsentResolver resolver = ConsentResolver.fromPreferencesCookie();
    assertEquals(Consent.of(CookieCategory.STATISTICS),
        resolver.resolve(ServletDoubles.request("a=1", "cookies_preferences=v1:statistics")));
    assertEquals(Consent.none(), resolver.resolve(ServletDoubles.request()));
  }

  @Test
  void everyHeaderMethodAndEveryTrimmedSpellingIsGuarded() throws Exception {
    CookieGuardFilter filter = filter(GuardMode.ENFORCE);
    ServletDoubles.RecordingResponse response = new ServletDoubles.RecordingResponse();
    filter.doFilter(ServletDoubles.request(), response.proxy, (req, res) -> {
      HttpServletResponse r = (HttpServletResponse) res;
      r.addIntHeader("Set-Cookie", 5);
      r.setIntHeader("set-cookie", 5);
      r.addDateHeader("Set-Cookie", 0L);
      r.setDateHeader("Set-Cookie", 0L);
      r.addHeader("Set-Cookie ", "visitor_uid=1");
      r.addHeader("Set-Cookie\t", "visitor_uid=2");
      r.setHeader(" SET-COOKIE", "visitor_uid=3");
      r.addHeader("Set-Cookie ", "csrftoken=1");
      r.addIntHeader("X-Count", 5);
    });
    assertEquals(List.of("addHeader Set-Cookie : csrftoken=1", "addIntHeader X-Count: 5"),
        response.calls);
    assertEquals(4, filter.stats().count(Reason.MALFORMED));
    assertEquals(3, filter.stats().count(Reason.UNDECLARED));
  }

  @Test
  void aCookieIsJudgedByTheHeaderContainersWriteNeverARicherOne() throws Exception {
    CookieGuardFilter filter = filter(GuardMode.ENFORCE);
    ServletDoubles.RecordingResponse response = new ServletDoubles.RecordingResponse();
    filter.doFilter(ServletDoubles.request(), response.proxy, (req, res) -> {
      Cookie pastExpires = new Cookie("ad_uid", "1");
      pastExpires.setAttribute("Expires", "Thu, 01 Jan 1970 00:00:00 GMT");
      ((HttpServletResponse) res).addCookie(pastExpires);
      Cookie unencodable = new Cookie("csrftoken", "\u0100");
      ((HttpServletResponse) res).addCookie(unencodable);
      ((HttpServletResponse) res).addHeader("Set-Cookie", "ad_uid=1; Max-Age=0; Max-Age\u0100=9");
    });
    assertEquals(List.of(), response.calls);
    assertEquals(1, filter.stats().count(Reason.NO_CONSENT));
    assertEquals(2, filter.stats().count(Reason.MALFORMED));
    assertEquals(0, filter.stats().count(Reason.DELETION));
  }

  @Test
  void forRawHeadersLeavesCookiesToTheContainer() throws Exception {
    CookieGuardFilter filter = CookieGuardFilter.forRawHeaders(SetCookieEnforcer.of(GUARD,
        GuardMode.ENFORCE), ConsentResolver.fromPreferencesCookie());
    assertEquals(List.of("addCookie csrftoken=1", "addCookie visitor_uid=1", "addHeader X-Other: v"),
        run(filter, ServletDoubles.request()));
    assertEquals(2, filter.stats().total());
  }

  @Test
  void startAsyncHandsOutTheGuardedResponse() throws Exception {
    CookieGuardFilter filter = filter(GuardMode.ENFORCE);
    List<Object> started = new java.util.ArrayList<>();
    HttpServletRequest request = (HttpServletRequest) java.lang.reflect.Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
          if (method.getName().equals("startAsync") && args != null) {
            started.add(args[1]);
          }
          return null;
        });
    ServletDoubles.RecordingResponse response = new ServletDoubles.RecordingResponse();
    filter.doFilter(request, response.proxy, (req, res) -> {
      req.startAsync();
      assertSame(res, started.get(0));
    });
    assertEquals(1, started.size());
  }
}
