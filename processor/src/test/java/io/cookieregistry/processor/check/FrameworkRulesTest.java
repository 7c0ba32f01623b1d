package io.cookieregistry.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.cookieregistry.processor.ProcessorTesting.DECLARATIONS;
import static io.cookieregistry.processor.ProcessorTesting.compile;
import static io.cookieregistry.processor.ProcessorTesting.messages;
import static io.cookieregistry.processor.ProcessorTesting.ours;
import static io.cookieregistry.processor.ProcessorTesting.testSource;
import static io.cookieregistry.processor.check.FrameworkCases.CSRF;
import static io.cookieregistry.processor.check.FrameworkCases.LOCALE;
import static io.cookieregistry.processor.check.FrameworkCases.WITH_DEFAULTS;
import static io.cookieregistry.processor.check.FrameworkCases.configuring;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** How configuration rows combine: options, reach, chains, subclasses, {@code @CookieName}. */
class FrameworkRulesTest {
  @Test
  void sessionCookieOptionNamesTheContainersCookie() {
    Compilation compilation = compile(List.of("-Acookieregistry.sessionCookie=SID"),
        configuring("request.getSession()"));
    assertThat(compilation).hadErrorContaining("cookie 'SID' is written by the servlet container");
    assertEquals(1, compilation.errors().size(), () -> ours(compilation).toString());
    assertThat(compile(List.of("-Acookieregistry.sessionCookie=SID"),
        configuring("request.getSession()", "SID"))).succeeded();
  }

  @Test
  void sessionCookieNoneTurnsTheRuleOff() {
    Compilation compilation = compile(List.of("-Acookieregistry.sessionCookie=none"),
        configuring("request.getSession();\n    http.formLogin(" + WITH_DEFAULTS + ")"));
    assertThat(compilation).succeeded();
    assertEquals(List.of(), ours(compilation));
  }

  @Test
  void sessionCookieThatIsNoNameIsABadOption() {
    for (String bad : List.of("my session", "SID*")) {
      Compilation compilation = compile(List.of("-Acookieregistry.sessionCookie=" + bad),
          configuring("request.getSession()", "JSESSIONID"));
      assertThat(compilation).hadErrorContaining("[cookieregistry:bad-option] -Acookieregistry"
          + ".sessionCookie=" + bad + " is not a cookie name");
      assertEquals(1, compilation.errors().size(), () -> ours(compilation).toString());
    }
  }

  @Test
  void theContainersCookieIsRenamedAnywhereInTheCompilation() {
    JavaFileObject controller = testSource("Controller", DECLARATIONS + "class Controller {\n"
        + "  void get(jakarta.servlet.http.HttpServletRequest request) { request.getSession(); }\n}\n");
    JavaFileObject initializer = testSource("Init", "class Init {\n"
        + "  void start(jakarta.servlet.ServletContext c) {\n"
        + "    c.getSessionCookieConfig().setName(\"sessionid\");\n  }\n}\n");
    Compilation compilation = compile(controller, initializer);
    assertThat(compilation).succeeded();
    assertEquals(List.of(), ours(compilation));
  }

  @Test
  void anObjectIsRenamedOnlyWithinItsClass() {
    JavaFileObject made = testSource("Made", DECLARATIONS + "class Made {\n"
        + "  Object repository() { return " + CSRF + ".withHttpOnlyFalse(); }\n}\n");
    JavaFileObject renamed = testSource("Renamed", "class Renamed {\n"
        + "  void rename(" + CSRF + " r) { r.setCookieName(\"sessionid\"); }\n}\n");
    Compilation compilation = compile(made, renamed);
    assertThat(compilation).hadErrorContaining("cookie 'XSRF-TOKEN'").inFile(made)
        .onLineContaining("withHttpOnlyFalse");
    assertEquals(1, compilation.errors().size(), () -> ours(compilation).toString());
  }

  @Test
  void eachCallOfAChainIsReportedAtItsOwnLine() {
    JavaFileObject file = configuring("http\n"
        + "      .csrf(c -> c.csrfTokenRepository(" + CSRF + ".withHttpOnlyFalse()))\n"
        + "      .formLogin(" + WITH_DEFAULTS + ")\n"
        + "      .rememberMe(" + WITH_DEFAULTS + ")");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining("'XSRF-TOKEN'").inFile(file)
        .onLineContaining("withHttpOnlyFalse");
    assertThat(compilation).hadErrorContaining("'JSESSIONID'").inFile(file)
        .onLineContaining(".formLogin(");
    assertThat(compilation).hadErrorContaining("'remember-me'").inFile(file)
        .onLineContaining(".rememberMe(");
    assertEquals(3, compilation.errors().size(), () -> ours(compilation).toString());
  }

