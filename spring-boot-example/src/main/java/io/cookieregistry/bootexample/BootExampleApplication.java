package io.cookieregistry.bootexample;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.DeclaredCookie;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small shop behind Spring Security. Every cookie it, Spring and the container set is declared
 * here or next to the code that writes it; the starter guards them all and serves the policy.
 */
@SpringBootApplication
@org.springframework.boot.context.properties.EnableConfigurationProperties(BootExampleProperties.class)
@DeclaredCookie(name = "JSESSIONID", category = CookieCategory.NECESSARY,
    purpose = "Keeps you signed in from one page to another", function = "Session (server)",
    httpOnly = true)
@DeclaredCookie(name = "cookies_preferences", category = CookieCategory.NECESSARY,
    purpose = "Remembers which optional cookies you accepted", function = "Cookie choices",
    duration = "P395D")
public class BootExampleApplication {
  public static void main(String[] args) {
    SpringApplication.run(BootExampleApplication.class, args);
  }
}
