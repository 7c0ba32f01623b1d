package io.cookieregistry.runtime.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cookieregistry.runtime.Decision.Reason;
import io.cookieregistry.runtime.GuardStats;
import java.io.IOException;
import java.util.List;

/** What every container's wire test asserts of the {@link BypassApp}, request by request. */
public final class WireChecks {
  private WireChecks() {}

  /**
   * Requests {@code attempt} without consent and asserts that exactly its declared cookies reach the
   * wire, and that the guard counted one sent decision for each of them and for nothing else.
   */
  public static WireClient.Reply assertOnlyDeclaredCookiesArrive(int port, String contextPath,
      BypassApp.Attempt attempt, GuardStats stats) throws IOException {
    long sentBefore = sent(stats);
    WireClient.Reply reply = WireClient.get(port, contextPath + attempt.path);
    assertEquals(attempt.status, reply.status(), attempt + "\n" + reply.head());
    assertEquals(attempt.arrives, reply.cookieNames(), attempt + "\n" + reply.head());
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

  /** Decisions whose cookie went out: everything counted but the dropped ones. */
  public static long sent(GuardStats stats) {
    return stats.total() - stats.dropped();
  }

  /** Asserts that every refusal the stats counted is one of the reasons a test expects. */
  public static void assertCounted(GuardStats stats, Reason... reasons) {
    for (Reason reason : reasons) {
      assertTrue(stats.count(reason) > 0, reason + " never counted: " + stats);
    }
  }
}
