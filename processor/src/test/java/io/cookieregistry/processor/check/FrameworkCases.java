package io.cookieregistry.processor.check;

import static io.cookieregistry.processor.ProcessorTesting.DECLARATIONS;
import static io.cookieregistry.processor.ProcessorTesting.testSource;

import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Configuration of real frameworks, as applications write it, for the framework tests: calls that
 * start a cookie under its default name, calls that name it ({@code NAME}), calls that hand it
 * over. {@code http} is Spring Security's {@code HttpSecurity}, {@code server} its WebFlux
 * {@code ServerHttpSecurity}, {@code request} a servlet request. Some calls exist only in the
 * previous major versions (removed since), some only in the current ones (Jetty 12's sessions).
 */
final class FrameworkCases {
  static final String SECURITY = "org.springframework.security.";
  static final String PARAMETERS = "org.springframework.security.config.annotation.web.builders"
      + ".HttpSecurity http, org.springframework.security.config.web.server.ServerHttpSecurity"
      + " server, jakarta.servlet.http.HttpServletRequest request, javax.servlet.http"
      + ".HttpServletRequest legacy, jakarta.servlet.ServletContext context,"
      + " org.springframework.security.core.userdetails.UserDetailsService users";
  static final String WITH_DEFAULTS = "org.springframework.security.config.Customizer.withDefaults()";
  static final String CSRF = SECURITY + "web.csrf.CookieCsrfTokenRepository";
  static final String SERVER_CSRF = SECURITY + "web.server.csrf.CookieServerCsrfTokenRepository";
  static final String REMEMBER_ME = SECURITY + "web.authentication.rememberme.";
  static final String LOCALE = "org.springframework.web.servlet.i18n.CookieLocaleResolver";
  static final String LOCALE_DEFAULT = LOCALE + ".LOCALE";
  static final String WEB_SESSION = "org.springframework.web.server.session.CookieWebSessionIdResolver";
  static final String SPRING_SESSION = "org.springframework.session.web.http.DefaultCookieSerializer";
  static final String SHIRO = "org.apache.shiro.web.";
  static final String UNDERTOW = "io.undertow.server.session.SessionCookieConfig";

  private FrameworkCases() {}

  /**
   * Calls that start a cookie under the framework's default name: statement, name, framework.
   * Spring Session's, which replaces the container's session cookie in the whole compilation, is
   * in {@link FrameworkRulesTest}.
   */
  static Stream<Arguments> defaults(boolean current) {
    Stream<Arguments> both = Stream.of(
        Arguments.of("new " + CSRF + "()", "XSRF-TOKEN", "Spring Security's CookieCsrfTokenRepository"),
        Arguments.of(CSRF + ".withHttpOnlyFalse()", "XSRF-TOKEN", "CookieCsrfTokenRepository"),
        Arguments.of("new " + SERVER_CSRF + "()", "XSRF-TOKEN", "CookieServerCsrfTokenRepository"),
        Arguments.of(SERVER_CSRF + ".withHttpOnlyFalse()", "XSRF-TOKEN", "CookieServerCsrfTokenRepository"),
        Arguments.of("http.rememberMe(" + WITH_DEFAULTS + ")", "remember-me", "remember-me"),
        Arguments.of("new " + REMEMBER_ME + "TokenBasedRememberMeServices(\"key\", users)",
            "remember-me", "remember-me"),
        Arguments.of("new " + REMEMBER_ME + "PersistentTokenBasedRememberMeServices(\"key\", users,"
            + " new " + REMEMBER_ME + "InMemoryTokenRepositoryImpl())", "remember-me", "remember-me"),
        Arguments.of("http.formLogin(" + WITH_DEFAULTS + ")", "JSESSIONID", "servlet container"),
        Arguments.of("http.oauth2Login(" + WITH_DEFAULTS + ")", "JSESSIONID", "servlet container"),
        Arguments.of("request.getSession()", "JSESSIONID", "servlet container"),
        Arguments.of("request.getSession(true)", "JSESSIONID", "servlet container"),
        Arguments.of("legacy.getSession()", "JSESSIONID", "servlet container"),
        Arguments.of("legacy.getSession(1 > 0)", "JSESSIONID", "servlet container"),
        Arguments.of("server.formLogin(" + WITH_DEFAULTS + ")", "SESSION", "Spring WebFlux's WebSession"),
        Arguments.of("server.oauth2Login(" + WITH_DEFAULTS + ")", "SESSION", "WebSession"),
        Arguments.of("new " + WEB_SESSION + "()", "SESSION", "Spring WebFlux's WebSession"),
        Arguments.of("new " + LOCALE + "()", LOCALE_DEFAULT, "Spring MVC's CookieLocaleResolver"),
        Arguments.of("new " + SHIRO + "mgt.CookieRememberMeManager()", "rememberMe",
            "Apache Shiro's CookieRememberMeManager"),
        Arguments.of("new " + SHIRO + "session.mgt.DefaultWebSessionManager()", "JSESSIONID",
            "Apache Shiro's DefaultWebSessionManager"),
        Arguments.of("new " + UNDERTOW + "()", "JSESSIONID", "Undertow's SessionCookieConfig"));
    Stream<Arguments> previous = Stream.of(
        Arguments.of("http.rememberMe()", "remember-me", "remember-me"),
        Arguments.of("http.formLogin()", "JSESSIONID", "servlet container"),
        Arguments.of("server.formLogin()", "SESSION", "WebSession"));
    return current ? both : Stream.concat(both, previous);
  }

  /** Calls that name the cookie: the statements, where {@code NAME} is the name. */
  static Stream<Arguments> named(boolean current) {
    Stream<Arguments> both = Stream.of(
        Arguments.of("var r = " + CSRF + ".withHttpOnlyFalse();\n    r.setCookieName(NAME)"),
        Arguments.of("var r = new " + SERVER_CSRF + "();\n    r.setCookieName(NAME)"),
        Arguments.of("http.rememberMe(r -> r.key(\"k\")\n      .rememberMeCookieName(NAME))"),
        Arguments.of("var s = new " + REMEMBER_ME + "TokenBasedRememberMeServices(\"key\", users);\n"
            + "    s.setCookieName(NAME)"),
        Arguments.of("http.formLogin(" + WITH_DEFAULTS + ");\n"
            + "    context.getSessionCookieConfig().setName(NAME)"),
        Arguments.of("request.getSession();\n    ((javax.servlet.SessionCookieConfig) null).setName(NAME)"),
        Arguments.of("request.getSession();\n"
            + "    new io.undertow.servlet.api.ServletSessionConfig().setName(NAME)"),
        Arguments.of("request.getSession();\n"
            + "    ((org.apache.catalina.Context) null).setSessionCookieName(NAME)"),
        Arguments.of("server.formLogin(" + WITH_DEFAULTS + ");\n"
            + "    var r = new " + WEB_SESSION + "();\n    r.setCookieName(NAME)"),
        Arguments.of("new " + LOCALE + "(NAME)"),
        Arguments.of("var s = new " + SPRING_SESSION + "();\n    s.setCookieName(NAME)"),
        Arguments.of("new " + SHIRO + "servlet.SimpleCookie(NAME)"),
        Arguments.of("new " + SHIRO + "servlet.SimpleCookie().setName(NAME)"),
        Arguments.of("var m = new " + SHIRO + "mgt.CookieRememberMeManager();\n"
            + "    m.setCookie(new " + SHIRO + "servlet.SimpleCookie(NAME))"),
        Arguments.of("var m = new " + SHIRO + "session.mgt.DefaultWebSessionManager();\n"
            + "    m.setSessionIdCookie(new " + SHIRO + "servlet.SimpleCookie(NAME))"),
        Arguments.of("new " + UNDERTOW + "().setCookieName(NAME)"));
    Stream<Arguments> currentOnly = Stream.of(
        Arguments.of("request.getSession();\n"
            + "    new org.eclipse.jetty.session.SessionHandler().setSessionCookie(NAME)"));
    Stream<Arguments> previous = Stream.of(
        Arguments.of("http.rememberMe().rememberMeCookieName(NAME)"),
        Arguments.of("var r = new " + LOCALE + "();\n    r.setCookieName(NAME)"),
        Arguments.of("new org.springframework.web.util.CookieGenerator().setCookieName(NAME)"),
        Arguments.of("request.getSession();\n"
            + "    new org.eclipse.jetty.server.session.SessionHandler().setSessionCookie(NAME)"));
    return Stream.concat(both, current ? currentOnly : previous);
  }

  /** Calls after which the framework writes no cookie of its own. */
  static Stream<Arguments> silent() {
    return Stream.of(
        Arguments.of("http.rememberMe(r -> r.rememberMeServices(null))"),
        Arguments.of("request.getSession(false)"),
        Arguments.of("legacy.getSession(false)"),
        Arguments.of("http.csrf(c -> c.csrfTokenRepository("
            + "new " + SECURITY + "web.csrf.HttpSessionCsrfTokenRepository()))"),
        Arguments.of("new " + SHIRO + "servlet.SimpleCookie(new " + SHIRO + "servlet.SimpleCookie())"));
  }

  /** A class whose method runs the statements, with the standard declarations and others. */
  static JavaFileObject configuring(String statements, String... declared) {
    return configuringClass("Config", statements, declared);
  }

  /** {@link #configuring(String, String...)} as class {@code className}, one of several. */
  static JavaFileObject configuringClass(String className, String statements, String... declared) {
    StringBuilder declarations = new StringBuilder(DECLARATIONS);
    for (String name : declared) {
      declarations.append("@io.cookieregistry.DeclaredCookie(name = \"").append(name)
          .append("\", category = io.cookieregistry.CookieCategory.NECESSARY, purpose = \"Set by a")
          .append(" framework\")\n");
    }
    return testSource(className, declarations + "class " + className + " {\n"
        + "  void configure(" + PARAMETERS + ") throws Exception {\n"
        + "    " + statements + ";\n"
        + "  }\n}\n");
  }
}
