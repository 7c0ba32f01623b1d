package io.cookieregistry.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.runtime.Consent;
import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.CookieRegistry;
import io.cookieregistry.runtime.policy.ConsentDialog;
import io.cookieregistry.runtime.policy.CookiePolicy;
import io.cookieregistry.runtime.servlet.ConsentResolver;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsentServletTest {
  @Test
  void categoriesAreReadCommaSeparatedOrRepeatedInAnyCase() {
    assertThat(ConsentServlet.parse(new String[] {"Statistics, marketing"}))
        .isEqualTo(Consent.of(CookieCategory.STATISTICS, CookieCategory.MARKETING));
    assertThat(ConsentServlet.parse(new String[] {"preferences", "statistics"}))
        .isEqualTo(Consent.of(CookieCategory.PREFERENCES, CookieCategory.STATISTICS));
    assertThat(ConsentServlet.parse(new String[] {"all"})).isEqualTo(Consent.all());
    assertThat(ConsentServlet.parse(new String[] {"none"})).isEqualTo(Consent.none());
    assertThat(ConsentServlet.parse(null)).isEqualTo(Consent.none());
    assertThatThrownBy(() -> ConsentServlet.parse(new String[] {"statistics,ads"}))
        .hasMessageContaining("unknown cookie category 'ads'");
  }

  @Test
  void theCookieCarriesTheAttributesItsDeclarationAsksFor() {
    CookieRegistry registry = CookieRegistry.of(List.of(CookieDeclaration.builder(
        "cookies_preferences", CookieCategory.NECESSARY, "Choices").httpOnly(true).build()));
    ConsentServlet servlet = new ConsentServlet(registry, ConsentResolver.fromPreferencesCookie(),
        Duration.ofDays(1), ConsentDialog.of(CookiePolicy.of(registry)));
    assertThat(servlet.setCookie(Consent.of(CookieCategory.MARKETING), false)).isEqualTo(
        "cookies_preferences=v1:marketing; Path=/; Max-Age=86400; SameSite=Lax; HttpOnly");
    assertThat(servlet.setCookie(Consent.none(), true)).isEqualTo(
        "cookies_preferences=v1:none; Path=/; Max-Age=86400; SameSite=Lax; Secure; HttpOnly");
  }

  @Test
  void thePolicyIsMappedAtItsPathAndEachFormatsExtension() {
    assertThat(PolicyServlet.mappings("/p")).containsExactly("/p", "/p.md", "/p.html", "/p.json");
  }
}
