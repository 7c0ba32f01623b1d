package io.cookieregistry.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.cookieregistry.processor.ProcessorTesting.compile;
import static io.cookieregistry.processor.ProcessorTesting.messages;
import static io.cookieregistry.processor.ProcessorTesting.testSource;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The unused lint on declarations in every place they may stand, and with framework rows. */
class UnusedLintTest {
  private static final String UNUSED = "-Acookieregistry.unused=warning";

  private static String declared(String name) {
    return "@io.cookieregistry.DeclaredCookie(name = \"" + name + "\", category ="
        + " io.cookieregistry.CookieCategory.NECESSARY, purpose = \"p\")";
  }

  @Test
  void declarationsOnMethodsConstructorsAndFieldsAreLinted() {
    JavaFileObject file = testSource("Places", "class Places {\n"
        + "  " + declared("on_method") + "\n  void m() {}\n"
        + "  " + declared("on_constructor") + "\n  Places() {}\n"
        + "  " + declared("on_field") + "\n  int f;\n"
        + "  " + declared("written") + "\n"
        + "  void w() { new jakarta.servlet.http.Cookie(\"written\", \"v\"); }\n}\n");
    Compilation compilation = compile(List.of(UNUSED), file);
    assertThat(compilation).succeeded();
    for (String name : List.of("on_method", "on_constructor", "on_field")) {
      assertThat(compilation).hadWarningContaining("cookie '" + name + "' is declared but no code")
          .inFile(file).onLineContaining("\"" + name + "\"");
    }
    assertEquals(3, messages(compilation, "unused").size());
  }

  @Test
  void aConfiguredCsrfRepositoryUsesItsDeclaredDefault() {
    JavaFileObject file = testSource("Security", declared("XSRF-TOKEN") + "\n" + declared("remember-me")
        + "\nclass Security {\n"
        + "  Object csrf() { return " + FrameworkCases.CSRF + ".withHttpOnlyFalse(); }\n}\n");
    Compilation compilation = compile(List.of(UNUSED), file);
    List<String> unused = messages(compilation, "unused");
    assertEquals(1, unused.size(), unused::toString);
    assertThat(compilation).hadWarningContaining("cookie 'remember-me' is declared");
  }
}
