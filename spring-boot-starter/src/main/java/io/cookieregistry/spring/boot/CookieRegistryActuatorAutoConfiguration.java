package io.cookieregistry.spring.boot;

import io.cookieregistry.runtime.CookieRegistry;
import io.cookieregistry.runtime.SetCookieEnforcer;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The actuator endpoint {@code cookieregistry} and the guard's Micrometer counters, when the application has them. */
@AutoConfiguration(after = CookieRegistryAutoConfiguration.class)
@ConditionalOnBean(SetCookieEnforcer.class)
public class CookieRegistryActuatorAutoConfiguration {

  /** The endpoint, when actuator is on the class path and the endpoint is enabled and exposed. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({Endpoint.class, ConditionalOnAvailableEndpoint.class})
  static class EndpointConfiguration {
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnAvailableEndpoint(endpoint = CookieRegistryEndpoint.class)
    CookieRegistryEndpoint cookieRegistryEndpoint(CookieRegistry registry, SetCookieEnforcer enforcer) {
      return new CookieRegistryEndpoint(registry, enforcer);
    }
  }

  /** The counters, when Micrometer is on the class path. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterBinder.class)
  static class MetricsConfiguration {
    @Bean
    MeterBinder cookieGuardMetrics(SetCookieEnforcer enforcer) {
      return new GuardMetrics(enforcer.stats());
    }
  }
}
