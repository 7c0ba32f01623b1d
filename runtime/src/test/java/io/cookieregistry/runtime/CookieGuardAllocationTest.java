package io.cookieregistry.runtime;

import static io.cookieregistry.runtime.GuardFixtures.GUARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cookieregistry.runtime.Decision.Reason;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * Allowing a declared exact name allocates nothing. Measured in bytes, not time: the loop would
 * allocate at least 16 bytes per check if any object were made, so the bound leaves room only for
 * the measurement itself.
 */
class CookieGuardAllocationTest {
  private static final int CHECKS = 100_000;

  @Test
  void allowingADeclaredExactNameAllocatesNothing() {
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    assumeTrue(threads instanceof com.sun.management.ThreadMXBean, "no allocation counter here");
    com.sun.management.ThreadMXBean counter = (com.sun.management.ThreadMXBean) threads;
    assumeTrue(counter.isThreadAllocatedMemorySupported() && counter.isThreadAllocatedMemoryEnabled());
    String[] headers = {
        "csrftoken=abc",
        "sessionid=s3cr3t; Path=/; HttpOnly; SameSite=Lax",
        "ad_uid=42; Path=/; Max-Age=7776000; Expires=Wed, 21 Oct 2099 07:28:00 GMT",
        "__Host-id=1; Secure; Path=/"};
    Consent consent = Consent.all();
    int allowed = run(headers, consent);
    long before = counter.getCurrentThreadAllocatedBytes();
    allowed += run(headers, consent);
    long allocated = counter.getCurrentThreadAllocatedBytes() - before;
    assertEquals(2 * CHECKS, allowed);
    assertTrue(allocated < 4_096, allocated + " bytes allocated by " + CHECKS + " checks");
  }

  private static int run(String[] headers, Consent consent) {
    int allowed = 0;
    for (int i = 0; i < CHECKS; i++) {
      if (GUARD.check(headers[i & 3], consent).reason() == Reason.DECLARED) {
        allowed++;
      }
    }
    return allowed;
  }
}
