package com.example.app;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.DeclaredCookie;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/** Form login with the CSRF token in a cookie that a JavaScript front end reads. */
@Configuration
@EnableWebSecurity
@DeclaredCookie(name = "JSESSIONID", category = CookieCategory.NECESSARY,
    purpose = "Keeps the visitor signed in")
public class SecurityConfig {
  @Bean
  SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse()))
        .formLogin(Customizer.withDefaults());
    return http.build();
  }
}
