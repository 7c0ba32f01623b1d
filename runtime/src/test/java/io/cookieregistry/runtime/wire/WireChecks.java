package io.cookieregistry.runtime.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cookieregistry.runtime.Consent;
import io.cookieregistry.runtime.Decision;
import io.cookieregistry.runtime.Decision.Reason;
import io.cookieregistry.runtime.GuardFixtures;
import io.cookieregistry.runtime.GuardStats;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** What every container's wire test asserts of the {@link BypassApp}, request by request. */
public final class WireChecks {
  private WireChecks() {}

  /**
   * Requests {@code attempt} without consent and asserts that exactly its declared cookies reach the
   * wire to be stored (a line that deletes a cookie stores nothing: Tomcat, unlike Jetty, sends a
   * {@code Cookie}'s own {@code Expires}), and that the guard counted one sent decision for each
   * {@code Set-Cookie} line on the wire and for nothing else.
   */
  public static WireClient.Reply assertOnlyDeclaredCookiesArrive(int port, String contextPath,
      BypassApp.Attempt attempt, GuardStats stats) throws IOException {
    long sentBefore = sent(stats);
    WireClient.Reply reply = WireClient.get(port, contextPath + attempt.path);
    assertEquals(attempt.status, reply.status(), attempt + "\n" + reply.head());
    assertEquals(attempt.arrives, stored(reply), attempt + "\n" + reply.head());
    assertEquals(reply.setCookies().size(), sent(stats) - sentBefore,
        attempt + ": sent decisions counted against Set-Cookie lines on the wire; " + stats);
    return reply;
  }

  /** Requests {@code /declared} with preferences consent: {@code lang} arrives too. */
  public static void assertConsentedCookiesArrive(int port, String contextPath) throws IOException {
    WireClient.Reply reply = WireClient.get(port, contextPath + BypassApp.Attempt.DECLARED.path,
        "Cookie: a=1; cookies_preferences=v1:preferences");
    assertEquals(List.of("csrftoken", "lang"), reply.cookieNames(), reply.head());
  }

  /** The names of the cookies the browser stores: every line but deletions. */
  public static List<String> stored(WireClient.Reply reply) {
    List<String> names = new ArrayList<>();
    for (String line : reply.setCookies()) {
      Decision decision = GuardFixtures.GUARD.check(line, Consent.all());
      if (decision.reason() != Reason.DELETION) {
        names.add(decision.cookieName());
      }
    }
    return names;
  }

  /** Decisions whose cookie went out: everything counted but the dropped ones. */
  public static long sent(GuardStats stats) {
    return stats.total() - stats.dropped();
  }

  /**
   * The container's session cookie: renamed {@code sessionid} (declared httpOnly) in {@code
   * declaredContext}, it arrives with its HttpOnly; under the container's own name in {@code
   * undeclaredContext}, it never does.
   */
  public static void assertSessionCookieIsGuarded(int port, String declaredContext,
      String undeclaredContext) throws IOException {
    WireClient.Reply declared = WireClient.get(port, declaredContext + BypassApp.Attempt.SESSION.path);
    assertEquals(1, declared.setCookies().size(), declared.head());
    assertTrue(declared.setCookies().get(0).startsWith("sessionid="), declared.head());
    assertTrue(declared.setCookies().get(0).contains("HttpOnly"), declared.head());
    WireClient.Reply undeclared = WireClient.get(port, undeclaredContext + BypassApp.Attempt.SESSION.path);
    assertEquals(200, undeclared.status(), undeclared.head());
    assertEquals(List.of(), undeclared.setCookies(), undeclared.head());
  }
}
