package io.cookieregistry.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.cookieregistry.processor.ProcessorTesting.DECLARATIONS;
import static io.cookieregistry.processor.ProcessorTesting.assertBugs;
import static io.cookieregistry.processor.ProcessorTesting.compile;
import static io.cookieregistry.processor.ProcessorTesting.messages;
import static io.cookieregistry.processor.ProcessorTesting.ours;
import static io.cookieregistry.processor.ProcessorTesting.testSource;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import io.cookieregistry.processor.ProcessorTesting;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A write counts wherever it stands. {@code W} is a cookie write of the name {@code NAME}; a
 * cookie kept in a local variable is handed on ({@code SENT}), since one never sent is a template.
 */
class PositionTest {
  private static final String W = "new jakarta.servlet.http.Cookie(NAME, \"v\")";
  private static final String SENT = "java.util.Objects.requireNonNull(c)";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "class P { void m() { Object c = W; SENT; } }",
      "class P { P() { Object c = W; SENT; } }",
      "class P { Object f = W; }",
      "class P { static Object f = W; }",
      "class P { static { Object c = W; SENT; } }",
      "class P { { Object c = W; SENT; } }",
      "class P { Runnable r = () -> { Object c = W; SENT; }; }",
      "class P { java.util.function.Supplier<Object> s = () -> W; }",
      "class P { Object o = new Object() { Object c = W; }; }",
      "class P { void m() { class L { Object c = W; } } }",
      "class P { static class N { class I { Object c = W; } } }",
      "enum P { A { Object c() { return W; } }; Object c() { return null; } }",
      "enum P { A; final Object c = W; }",
      "record P(Object c) { P { c = W; } }",
      "record P(int i) { static Object make() { return W; } }",
      "interface P { default Object c() { return W; } }",
      "interface P { Object C = W; }",
      "@interface P { Object C = W; }",
      "class P { Object m(int k) { return switch (k) { case 1 -> W; default -> null; }; } }",
      "class P {} class Q { Object c = W; }",
  })
  void undeclaredFailsDeclaredCompiles(String shape) {
    String text = DECLARATIONS + shape.replace("SENT", SENT);
    JavaFileObject undeclared =
        testSource("P", text.replace("W", W.replace("NAME", "\"visitor_uid\"")));
    Compilation bad = compile(undeclared);
    assertThat(bad).hadErrorContaining("cookie 'visitor_uid'").inFile(undeclared)
        .onLineContaining("visitor_uid\", \"v\"");
    assertEquals(1, messages(bad, "undeclared").size());

    Compilation good = compile(testSource("P", text.replace("W", W.replace("NAME", "\"sessionid\""))));
    assertThat(good).succeeded();
    assertEquals(List.of(), ours(good));
  }

  @Test
  void everyWriteOfAFileIsReportedAtItsOwnLine() {
    assertBugs(ProcessorTesting.source("test.Many",
        "package test;",
        "import jakarta.servlet.http.Cookie;",
        "@io.cookieregistry.DeclaredCookie(name = \"sessionid\","
            + " category = io.cookieregistry.CookieCategory.NECESSARY, purpose = \"Session\")",
        "class Many {",
        "  // BUG: Diagnostic contains: [cookieregistry:undeclared] cookie 'field_uid'",
        "  Object field = new Cookie(\"field_uid\", \"v\");",
        "  Object fine = new Cookie(\"sessionid\", \"v\");",
        "  void m(jakarta.servlet.http.HttpServletResponse r) {",
        "    // BUG: Diagnostic contains: did you mean 'sessionid'?",
        "    r.addCookie(new Cookie(\"sessionId\", \"v\"));",
        "    // BUG: Diagnostic contains: cookie 'raw_uid' is written by",
        "    r.addHeader(\"Set-Cookie\", \"raw_uid=1; Path=/\");",
        "  }",
        "}"));
  }
}
