package io.cookieregistry.processor.check;

import static io.cookieregistry.processor.ProcessorTesting.compile;
import static io.cookieregistry.processor.ProcessorTesting.messages;
import static io.cookieregistry.processor.ProcessorTesting.testSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A seeded corpus of random source shapes: random declarations and sink calls, broken syntax,
 * missing types, huge constants. Each compiles to diagnostics, never to an exception; in sources
 * that are otherwise valid, exactly the undeclared constant names are errors.
 */
class RobustnessTest {
  private static final String[] SINKS = {
      "new jakarta.servlet.http.Cookie(%s, \"v\")",
      "org.springframework.http.ResponseCookie.from(%s)",
      "new io.netty.handler.codec.http.cookie.DefaultCookie(%s, \"v\")",
      "io.vertx.core.http.Cookie.cookie(%s, \"v\")",
      "new java.net.HttpCookie(%s, \"v\")",
      "new jakarta.ws.rs.core.NewCookie(%s, \"v\")",
      "new jakarta.servlet.http.Cookie(%s, \"v\") { }",
      "new jakarta.ws.rs.core.NewCookie(new jakarta.ws.rs.core.Cookie(%s, \"v\"))",
      "org.springframework.http.ResponseEntity.ok().header(\"Set-Cookie\", \"x0=1\", %s + \"=v\")",
      "jetty.add(org.eclipse.jetty.http.HttpHeader.SET_COOKIE, %s + \"=v; Path=/\")",
      "jetty.add(org.eclipse.jetty.http.HttpHeader.SET_COOKIE, %s + (char) 61 + \"v\")"};
  /** Shapes that carry the name but write nothing: requests, assertions, a cookie's text. */
  private static final String[] NOT_WRITES = {
      "org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(\"/\")"
          + ".cookie(new jakarta.servlet.http.Cookie(%s, \"v\"))",
      "org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()"
          + ".string(\"Set-Cookie\", %s + \"=v\")",
      "jetty.add(\"Set-Cookie2\", %s + \"=v\")"};
  private static final String[] BREAKAGES = {
      "new Missing(%s)", "unknownMethod(%s)", "new jakarta.servlet.http.Cookie(%s)",
      "new jakarta.servlet.http.Cookie(%s, \"v\"", "new jakarta.servlet.http.Cookie(%s, Nope.X)"};

  static Stream<Long> seeds() {
    return IntStream.range(0, 40).mapToObj(i -> 7919L * i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomShapeCompilesToDiagnostics(long seed) throws Exception {
    Random random = new Random(seed);
    Set<String> declared = new TreeSet<>();
    Set<String> undeclared = new TreeSet<>();
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(4); i > 0; i--) {
      String name = "c" + random.nextInt(6);
      declared.add(name);
      text.append("@io.cookieregistry.DeclaredCookie(name = \"").append(name).append("\","
          + " category = io.cookieregistry.CookieCategory.NECESSARY, purpose = \"p\")\n");
    }
    declared.add("x0"); // the first value of the varargs header row
    text.append("@io.cookieregistry.DeclaredCookie(name = \"x0\","
        + " category = io.cookieregistry.CookieCategory.NECESSARY, purpose = \"p\\u2028\\\"q\\\"\")\n");
    text.append("class R {\n  static final boolean ON = true;\n");
    boolean broken = false;
    for (int i = random.nextInt(8); i >= 0; i--) {
      String name = "c" + random.nextInt(6);
      int shape = random.nextInt(12);
      String argument = shape == 0 ? "dynamic" : shape == 1 ? "(\"c\" + " + name.substring(1) + ")"
          : shape == 3 ? "\"c\" + (" + name.substring(1) + " * 1 + (ON ? 0 : 7))"
          : shape == 4 ? "(ON ? \"" + name + "\" : \"dead\")" : "\"" + name + "\"";
      String call;
      if (shape == 2) {
        broken = true;
        call = String.format(BREAKAGES[random.nextInt(BREAKAGES.length)], argument);
      } else if (shape == 5) {
        call = String.format(NOT_WRITES[random.nextInt(NOT_WRITES.length)], argument);
      } else {
        call = String.format(SINKS[random.nextInt(SINKS.length)], argument);
        if (shape != 0 && !declared.contains(name)) {
          undeclared.add(name);
        }
      }
      text.append("  Object m").append(i).append("(String dynamic,"
          + " org.eclipse.jetty.http.HttpFields.Mutable jetty) throws Exception { return ")
          .append(call).append("; }\n");
    }
    text.append("}\n");
    Compilation compilation = compile(testSource("R", text.toString()));
    assertEquals(List.of(), messages(compilation, "internal"));
    if (!broken) {
      Set<String> reported = new TreeSet<>();
      for (String message : messages(compilation, "undeclared")) {
        reported.add(message.replaceAll("(?s).*cookie '([^']*)'.*", "$1"));
      }
      assertEquals(undeclared, reported, text::toString);
    }
  }

  @Test
  void hugeConstantsAndDeepConcatenationsAreJudged() {
    String huge = "x".repeat(60_000);
    StringBuilder deep = new StringBuilder("\"d\"");
    for (int i = 0; i < 1_500; i++) {
      deep.append(" + \"e\"");
    }
    Compilation compilation = compile(testSource("Huge", "class Huge {\n"
        + "  Object a = new jakarta.servlet.http.Cookie(\"" + huge + "\", \"v\");\n"
        + "  Object b = new jakarta.servlet.http.Cookie(" + deep + ", \"v\");\n}\n"));
    assertEquals(List.of(), messages(compilation, "internal"));
    List<String> undeclared = messages(compilation, "undeclared");
    assertEquals(2, undeclared.size());
    assertTrue(undeclared.get(1).contains("'d" + "e".repeat(1_500) + "'"), undeclared.get(1));
  }

  @Test
  void syntaxErrorsStopBeforeTheCheckWithoutFailingIt() {
    List<JavaFileObject> files = new ArrayList<>();
    files.add(testSource("Bad", "class Bad { Object a = new jakarta.servlet.http.Cookie(\"x\", ; }"));
    files.add(testSource("Good", "class Good { Object a = new jakarta.servlet.http.Cookie(\"y\", \"v\"); }"));
    Compilation compilation = compile(files.toArray(JavaFileObject[]::new));
    assertEquals(List.of(), messages(compilation, "internal"));
    assertFalse(compilation.errors().isEmpty(), "the syntax error is reported");
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      assertTrue(error.getSource().getName().endsWith("Bad.java"), error.toString());
      assertFalse(error.getMessage(null).contains("[cookieregistry:"), error.toString());
    }
  }
}
