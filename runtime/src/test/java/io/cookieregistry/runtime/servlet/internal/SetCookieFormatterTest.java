package io.cookieregistry.runtime.servlet.internal;

import static io.cookieregistry.runtime.GuardFixtures.GUARD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cookieregistry.runtime.Consent;
import io.cookieregistry.runtime.Decision.Reason;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

/** Servlet cookies written as the Set-Cookie header a container sends. */
class SetCookieFormatterTest {

  @Test
  void writesNameAndValue() {
    assertEquals("a=b", SetCookieFormatter.format(new Cookie("a", "b")));
    assertEquals("a=", SetCookieFormatter.format(new Cookie("a", null)));
  }

  @Test
  void quotesAValueThatWouldOtherwiseReadAsAttributes() {
    String header = SetCookieFormatter.format(new Cookie("visitor_uid", "x; Max-Age=0"));
    assertEquals("visitor_uid=\"x; Max-Age=0\"", header);
    // Unquoted it would pass as a deletion; quoted, the browser stores it, and so it is judged.
    assertEquals(Reason.UNDECLARED, GUARD.check(header, Consent.all()).reason());
    assertEquals("a=\"say \\\"hi\\\"\"", SetCookieFormatter.format(new Cookie("a", "say \"hi\"")));
  }

  @Test
  void writesEveryAttribute() {
    Cookie cookie = new Cookie("a", "b");
    cookie.setPath("/");
    cookie.setDomain("Example.org");
    cookie.setMaxAge(60);
    cookie.setSecure(true);
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "None");
    cookie.setAttribute("Partitioned", "");
    assertEquals("a=b; Domain=example.org; HttpOnly; Max-Age=60; Partitioned; Path=/;"
        + " SameSite=None; Secure", SetCookieFormatter.format(cookie));
  }

  @Test
  void leavesOutFalseFlagsAndSessionMaxAge() {
    Cookie cookie = new Cookie("a", "b");
    cookie.setSecure(false);
    cookie.setHttpOnly(false);
    cookie.setMaxAge(-1);
    assertEquals("a=b", SetCookieFormatter.format(cookie));
  }

  @Test
  void writesADeletionTheGuardRecognises() {
    Cookie cookie = new Cookie("visitor_uid", "");
    cookie.setMaxAge(0);
    assertEquals("visitor_uid=; Max-Age=0", SetCookieFormatter.format(cookie));
    assertEquals(Reason.DELETION, GUARD.check(SetCookieFormatter.format(cookie), Consent.none()).reason());
  }

  @Test
  void writesHostPrefixedCookiesTheGuardAccepts() {
    Cookie cookie = new Cookie("__Host-id", "1");
    cookie.setSecure(true);
    cookie.setPath("/");
    assertEquals(Reason.DECLARED, GUARD.check(SetCookieFormatter.format(cookie), Consent.none()).reason());
  }
}
