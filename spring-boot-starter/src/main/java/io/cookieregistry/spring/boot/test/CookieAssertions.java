package io.cookieregistry.spring.boot.test;

import io.cookieregistry.runtime.Consent;
import io.cookieregistry.runtime.CookieGuard;
import io.cookieregistry.runtime.CookieRegistry;
import io.cookieregistry.runtime.Decision;
import io.cookieregistry.runtime.servlet.ConsentResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Asserts that every {@code Set-Cookie} of a servlet response (a {@code MockHttpServletResponse},
 * say) is declared, consented to and carries its declared attributes, as the guard would judge it.
 * Judges what reached the response: run the application in {@code report} mode, or without the
 * guard filter, so that the guard has not already dropped what the assertion should see.
 */
public final class CookieAssertions {
  private CookieAssertions() {}

  /**
   * Every cookie of {@code response} would pass the guard of the class path's registry, with the
   * consent {@code request} carries in its {@code cookies_preferences} cookie.
   *
   * @throws AssertionError listing each refused cookie and why
   */
  public static void assertCookiesAllowed(HttpServletRequest request, HttpServletResponse response) {
    Objects.requireNonNull(request, "request");
    assertCookiesAllowed(response, ConsentResolver.fromPreferencesCookie().resolve(request));
  }

  /**
   * Every cookie of {@code response} would pass the guard of the class path's registry with {@code
   * consent}.
   *
   * @throws AssertionError listing each refused cookie and why
   */
  public static void assertCookiesAllowed(HttpServletResponse response, Consent consent) {
    assertCookiesAllowed(response, consent, DefaultGuard.GUARD);
  }

  /**
   * Every cookie of {@code response} passes {@code guard} with {@code consent}.
   *
   * @throws AssertionError listing each refused cookie and why
   */
  public static void assertCookiesAllowed(HttpServletResponse response, Consent consent,
      CookieGuard guard) {
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(consent, "consent");
    Objects.requireNonNull(guard, "guard");
    List<String> refused = new ArrayList<>();
    for (String header : response.getHeaders("Set-Cookie")) {
      Decision decision = guard.check(header, consent);
      if (!decision.allowed()) {
        refused.add(decision.toString());
      }
    }
    if (!refused.isEmpty()) {
      throw new AssertionError("The response sets " + refused.size() + " cookie"
          + (refused.size() == 1 ? "" : "s") + " the guard refuses with " + consent + ":\n  "
          + String.join("\n  ", refused));
    }
  }

  /** The guard of the class path's registries, loaded once, when first needed. */
  private static final class DefaultGuard {
    static final CookieGuard GUARD = CookieGuard.of(CookieRegistry.load());
  }
}
