package io.cookieregistry.jetty;

import static io.cookieregistry.runtime.GuardFixtures.GUARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.cookieregistry.runtime.Consent;
import io.cookieregistry.runtime.Decision.Reason;
import org.junit.jupiter.api.Test;

/** The header as Jetty writes it, and what the guard makes of that rather than of the string the application gave. */
class WireFormTest {

  @Test
  void charactersAboveLatin1AndLineBreaksBecomeSpacesEverythingElseStays() {
    assertEquals("a=1; Max-Age =0 x  y", WireForm.of("a=1; Max-Age\u0100=0 x\r\ny"));
    String latin1 = "csrftoken=\u00e9t\u00e9; Path=/";
    assertSame(latin1, WireForm.of(latin1));
    assertNull(WireForm.of(null));
  }

  @Test
  void theGuardJudgesWhatLeavesTheServer() {
    // Given as is, the header is malformed; on the wire it deletes the cookie, as the browser reads it.
    String given = "ad_uid=1; Max-Age\u0100=0";
    assertEquals(Reason.MALFORMED, GUARD.check(given, Consent.none()).reason());
    assertEquals(Reason.DELETION, GUARD.check(WireForm.of(given), Consent.none()).reason());
    // And a header that reads as a deletion only before Jetty rewrites it sets a cookie for a year.
    String hidden = "ad_uid=1; Max-Age=0; Max-Age\u0100=31536000";
    assertEquals(Reason.NO_CONSENT, GUARD.check(WireForm.of(hidden), Consent.none()).reason());
  }
}
