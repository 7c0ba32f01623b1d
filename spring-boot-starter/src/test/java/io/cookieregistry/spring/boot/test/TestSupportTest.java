package io.cookieregistry.spring.boot.test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cookieregistry.runtime.Consent;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The plain-servlet assertion, against the registry the processor generated for these tests. */
class TestSupportTest {
  @Test
  void declaredCookiesPass() {
    MockHttpServletResponse response = new MockHttpServletResponse();
    response.addCookie(new Cookie("cart", "1"));
    CookieAssertions.assertCookiesAllowed(response, Consent.none());
  }

  @Test
  void anUndeclaredCookieFailsNamingIt() {
    MockHttpServletResponse response = new MockHttpServletResponse();
    response.addCookie(new Cookie("cart", "1"));
    response.addHeader("Set-Cookie", dynamicName() + "=1; Path=/");
    assertThatThrownBy(() -> CookieAssertions.assertCookiesAllowed(response, Consent.all()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("sets 1 cookie the guard refuses")
        .hasMessageContaining("UNDECLARED: cookie 'visitor_uid'");
  }

  @Test
  void consentComesFromTheRequest() {
    MockHttpServletResponse response = new MockHttpServletResponse();
    response.addHeader("Set-Cookie", "_stats=1");
    MockHttpServletRequest refused = new MockHttpServletRequest();
    assertThatThrownBy(() -> CookieAssertions.assertCookiesAllowed(refused, response))
        .hasMessageContaining("NO_CONSENT");
    MockHttpServletRequest consented = new MockHttpServletRequest();
    consented.addHeader("Cookie", "cookies_preferences=v1:statistics");
    CookieAssertions.assertCookiesAllowed(consented, response);
  }

  private static String dynamicName() {
    return String.join("_", "visitor", "uid");
  }
}
