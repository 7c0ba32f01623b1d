package io.cookieregistry.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.cookieregistry.processor.ProcessorTesting.DECLARATIONS;
import static io.cookieregistry.processor.ProcessorTesting.compile;
import static io.cookieregistry.processor.ProcessorTesting.messages;
import static io.cookieregistry.processor.ProcessorTesting.testSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dynamic-name warning names the one fix that applies where the name comes from. */
class AdviceTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "name     | mark the parameter 'name' of test.A.set with @CookieName",
      "field    | mark the field test.A.field with @CookieName",
      "method() | mark the method test.A.method() with @CookieName",
      "local    | give the variable 'local' a constant",
      "System.getProperty(\"c\") | java.lang.System.getProperty() comes from a dependency",
      "marked.trim() | computed at run time from a @CookieName value",
      "name + \"=\" + 1 | mark the parameter 'name' of test.A.set with @CookieName",
      "followed | mark the parameter 'name' of test.A.set with @CookieName",
  })
  void namesTheApplicableFix(String expression, String fix) {
    boolean header = expression.contains("\"=\"");
    String write = header ? "r.addHeader(\"Set-Cookie\", " + expression + ");"
        : "r.addCookie(new jakarta.servlet.http.Cookie(" + expression + ", \"v\"));";
    JavaFileObject file = testSource("A", DECLARATIONS + "class A {\n"
        + "  String field = \"x\";\n"
        + "  @io.cookieregistry.CookieName String marked = \"sessionid\";\n"
        + "  String method() { return field; }\n"
        + "  void set(jakarta.servlet.http.HttpServletResponse r, String name) {\n"
        + "    String local = name;\n"
        + "    String followed = name;\n"
        + "    if (local.isEmpty()) { local = \"x\" + name; }\n"
        + "    " + write + "\n  }\n}\n");
    Compilation compilation = compile(file);
    assertThat(compilation).hadWarningContaining(fix).inFile(file).onLineContaining("r.add");
    List<String> warnings = messages(compilation, "dynamic-name");
    assertEquals(1, warnings.size(), warnings::toString);
    assertFalse(warnings.get(0).contains("mark the field test.A.marked"), warnings::toString);
  }
}
