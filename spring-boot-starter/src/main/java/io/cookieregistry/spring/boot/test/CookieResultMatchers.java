package io.cookieregistry.spring.boot.test;

import io.cookieregistry.runtime.Consent;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * MockMvc matchers over a response's cookies:
 *
 * <pre>
 * mockMvc.perform(get("/")).andExpect(cookiesAllowed());
 * </pre>
 *
 * <p>See {@link CookieAssertions} for what is judged and why the guard should run in report mode.
 */
public final class CookieResultMatchers {
  private CookieResultMatchers() {}

  /** Every {@code Set-Cookie} is declared and allowed by the consent of the request's {@code cookies_preferences}. */
  public static ResultMatcher cookiesAllowed() {
    return result -> CookieAssertions.assertCookiesAllowed(result.getRequest(), result.getResponse());
  }

  /** Every {@code Set-Cookie} is declared and allowed by {@code consent}. */
  public static ResultMatcher cookiesAllowed(Consent consent) {
    return result -> CookieAssertions.assertCookiesAllowed(result.getResponse(), consent);
  }
}