  @Test
  void aSubclassStartsTheCookieThroughItsSuperConstructor() {
    JavaFileObject file = testSource("Resolver", DECLARATIONS
        + "class Resolver extends " + LOCALE + " {}\n"
        + "class Named extends " + LOCALE + " {\n"
        + "  Named() { setCookieName(\"sessionid\"); }\n}\n");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining("cookie '" + LOCALE + ".LOCALE' is written by"
        + " Spring MVC's CookieLocaleResolver").inFile(file).onLineContaining("class Resolver");
    assertEquals(1, compilation.errors().size(), () -> ours(compilation).toString());
  }

  @Test
  void aCookieNameFieldCarriesTheNameToTheConfiguration() {
    JavaFileObject file = testSource("Csrf", DECLARATIONS + "class Csrf {\n"
        + "  @io.cookieregistry.CookieName String name = \"visitor_uid\";\n"
        + "  Object repository() {\n"
        + "    var r = " + CSRF + ".withHttpOnlyFalse();\n"
        + "    r.setCookieName(name);\n"
        + "    return r;\n  }\n}\n");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining("cookie 'visitor_uid'").inFile(file)
        .onLineContaining("String name");
    assertEquals(1, compilation.errors().size(), () -> ours(compilation).toString());
  }

  @Test
  void suppressedConfigurationIsNotChecked() {
    JavaFileObject file = testSource("Quiet", DECLARATIONS + "class Quiet {\n"
        + "  @SuppressWarnings(\"cookieregistry\")\n"
        + "  Object repository() { return " + CSRF + ".withHttpOnlyFalse(); }\n}\n");
    Compilation compilation = compile(file);
    assertThat(compilation).succeeded();
    assertEquals(List.of(), messages(compilation, "undeclared"));
  }

  @Test
  void springSessionWritesItsCookieInsteadOfTheContainers() {
    JavaFileObject file = testSource("Sessions", DECLARATIONS
        + "@org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession\n"
        + "class Sessions {\n"
        + "  void get(jakarta.servlet.http.HttpServletRequest request) { request.getSession(); }\n}\n");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining("cookie 'SESSION' is written by Spring Session")
        .inFile(file).onLineContaining("@org.springframework.session");
    assertEquals(1, compilation.errors().size(), () -> ours(compilation).toString());
  }

  @Test
  void springSessionsSerializerWritesItsDefaultName() {
    JavaFileObject file = configuring("request.getSession();\n"
        + "    new " + FrameworkCases.SPRING_SESSION + "()");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining("cookie 'SESSION' is written by Spring Session's"
        + " DefaultCookieSerializer").inFile(file).onLineContaining("DefaultCookieSerializer");
    assertEquals(1, compilation.errors().size(), () -> ours(compilation).toString());
    assertThat(compile(configuring("new " + FrameworkCases.SPRING_SESSION + "()", "SESSION")))
        .succeeded();
  }

  @Test
  void springSessionsCookieIsRenamedAnywhereInTheCompilation() {
    JavaFileObject enabled = testSource("Enabled", DECLARATIONS
        + "@org.springframework.session.data.redis.config.annotation.web.http.EnableRedisHttpSession\n"
        + "class Enabled {}\n");
    JavaFileObject serializer = testSource("Serializer", "class Serializer {\n"
        + "  Object cookies() {\n"
        + "    var s = new " + FrameworkCases.SPRING_SESSION + "();\n"
        + "    s.setCookieName(\"sessionid\");\n    return s;\n  }\n}\n");
    Compilation compilation = compile(enabled, serializer);
    assertThat(compilation).succeeded();
    assertEquals(List.of(), ours(compilation));
  }

  @Test
  void aHandlerThatTakesTheSessionCreatesIt() {
    JavaFileObject file = testSource("Handler", DECLARATIONS + "class Handler {\n"
        + "  String show(jakarta.servlet.http.HttpSession session) { return \"view\"; }\n"
        + "  String legacy(javax.servlet.http.HttpSession session) { return \"view\"; }\n}\n");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining("cookie 'JSESSIONID' is written by the servlet"
        + " container").inFile(file).onLineContaining("jakarta.servlet.http.HttpSession session");
    assertThat(compilation).hadErrorContaining("cookie 'JSESSIONID'").inFile(file)
        .onLineContaining("javax.servlet.http.HttpSession session");
    assertEquals(2, compilation.errors().size(), () -> ours(compilation).toString());
  }

  @Test
  void springWebSessionAnnotationsStartTheWebFluxSessionCookie() {
    JavaFileObject file = testSource("Reactive", DECLARATIONS
        + "@org.springframework.session.config.annotation.web.server.EnableSpringWebSession\n"
        + "@org.springframework.session.data.redis.config.annotation.web.server.EnableRedisWebSession\n"
        + "class Reactive {}\n");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining("cookie 'SESSION' is written by Spring WebFlux")
        .inFile(file).onLineContaining("EnableSpringWebSession");
    assertThat(compilation).hadErrorContaining("cookie 'SESSION'").inFile(file)
        .onLineContaining("EnableRedisWebSession");
    assertEquals(2, compilation.errors().size(), () -> ours(compilation).toString());
  }
}
