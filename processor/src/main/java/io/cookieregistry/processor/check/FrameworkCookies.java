package io.cookieregistry.processor.check;

import io.cookieregistry.processor.check.FrameworkCookie.Reach;
import java.util.List;

/**
 * The cookies that frameworks and containers write once configured, as data: which calls start
 * each cookie under its default name, which name it, which hand it over to another object. Every
 * default name here was read from the framework's jar (its constants, or a fresh instance's
 * getter), in the versions the tests compile against: the current major versions and the
 * previous ones. Rows of calls that a current major removed (Spring Security 7's no-argument
 * {@code rememberMe()} and {@code formLogin()}, Spring 7's {@code CookieGenerator} and {@code
 * CookieLocaleResolver.setCookieName}) stay for the applications still on the previous one.
 *
 * <p>A row is a call, an annotation ({@code @Type}, on any declaration) or a method parameter
 * ({@code Type parameter}: a handler that takes the session creates it). In a call, the parameter
 * {@code name} carries the name the application chooses, {@code
 * replacement} an object that takes the cookie over (checked where that object is made), and
 * {@code create} a flag that starts the cookie unless it is the constant {@code false}; a row with
 * none of them starts the cookie under its default name.
 */
final class FrameworkCookies {
  private static final String SECURITY = "org.springframework.security.";
  private static final String HTTP_SECURITY =
      SECURITY + "config.annotation.web.builders.HttpSecurity.";
  private static final String SERVER_HTTP_SECURITY = SECURITY + "config.web.server.ServerHttpSecurity.";
  private static final String REMEMBER_ME = SECURITY + "web.authentication.rememberme.";
  private static final String SESSION = "org.springframework.session.";

  /**
   * The servlet container's session cookie, which every call that creates an HTTP session
   * implies (a Spring MVC handler's {@code HttpSession} parameter too); its name comes from the option {@code cookieregistry.sessionCookie} (set outside
   * Java code, in {@code web.xml} or {@code server.servlet.session.cookie.name}) or from the
   * container configuration in Java.
   */
  static final FrameworkCookie CONTAINER_SESSION = new FrameworkCookie(
      "the servlet container as its session cookie (-Acookieregistry.sessionCookie=NAME|none says"
          + " which)", null, Reach.COMPILATION,
      "jakarta.servlet.http.HttpServletRequest.getSession()",
      "jakarta.servlet.http.HttpSession parameter",
      "javax.servlet.http.HttpSession parameter",
      "jakarta.servlet.http.HttpServletRequest.getSession(boolean create)",
      "javax.servlet.http.HttpServletRequest.getSession()",
      "javax.servlet.http.HttpServletRequest.getSession(boolean create)",
      HTTP_SECURITY + "formLogin()",
      HTTP_SECURITY + "formLogin(customizer)",
      HTTP_SECURITY + "oauth2Login()",
      HTTP_SECURITY + "oauth2Login(customizer)",
      HTTP_SECURITY + "saml2Login()",
      HTTP_SECURITY + "saml2Login(customizer)",
      "jakarta.servlet.SessionCookieConfig.setName(String name)",
      "javax.servlet.SessionCookieConfig.setName(String name)",
      "org.eclipse.jetty.session.AbstractSessionManager.setSessionCookie(String name)",
      "org.eclipse.jetty.server.session.SessionHandler.setSessionCookie(String name)",
      "io.undertow.servlet.api.ServletSessionConfig.setName(String name)",
      "org.apache.catalina.Context.setSessionCookieName(String name)");

