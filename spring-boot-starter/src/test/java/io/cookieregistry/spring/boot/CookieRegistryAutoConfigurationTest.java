package io.cookieregistry.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.cookieregistry.runtime.CookieGuard;
import io.cookieregistry.runtime.CookieRegistry;
import io.cookieregistry.runtime.GuardMode;
import io.cookieregistry.runtime.SetCookieEnforcer;
import jakarta.servlet.DispatcherType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.core.Ordered;

class CookieRegistryAutoConfigurationTest {
  private final WebApplicationContextRunner web = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(CookieRegistryAutoConfiguration.class));

  @Test
  void theFilterComesFirstOnEveryDispatch() {
    web.run(context -> {
      FilterRegistrationBean<?> filter = context.getBean(
          CookieRegistryAutoConfiguration.FILTER_BEAN_NAME, FilterRegistrationBean.class);
      assertThat(filter.getOrder()).isEqualTo(Ordered.HIGHEST_PRECEDENCE);
      assertThat(filter.getUrlPatterns()).containsExactly("/*");
      assertThat(filter).extracting("dispatcherTypes").asInstanceOf(
          org.assertj.core.api.InstanceOfAssertFactories.collection(DispatcherType.class))
          .containsExactlyInAnyOrder(DispatcherType.values());
      assertThat(context.getBean(CookieRegistry.class).find("cart")).isPresent();
      assertThat(context.getBean(SetCookieEnforcer.class).mode()).isEqualTo(GuardMode.ENFORCE);
    });
  }

  @Test
  void theModeAndThePathsComeFromProperties() {
    web.withPropertyValues("cookie-registry.mode=REPORT", "cookie-registry.policy.path=/legal/cookies",
        "cookie-registry.consent.path=/legal/choices").run(context -> {
          assertThat(context.getBean(SetCookieEnforcer.class).mode()).isEqualTo(GuardMode.REPORT);
          assertThat(context.getBean("cookiePolicyServlet", ServletRegistrationBean.class)
              .getUrlMappings()).contains("/legal/cookies", "/legal/cookies.json");
          assertThat(context.getBean("cookieConsentServlet", ServletRegistrationBean.class)
              .getUrlMappings()).containsExactly("/legal/choices", "/legal/choices.js");
        });
  }

  @Test
  void aPathThatIsNotOneFailsTheStartNamingTheProperty() {
    web.withPropertyValues("cookie-registry.policy.path=cookies/*").run(context ->
        assertThat(context).getFailure().rootCause().hasMessageContaining(
            "cookie-registry.policy.path 'cookies/*' is not a path"));
  }

  @Test
  void anUnknownModeFailsTheStart() {
    web.withPropertyValues("cookie-registry.mode=lenient").run(context ->
        assertThat(context).getFailure().hasStackTraceContaining("lenient"));
  }

  @Test
  void everythingBacksOffWhenDisabled() {
    web.withPropertyValues("cookie-registry.enabled=false").run(context -> {
      assertThat(context).doesNotHaveBean(CookieRegistry.class);
      assertThat(context).doesNotHaveBean(CookieRegistryAutoConfiguration.FILTER_BEAN_NAME);
    });
  }

  @Test
  void theEndpointsCanBeSwitchedOff() {
    web.withPropertyValues("cookie-registry.policy.enabled=false",
        "cookie-registry.consent.enabled=false").run(context -> {
          assertThat(context).doesNotHaveBean("cookiePolicyServlet");
          assertThat(context).doesNotHaveBean("cookieConsentServlet");
          assertThat(context).hasBean(CookieRegistryAutoConfiguration.FILTER_BEAN_NAME);
        });
  }

  @Test
  void theApplicationsOwnRegistryWins() {
    CookieRegistry own = CookieRegistry.of(List.of(
        io.cookieregistry.runtime.CookieDeclaration.builder("own", io.cookieregistry.CookieCategory.NECESSARY,
            "Ours").build()));
    web.withBean(CookieRegistry.class, () -> own).run(context -> {
      assertThat(context.getBean(CookieRegistry.class)).isSameAs(own);
      assertThat(context.getBean(CookieGuard.class).registry()).isSameAs(own);
    });
  }

  @Test
  void outsideAWebApplicationOnlyTheRegistryAndTheGuardAreMade() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(CookieRegistryAutoConfiguration.class))
        .run(context -> {
          assertThat(context).hasSingleBean(CookieGuard.class);
          assertThat(context).doesNotHaveBean(CookieRegistryAutoConfiguration.FILTER_BEAN_NAME);
          assertThat(context).doesNotHaveBean(ContainerHooks.class);
        });
  }
}
