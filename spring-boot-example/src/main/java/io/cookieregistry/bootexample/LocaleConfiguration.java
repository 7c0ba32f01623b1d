package io.cookieregistry.bootexample;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.DeclaredCookie;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** {@code ?lang=fr} on any page chooses the language, kept in the {@value #COOKIE} cookie. */
@Configuration(proxyBeanMethods = false)
@DeclaredCookie(name = LocaleConfiguration.COOKIE, category = CookieCategory.NECESSARY,
    purpose = "Remembers the language you chose", function = "Language (all pages)",
    duration = "P1Y")
class LocaleConfiguration implements WebMvcConfigurer {
  static final String COOKIE = "lang";

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
    interceptor.setParamName("lang");
    registry.addInterceptor(interceptor);
  }
}