  static final List<FrameworkCookie> ALL = List.of(
      CONTAINER_SESSION,
      new FrameworkCookie("Spring Security's CookieCsrfTokenRepository", "XSRF-TOKEN", Reach.CLASS,
          "new " + SECURITY + "web.csrf.CookieCsrfTokenRepository()",
          SECURITY + "web.csrf.CookieCsrfTokenRepository.withHttpOnlyFalse()",
          SECURITY + "web.csrf.CookieCsrfTokenRepository.setCookieName(String name)"),
      new FrameworkCookie("Spring Security's CookieServerCsrfTokenRepository", "XSRF-TOKEN",
          Reach.CLASS,
          "new " + SECURITY + "web.server.csrf.CookieServerCsrfTokenRepository()",
          SECURITY + "web.server.csrf.CookieServerCsrfTokenRepository.withHttpOnlyFalse()",
          SECURITY + "web.server.csrf.CookieServerCsrfTokenRepository.setCookieName(String name)"),
      new FrameworkCookie("Spring Security's remember-me", "remember-me", Reach.CLASS,
          HTTP_SECURITY + "rememberMe()",
          HTTP_SECURITY + "rememberMe(customizer)",
          SECURITY + "config.annotation.web.configurers.RememberMeConfigurer"
              + ".rememberMeCookieName(String name)",
          SECURITY + "config.annotation.web.configurers.RememberMeConfigurer"
              + ".rememberMeServices(replacement)",
          "new " + REMEMBER_ME + "TokenBasedRememberMeServices(String key, userDetailsService, ...)",
          "new " + REMEMBER_ME + "PersistentTokenBasedRememberMeServices(String key,"
              + " userDetailsService, tokenRepository)",
          REMEMBER_ME + "AbstractRememberMeServices.setCookieName(String name)"),
      new FrameworkCookie("Spring WebFlux's WebSession", "SESSION", Reach.COMPILATION,
          SERVER_HTTP_SECURITY + "formLogin()",
          SERVER_HTTP_SECURITY + "formLogin(customizer)",
          SERVER_HTTP_SECURITY + "oauth2Login()",
          SERVER_HTTP_SECURITY + "oauth2Login(customizer)",
          "@" + SESSION + "config.annotation.web.server.EnableSpringWebSession",
          "@" + SESSION + "data.redis.config.annotation.web.server.EnableRedisWebSession",
          "@" + SESSION + "data.redis.config.annotation.web.server.EnableRedisIndexedWebSession",
          "new org.springframework.web.server.session.CookieWebSessionIdResolver()",
          "org.springframework.web.server.session.CookieWebSessionIdResolver"
              + ".setCookieName(String name)"),
      new FrameworkCookie("Spring MVC's CookieLocaleResolver",
          "org.springframework.web.servlet.i18n.CookieLocaleResolver.LOCALE", Reach.CLASS,
          "new org.springframework.web.servlet.i18n.CookieLocaleResolver()",
          "new org.springframework.web.servlet.i18n.CookieLocaleResolver(String name)",
          "org.springframework.web.servlet.i18n.CookieLocaleResolver.setCookieName(String name)"),
      new FrameworkCookie("Spring's CookieGenerator", null, Reach.CLASS,
          "org.springframework.web.util.CookieGenerator.setCookieName(String name)"),
      FrameworkCookie.sessionStore("Spring Session's DefaultCookieSerializer", "SESSION",
          "@" + SESSION + "config.annotation.web.http.EnableSpringHttpSession",
          "@" + SESSION + "jdbc.config.annotation.web.http.EnableJdbcHttpSession",
          "@" + SESSION + "data.redis.config.annotation.web.http.EnableRedisHttpSession",
          "@" + SESSION + "data.redis.config.annotation.web.http.EnableRedisIndexedHttpSession",
          "new org.springframework.session.web.http.DefaultCookieSerializer()",
          "org.springframework.session.web.http.DefaultCookieSerializer.setCookieName(String name)"),
      new FrameworkCookie("Apache Shiro's SimpleCookie", null, Reach.CLASS,
          "new org.apache.shiro.web.servlet.SimpleCookie(String name)",
          "org.apache.shiro.web.servlet.SimpleCookie.setName(String name)"),
      new FrameworkCookie("Apache Shiro's CookieRememberMeManager", "rememberMe", Reach.CLASS,
          "new org.apache.shiro.web.mgt.CookieRememberMeManager()",
          "org.apache.shiro.web.mgt.CookieRememberMeManager.setCookie(replacement)"),
      new FrameworkCookie("Apache Shiro's DefaultWebSessionManager", "JSESSIONID", Reach.CLASS,
          "new org.apache.shiro.web.session.mgt.DefaultWebSessionManager()",
          "org.apache.shiro.web.session.mgt.DefaultWebSessionManager.setSessionIdCookie(replacement)"),
      new FrameworkCookie("Undertow's SessionCookieConfig", "JSESSIONID", Reach.CLASS,
          "new io.undertow.server.session.SessionCookieConfig()",
          "io.undertow.server.session.SessionCookieConfig.setCookieName(String name)"));

  private FrameworkCookies() {}
}
