package io.cookieregistry.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static io.cookieregistry.processor.ProcessorTesting.compile;
import static io.cookieregistry.processor.ProcessorTesting.messages;
import static io.cookieregistry.processor.ProcessorTesting.testSource;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import io.cookieregistry.processor.CookieRegistryProcessor;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Multi-module: a common module declares a cookie and ships a {@code @CookieName} helper; an
 * application that has its classes on the class path writes the cookie and calls the helper.
 */
class DependencyTest {
  @TempDir Path common;

  @TempDir Path named;

  @Test
  void dependencyDeclarationsAndHelpersCount() throws IOException {
    List<File> classpath = library(common, List.of());
    JavaFileObject app = testSource("App", "class App {\n"
        + "  Object a = new jakarta.servlet.http.Cookie(\"shared_id\", \"v\");\n"
        + "  Object c = new jakarta.servlet.http.Cookie(test.Shared.name(), \"v\");\n"
        + "  void b() { test.Shared.set(\"app_only\"); }\n}\n");
    Compilation compilation = javac().withProcessors(new CookieRegistryProcessor())
        .withClasspath(classpath).compile(app);
    // Compiled without -parameters, the jar's parameter has no name: say where it stands.
    assertThat(compilation).hadErrorContaining("cookie 'app_only' is written by"
        + " test.Shared.set(@CookieName parameter 1)").inFile(app).onLineContaining("app_only");
    assertEquals(1, messages(compilation, "undeclared").size());
    assertEquals(List.of(), messages(compilation, "dynamic-name"), "Shared.name() is @CookieName");
  }

  @Test
  void helperCompiledWithParametersIsNamedByThem() throws IOException {
    List<File> classpath = library(named, List.of("-parameters"));
    JavaFileObject app = testSource("App", "class App { void b() { test.Shared.set(\"app_only\"); } }");
    assertThat(javac().withProcessors(new CookieRegistryProcessor()).withClasspath(classpath)
        .compile(app)).hadErrorContaining("test.Shared.set(@CookieName cookie)");
  }

  /** Compiles the common module into {@code dir}; the class path of a module that uses it. */
  private static List<File> library(Path dir, List<String> options) throws IOException {
    Compilation library = compile(options, testSource("Shared",
        "@io.cookieregistry.DeclaredCookie(name = \"shared_id\","
            + " category = io.cookieregistry.CookieCategory.NECESSARY, purpose = \"Shared\")\n"
            + "public class Shared {\n"
            + "  public static void set(@io.cookieregistry.CookieName String cookie) {}\n"
            + "  @io.cookieregistry.CookieName public static String name() {"
            + " return \"shared_id\"; }\n}\n"));
    assertThat(library).succeeded();
    for (JavaFileObject file : library.generatedFiles()) {
      String uri = file.toUri().getPath();
      int at = uri.indexOf("CLASS_OUTPUT/");
      if (at >= 0) {
        Path target = dir.resolve(uri.substring(at + "CLASS_OUTPUT/".length()));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.copy(in, target);
        }
      }
    }
    List<File> classpath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }
    classpath.add(dir.toFile());
    return classpath;
  }
}
