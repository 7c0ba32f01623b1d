package io.cookieregistry.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.cookieregistry.processor.ProcessorTesting.DECLARATIONS;
import static io.cookieregistry.processor.ProcessorTesting.compile;
import static io.cookieregistry.processor.ProcessorTesting.ours;
import static io.cookieregistry.processor.ProcessorTesting.testSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sink of the catalogue, against the real API jars (Play against a stub): an undeclared
 * name fails the build at its line, a declared one compiles. {@code NAME} stands for the name.
 */
class SinkTest {
  /** Play is Scala-built and heavy; a stub with its real signature stands in. */
  static final JavaFileObject PLAY = com.google.testing.compile.JavaFileObjects.forSourceString(
      "play.mvc.Http", "package play.mvc; public class Http { public static class Cookie {"
          + " public static Object builder(String name, String value) { return null; } } }");

  static Stream<Arguments> cookieSinks() {
    return Stream.of(
        sink("", "new jakarta.servlet.http.Cookie(NAME, \"v\")"),
        sink("", "new javax.servlet.http.Cookie(NAME, \"v\")"),
        sink("", "org.springframework.http.ResponseCookie.from(NAME)"),
        sink("", "org.springframework.http.ResponseCookie.from(NAME, \"v\").maxAge(60).build()"),
        sink("", "org.springframework.http.ResponseCookie.fromClientResponse(NAME, \"v\")"),
        sink("", "new jakarta.ws.rs.core.NewCookie(NAME, \"v\")"),
        sink("", "new jakarta.ws.rs.core.NewCookie(NAME, \"v\", \"/\", null, null, 60, true)"),
        sink("", "new javax.ws.rs.core.NewCookie(NAME, \"v\")"),
        sink("", "new javax.ws.rs.core.NewCookie(NAME, \"v\", \"/\", null, 1, null, 60, false)"),
        sink("", "new jakarta.ws.rs.core.NewCookie.Builder(NAME).value(\"v\").build()"),
        sink("", "new io.netty.handler.codec.http.cookie.DefaultCookie(NAME, \"v\")"),
        sink("", "io.vertx.core.http.Cookie.cookie(NAME, \"v\")"),
        sink("", "new io.undertow.server.handlers.CookieImpl(NAME)"),
        sink("", "new io.undertow.server.handlers.CookieImpl(NAME, \"v\")"),
        sink("", "io.micronaut.http.cookie.Cookie.of(NAME, \"v\")"),
        sink("io.javalin.http.Context ctx", "ctx.cookie(NAME, \"v\")"),
        sink("io.javalin.http.Context ctx", "ctx.cookie(NAME, \"v\", 60)"),
        sink("", "new io.javalin.http.Cookie(NAME, \"v\")"),
        sink("", "new io.javalin.http.Cookie(NAME, \"v\", \"/\", 60)"),
        sink("", "io.helidon.http.SetCookie.builder(NAME, \"v\").build()"),
        sink("", "io.helidon.http.SetCookie.create(NAME, \"v\")"),
        sink("", "io.helidon.common.http.SetCookie.builder(NAME, \"v\")"),
        sink("", "io.helidon.common.http.SetCookie.create(NAME, \"v\")"),
        sink("", "play.mvc.Http.Cookie.builder(NAME, \"v\")"),
        sink("", "new java.net.HttpCookie(NAME, \"v\")"));
  }

