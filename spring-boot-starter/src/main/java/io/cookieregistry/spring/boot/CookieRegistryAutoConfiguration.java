package io.cookieregistry.spring.boot;

import io.cookieregistry.runtime.ConsentCookie;
import io.cookieregistry.runtime.CookieGuard;
import io.cookieregistry.runtime.CookieRegistry;
import io.cookieregistry.runtime.SetCookieEnforcer;
import io.cookieregistry.runtime.policy.ConsentDialog;
import io.cookieregistry.runtime.policy.CookiePolicy;
import io.cookieregistry.runtime.policy.CookieTranslations;
import io.cookieregistry.runtime.servlet.ConsentResolver;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.util.EnumSet;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.ResourceLoader;

/**
 * The cookie registry of the application's class path, its guard, and, in a servlet web
 * application, the guard filter (first of all filters, on every dispatch), the policy page and the
 * consent endpoint. Every bean backs off when the application defines its own.
 */
@AutoConfiguration
@EnableConfigurationProperties(CookieRegistryProperties.class)
@ConditionalOnProperty(prefix = CookieRegistryProperties.PREFIX, name = "enabled", matchIfMissing = true)
public class CookieRegistryAutoConfiguration {
  /** The name of the guard filter's registration bean. */
  public static final String FILTER_BEAN_NAME = "cookieGuardFilter";

  @Bean
  @ConditionalOnMissingBean
  public CookieRegistry cookieRegistry(ResourceLoader resourceLoader) {
    return CookieRegistry.load(classLoader(resourceLoader));
  }

  @Bean
  @ConditionalOnMissingBean
  public CookieGuard cookieGuard(CookieRegistry registry) {
    return CookieGuard.of(registry);
  }

  @Bean
  @ConditionalOnMissingBean
  public SetCookieEnforcer cookieGuardEnforcer(CookieGuard guard, CookieRegistryProperties properties) {
    return SetCookieEnforcer.of(guard, properties.getMode());
  }

  @Bean
  @ConditionalOnMissingBean
  public ConsentResolver cookieConsentResolver() {
    return ConsentResolver.fromPreferencesCookie();
  }

  private static ClassLoader classLoader(ResourceLoader resourceLoader) {
    ClassLoader loader = resourceLoader.getClassLoader();
    return loader != null ? loader : CookieRegistry.class.getClassLoader();
  }

  /** The parts of a servlet web application. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(Filter.class)
  static class ServletConfiguration {

    @Bean(name = FILTER_BEAN_NAME)
    @ConditionalOnMissingBean(name = FILTER_BEAN_NAME)
    FilterRegistrationBean<Filter> cookieGuardFilter(CookieGuard guard, SetCookieEnforcer enforcer,
        ConsentResolver consentResolver, ContainerGuard container) {
      FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
          new GuardFilter(guard, enforcer, consentResolver, container));
      // First of all filters, so that Spring Security's cookies pass it too, and on every dispatch:
      // error pages and async completions set cookies as well.
      registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
      registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
      registration.addUrlPatterns("/*");
      registration.setName(FILTER_BEAN_NAME);
      return registration;
    }

    @Bean
    ContainerGuard cookieContainerGuard() {
      return new ContainerGuard();
    }

    /** Tomcat's guarding cookie processor or Jetty's guard handler, in an embedded container. */
    @Bean
    static ContainerHooks cookieGuardContainerHooks() {
      return new ContainerHooks();
    }

    @Bean
    @ConditionalOnProperty(prefix = CookieRegistryProperties.PREFIX, name = "policy.enabled",
        matchIfMissing = true)
    ServletRegistrationBean<PolicyServlet> cookiePolicyServlet(CookieRegistry registry,
        CookieRegistryProperties properties) {
      String path = path("policy.path", properties.getPolicy().getPath());
      ServletRegistrationBean<PolicyServlet> registration = new ServletRegistrationBean<>(
          new PolicyServlet(policy(registry, properties)), PolicyServlet.mappings(path));
      registration.setName("cookiePolicyServlet");
      return registration;
    }

    @Bean
    @ConditionalOnProperty(prefix = CookieRegistryProperties.PREFIX, name = "consent.enabled",
        matchIfMissing = true)
    ServletRegistrationBean<ConsentServlet> cookieConsentServlet(CookieRegistry registry,
        ConsentResolver consentResolver, CookieRegistryProperties properties) {
      CookieRegistryProperties.Consent consent = properties.getConsent();
      String path = path("consent.path", consent.getPath());
      ConsentDialog dialog = ConsentDialog.of(policy(registry, properties))
          .withPolicyUrl(properties.getPolicy().getPath());
      ServletRegistrationBean<ConsentServlet> registration = new ServletRegistrationBean<>(
          new ConsentServlet(registry, consentResolver, consent.getMaxAge() != null
              ? consent.getMaxAge() : ConsentCookie.lifetime(registry.declarations()), dialog),
          ConsentServlet.mappings(path));
      registration.setName("cookieConsentServlet");
      return registration;
    }

    /**
     * The policy people read, on the page and in the dialog: the site's name, the cookies' own
     * translations ({@code cookie-texts_<lang>.properties}) and the consent page as its choices link.
     */
    private static CookiePolicy policy(CookieRegistry registry, CookieRegistryProperties properties) {
      String site = properties.getPolicy().getSite();
      CookiePolicy policy = site == null || site.isBlank()
          ? CookiePolicy.of(registry) : CookiePolicy.of(site, registry.declarations());
      return policy.withChoicesUrl(properties.getConsent().getPath())
          .withTranslations(CookieTranslations.load(CookieRegistryAutoConfiguration.class.getClassLoader(),
              CookieTranslations.DEFAULT_BUNDLE));
    }

    private static String path(String property, String path) {
      if (path == null || !path.startsWith("/") || path.contains("*") || path.endsWith("/")) {
        throw new IllegalArgumentException(CookieRegistryProperties.PREFIX + "." + property + " '"
            + path + "' is not a path such as /cookie-policy: it must start with '/', and neither"
            + " end with '/' nor contain '*'");
      }
      return path;
    }
  }
}
