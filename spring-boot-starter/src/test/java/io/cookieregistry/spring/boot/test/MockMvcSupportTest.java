package io.cookieregistry.spring.boot.test;

import static io.cookieregistry.spring.boot.test.CookieResultMatchers.cookiesAllowed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;

import io.cookieregistry.runtime.Consent;
import io.cookieregistry.spring.boot.StarterTestApplication;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** The MockMvc matcher (the guard in report mode lets refused cookies reach the response) and STRICT mode for a test. */
@SpringBootTest(classes = StarterTestApplication.class, properties = "cookie-registry.mode=report")
@AutoConfigureMockMvc
class MockMvcSupportTest {
  @Autowired
  MockMvc mvc;

  @Test
  void theMatcherPassesDeclaredCookies() throws Exception {
    mvc.perform(get("/cart")).andExpect(cookiesAllowed());
  }

  @Test
  void theMatcherFailsOnAnUndeclaredCookie() throws Exception {
    assertThatThrownBy(() -> mvc.perform(get("/dynamic").param("name", "visitor_uid"))
        .andExpect(cookiesAllowed()))
        .isInstanceOf(AssertionError.class).hasMessageContaining("UNDECLARED: cookie 'visitor_uid'");
  }

  @Test
  void theMatcherJudgesWithTheGivenConsent() throws Exception {
    mvc.perform(get("/stats")).andExpect(cookiesAllowed(Consent.all()));
    assertThatThrownBy(() -> mvc.perform(get("/stats")).andExpect(cookiesAllowed()))
        .hasMessageContaining("NO_CONSENT");
  }

  @Test
  @StrictCookieGuard
  void aStrictTestPassesWhenEveryCookieIsDeclared() throws Exception {
    assertThat(io.cookieregistry.spring.boot.internal.StrictGuardSwitch.active())
        .as("the annotation switches the guard to STRICT").isTrue();
    mvc.perform(get("/cart")).andExpect(cookie().value("cart", "3"));
  }

  @Test
  void aStrictTestFailsOnACookieTheCompilerCouldNotSee() throws Exception {
    StrictCookieGuardExtension extension = new StrictCookieGuardExtension();
    ExtensionContext context = mock(ExtensionContext.class);
    when(context.getDisplayName()).thenReturn("someTest()");

    extension.beforeEach(context);
    assertThatThrownBy(() -> mvc.perform(get("/dynamic").param("name", "visitor_uid")))
        .hasRootCauseInstanceOf(io.cookieregistry.runtime.RejectedCookieException.class);
    assertThatThrownBy(() -> extension.afterEach(context))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("refused 1 Set-Cookie during someTest()")
        .hasMessageContaining("cookie 'visitor_uid'");

    // Outside the strict test the configured mode (report) applies again.
    extension.beforeEach(context);
    assertThat(io.cookieregistry.spring.boot.internal.StrictGuardSwitch.active()).isTrue();
    extension.afterEach(context);
    mvc.perform(get("/dynamic").param("name", "visitor_uid"));
    assertThat(List.of(io.cookieregistry.spring.boot.internal.StrictGuardSwitch.active())).containsExactly(false);
  }
}