  static Stream<Arguments> headerSinks() {
    String value = "NAME + \"=v; Path=/\"";
    return Stream.of(
        sink("jakarta.servlet.http.HttpServletResponse r", "r.addHeader(\"Set-Cookie\", " + value + ")"),
        sink("jakarta.servlet.http.HttpServletResponse r", "r.setHeader(\"set-cookie\", " + value + ")"),
        sink("javax.servlet.http.HttpServletResponse r", "r.addHeader(\"SET-COOKIE\", " + value + ")"),
        sink("org.springframework.http.HttpHeaders h",
            "h.add(org.springframework.http.HttpHeaders.SET_COOKIE, " + value + ")"),
        sink("org.springframework.http.HttpHeaders h",
            "h.set(org.springframework.http.HttpHeaders.SET_COOKIE, " + value + ")"),
        sink("", "jakarta.ws.rs.core.Response.ok().header(\"Set-Cookie\", " + value + ")"),
        sink("", "javax.ws.rs.core.Response.ok().header(\"Set-Cookie\", " + value + ")"),
        sink("io.netty.handler.codec.http.HttpHeaders h",
            "h.add(io.netty.handler.codec.http.HttpHeaderNames.SET_COOKIE, " + value + ")"),
        sink("io.netty.handler.codec.http.HttpHeaders h",
            "h.set(io.netty.handler.codec.http.HttpHeaderNames.SET_COOKIE, " + value + ")"),
        sink("io.vertx.core.http.HttpServerResponse r", "r.putHeader(\"Set-Cookie\", " + value + ")"),
        sink("io.vertx.core.http.HttpServerResponse r",
            "r.putHeader(io.vertx.core.http.HttpHeaders.SET_COOKIE, (CharSequence) (" + value + "))"),
        sink("io.undertow.util.HeaderMap m",
            "m.add(io.undertow.util.Headers.SET_COOKIE, " + value + ")"),
        sink("io.undertow.util.HeaderMap m", "m.put(io.undertow.util.HttpString.tryFromString("
            + "io.undertow.util.Headers.SET_COOKIE_STRING), " + value + ")"),
        sink("com.sun.net.httpserver.Headers h", "h.add(\"Set-Cookie\", " + value + ")"),
        sink("io.micronaut.http.MutableHttpResponse<?> r", "r.header(\"Set-Cookie\", " + value + ")"));
  }

  private static Arguments sink(String parameters, String statement) {
    return Arguments.of(parameters, statement);
  }

  private static JavaFileObject writes(String parameters, String statement, String name) {
    // Helidon 4 is compiled for Java 21: javac 17 cannot read it; JDK 21+ runs these rows.
    assumeTrue(Runtime.version().feature() >= 21 || !statement.contains("io.helidon.http."),
        "Helidon 4 needs javac 21 or later");
    return testSource("Writes", DECLARATIONS + "class Writes {\n"
        + "  void write(" + parameters + ") throws Exception {\n"
        + "    " + statement.replace("NAME", name) + ";\n"
        + "  }\n}\n");
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource({"cookieSinks", "headerSinks"})
  void undeclaredNameFailsAtItsLine(String parameters, String statement) {
    JavaFileObject file = writes(parameters, statement, "\"visitor_uid\"");
    Compilation compilation = compile(file, PLAY);
    assertThat(compilation).hadErrorContaining("[cookieregistry:undeclared] cookie 'visitor_uid'")
        .inFile(file).onLineContaining("visitor_uid");
    assertEquals(1, compilation.errors().size(), () -> ours(compilation).toString());
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource({"cookieSinks", "headerSinks"})
  void declaredNameCompiles(String parameters, String statement) {
    Compilation compilation = compile(writes(parameters, statement, "\"sessionid\""), PLAY);
    assertThat(compilation).succeeded();
    assertEquals(List.of(), ours(compilation));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource({"cookieSinks", "headerSinks"})
  void runTimeNameIsAWarningNamingTheSink(String parameters, String statement) {
    String withName = parameters.isEmpty() ? "String n" : parameters + ", String n";
    JavaFileObject file = writes(withName, statement, "n");
    Compilation compilation = compile(file, PLAY);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[cookieregistry:dynamic-name] the cookie name"
        + " written by ").inFile(file).onLineContaining(statement.replace("NAME", "n"));
    String warning = ours(compilation).get(0);
    String sink = calledWithTheName(statement);
    assertTrue(warning.contains(sink + "("), () -> warning + " should name the sink " + sink);
    assertEquals(1, ours(compilation).size(), () -> ours(compilation).toString());
  }

  /** The method or class whose call takes {@code NAME} in a statement: {@code from}, {@code Cookie}. */
  private static String calledWithTheName(String statement) {
    String before = statement.substring(0, statement.indexOf("NAME"));
    int depth = 0;
    for (int open = before.length() - 1; open >= 0; open--) {
      char c = before.charAt(open);
      if (c == ')') {
        depth++;
      } else if (c == '(' && depth-- == 0) {
        depth = 0;
        int start = open;
        while (start > 0 && Character.isJavaIdentifierPart(before.charAt(start - 1))) {
          start--;
        }
        if (start < open) { // not a cast or a parenthesised expression
          return before.substring(start, open);
        }
      }
    }
    throw new IllegalArgumentException("no call takes the name in " + statement);
  }
}
