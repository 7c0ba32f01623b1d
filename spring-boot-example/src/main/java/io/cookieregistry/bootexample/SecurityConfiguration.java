package io.cookieregistry.bootexample;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.DeclaredCookie;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/** Form login, remember-me and a CSRF token in a cookie that scripts can read. */
@Configuration(proxyBeanMethods = false)
@DeclaredCookie(name = "XSRF-TOKEN", category = CookieCategory.NECESSARY,
    purpose = "Protects your forms against cross-site request forgery",
    function = "Security (all pages)")
@DeclaredCookie(name = "remember-me", category = CookieCategory.NECESSARY,
    purpose = "Keeps you signed in when you asked to be remembered", function = "Authentication",
    duration = "P14D", httpOnly = true)
class SecurityConfiguration {

  @Bean
  SecurityFilterChain security(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(requests -> requests
            .requestMatchers("/", "/track", "/experiment", "/error", "/cookie-policy", "/cookie-policy.*",
                "/cookie-consent", "/actuator/cookieregistry").permitAll()
            .anyRequest().authenticated())
        .formLogin(Customizer.withDefaults())
        .rememberMe(rememberMe -> rememberMe.key("boot-example-remember-me"))
        .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse()));
    return http.build();
  }

  @Bean
  UserDetailsService users() {
    return new InMemoryUserDetailsManager(
        User.withUsername("ada").password("{noop}lovelace").roles("USER").build());
  }
}
