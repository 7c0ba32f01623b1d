package io.cookieregistry.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.cookieregistry.processor.ProcessorTesting.DECLARATIONS;
import static io.cookieregistry.processor.ProcessorTesting.compile;
import static io.cookieregistry.processor.ProcessorTesting.messages;
import static io.cookieregistry.processor.ProcessorTesting.ours;
import static io.cookieregistry.processor.ProcessorTesting.testSource;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plain writes that the check once did not see. */
class SilentMissTest {
  private static JavaFileObject writes(String parameters, String statements) {
    return testSource("Miss", "import io.cookieregistry.CookieName;\n" + DECLARATIONS
        + "class Miss {\n  void w(" + parameters + ") throws Exception {\n" + statements
        + "\n  }\n}\n");
  }

  /** Each statement writes the undeclared {@code miss}: one error on its line. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // Handed on: a cookie kept in a local variable and never sent is a template, not a write.
      "jakarta.servlet.http.HttpServletResponse r | r.addCookie(new jakarta.servlet.http.Cookie(\"miss\", \"v\") { });",
      "org.eclipse.jetty.http.HttpFields.Mutable f | f.add(org.eclipse.jetty.http.HttpHeader.SET_COOKIE, \"miss=1\");",
      "org.eclipse.jetty.http.HttpFields.Mutable f | f.put(org.eclipse.jetty.http.HttpHeader.SET_COOKIE, \"miss=1; Path=/\");",
      "jakarta.servlet.http.HttpServletResponse r | r.addHeader(io.netty.handler.codec.http.HttpHeaderNames.SET_COOKIE.toString(), \"miss=1\");",
      " | org.springframework.http.ResponseEntity.ok().header(\"Set-Cookie\", \"sessionid=1\", \"miss=2\");",
      " | Object c = new jakarta.ws.rs.core.NewCookie(new jakarta.ws.rs.core.Cookie(\"miss\", \"v\"));",
      " | Object c = new jakarta.ws.rs.core.NewCookie.Builder(new jakarta.ws.rs.core.Cookie(\"miss\", \"v\")).build();",
  })
  void theWriteIsSeen(String parameters, String statements) {
    JavaFileObject file = writes(parameters == null ? "" : parameters, statements);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining("cookie 'miss'").inFile(file)
        .onLineContaining(statements.substring(0, 12));
    assertEquals(1, messages(compilation, "undeclared").size(), () -> ours(compilation).toString());
  }

  @Test
  void aSubclassConstructorCallIsItsSuperCall() {
    JavaFileObject file = testSource("Sub", DECLARATIONS
        + "class Sub extends jakarta.servlet.http.Cookie {\n"
        + "  Sub(String v) { super(\"sub_miss\", v); }\n}\n");
    assertThat(compile(file)).hadErrorContaining("cookie 'sub_miss'").inFile(file)
        .onLineContaining("super(");
  }

  @Test
  void aCopiedCookieOfUnknownNameIsADynamicName() {
    Compilation compilation = compile(writes("jakarta.ws.rs.core.Cookie c",
        "Object n = new jakarta.ws.rs.core.NewCookie(c);"));
    assertEquals(1, messages(compilation, Diagnostic.Kind.WARNING, "dynamic-name").size(),
        () -> ours(compilation).toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "java.util.function.BiFunction<String, String, jakarta.servlet.http.Cookie> f = jakarta.servlet.http.Cookie::new;",
      "java.util.function.Function<String, ?> f = org.springframework.http.ResponseCookie::from;",
      "java.util.function.BiConsumer<jakarta.servlet.http.HttpServletResponse, String> f = Miss::set;",
  })
  void aMethodReferenceToASinkWarnsThatItsNameIsUnknown(String statement) {
    JavaFileObject file = testSource("Miss", "import io.cookieregistry.CookieName;\n" + DECLARATIONS
        + "class Miss {\n"
        + "  static void set(jakarta.servlet.http.HttpServletResponse r, @CookieName String n) {}\n"
        + "  void w() {\n    " + statement + "\n  }\n}\n");
    Compilation compilation = compile(file);
    assertThat(compilation).hadWarningContaining("[cookieregistry:dynamic-name]").inFile(file)
        .onLineContaining("::");
    assertEquals(1, messages(compilation, "dynamic-name").size(), () -> ours(compilation).toString());
  }

  @Test
  void aCookieNameFieldChangedInPlaceIsChecked() {
    JavaFileObject file = testSource("F", "import io.cookieregistry.CookieName;\n" + DECLARATIONS
        + "class F {\n"
        + "  @CookieName String name = \"sessionid\";\n"
        + "  @CookieName String[] names = {\"sessionid\"};\n"
        + "  void change(String suffix) {\n"
        + "    name += \"_plus\";\n"
        + "    names[0] = \"element_miss\";\n"
        + "    name += suffix;\n"
        + "    names[0] += \"_element\";\n"
        + "  }\n}\n");
    Compilation compilation = compile(file);
    assertThat(compilation).hadWarningContaining("[cookieregistry:dynamic-name]").inFile(file)
        .onLineContaining("name += \"_plus\"");
    assertThat(compilation).hadErrorContaining("cookie 'element_miss'").inFile(file)
        .onLineContaining("names[0] = ");
    assertThat(compilation).hadWarningContaining("[cookieregistry:dynamic-name]").inFile(file)
        .onLineContaining("name += suffix");
    assertThat(compilation).hadWarningContaining("[cookieregistry:dynamic-name]").inFile(file)
        .onLineContaining("names[0] += ");
    assertEquals(1, compilation.errors().size(), () -> ours(compilation).toString());
    assertEquals(3, messages(compilation, "dynamic-name").size(), () -> ours(compilation).toString());
  }

  @Test
  void aCookieNameParameterHoldsThroughOverridingAndSupertypeCalls() {
    JavaFileObject file = testSource("O", "import io.cookieregistry.CookieName;\n" + DECLARATIONS
        + "interface Setter { void set(jakarta.servlet.http.HttpServletResponse r, @CookieName String n); }\n"
        + "interface Plain { void put(String n); }\n"
        + "class O implements Setter, Plain {\n"
        + "  public void set(jakarta.servlet.http.HttpServletResponse r, String n) {\n"
        + "    r.addCookie(new jakarta.servlet.http.Cookie(n, \"v\"));\n  }\n"
        + "  public void put(@CookieName String n) { new jakarta.servlet.http.Cookie(n, \"v\"); }\n"
        + "  void use(Setter s, O o, Plain p, jakarta.servlet.http.HttpServletResponse r) {\n"
        + "    s.set(r, \"through_interface\");\n"
        + "    o.set(r, \"through_class\");\n"
        + "    p.put(\"through_plain\");\n"
        + "  }\n}\n");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining("cookie 'through_interface'").inFile(file)
        .onLineContaining("through_interface");
    assertThat(compilation).hadErrorContaining("cookie 'through_class'").inFile(file)
        .onLineContaining("through_class");
    assertThat(compilation).hadErrorContaining("cookie 'through_plain'").inFile(file)
        .onLineContaining("through_plain");
    assertEquals(List.of(), messages(compilation, "dynamic-name"));
    assertEquals(3, compilation.errors().size(), () -> ours(compilation).toString());
  }
}
