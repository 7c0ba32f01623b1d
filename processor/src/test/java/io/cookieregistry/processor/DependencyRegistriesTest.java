package io.cookieregistry.processor;

import static io.cookieregistry.processor.ProcessorTesting.source;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Modules see the declarations of the registries on their class path: a module must declare a
 * shared cookie as its dependency does, and a registry left in its own output by an earlier build
 * is not a dependency.
 */
class DependencyRegistriesTest {
  private static final JavaFileObject COMMON = source("common.Shared",
      "package common;",
      "import io.cookieregistry.*;",
      "@DeclaredCookie(name = \"shared\", category = CookieCategory.NECESSARY, purpose = \"p\")",
      "public class Shared {}");

  private static List<String> compile(Path out, List<Path> classPath, JavaFileObject... sources)
      throws IOException {
    return ProcessorTesting.compileInto(out, classPath, sources);
  }

  @Test
  void aDeclarationThatADependencyMakesDifferentlyIsAConflictNamingItsRegistry(
      @TempDir Path common, @TempDir Path app) throws IOException {
    List<String> first = compile(common, List.of(), COMMON);
    assertFalse(first.contains("FAILED"), first.toString());

    List<String> messages = compile(app, List.of(common), source("app.Tracker",
        "package app;",
        "import io.cookieregistry.*;",
        "@DeclaredCookie(name = \"shared\", category = CookieCategory.MARKETING, purpose = \"p\")",
        "class Tracker {}"));
    assertTrue(messages.contains("FAILED"), messages.toString());
    assertTrue(messages.stream().anyMatch(m -> m.contains("[cookieregistry:conflict] cookie"
        + " 'shared' is declared differently by the registry"
        + " io.cookieregistry.generated.CookieRegistry_common_")), messages.toString());
  }

  @Test
  void theSameDeclarationAsADependencyIsFine(@TempDir Path common, @TempDir Path app)
      throws IOException {
    compile(common, List.of(), COMMON);
    List<String> messages = compile(app, List.of(common), source("app.Again",
        "package app;",
        "import io.cookieregistry.*;",
        "@DeclaredCookie(name = \"shared\", category = CookieCategory.NECESSARY, purpose = \"p\")",
        "class Again {}"));
    assertFalse(messages.contains("FAILED"), messages.toString());
  }

  @Test
  void aRegistryInTheOwnOutputIsNotADependency(@TempDir Path out) throws IOException {
    compile(out, List.of(), COMMON);
    // Recompile a changed declaration into the same directory, which is also on the class path,
    // as Maven does: the registry of the earlier build must not count as a dependency.
    List<String> messages = compile(out, List.of(out), source("common.Shared",
        "package common;",
        "import io.cookieregistry.*;",
        "@DeclaredCookie(name = \"shared\", category = CookieCategory.MARKETING, purpose = \"p\")",
        "public class Shared {}"));
    assertFalse(messages.contains("FAILED"), messages.toString());
  }
}
