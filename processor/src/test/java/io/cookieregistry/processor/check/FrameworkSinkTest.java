package io.cookieregistry.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.cookieregistry.processor.check.CheckTesting.compile;
import static io.cookieregistry.processor.check.CheckTesting.messages;
import static io.cookieregistry.processor.check.CheckTesting.ours;
import static io.cookieregistry.processor.check.FrameworkCases.configuring;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every configuration row against the previous major versions of the frameworks (Spring Framework
 * 6, Spring Security 6, Spring Session 3, Jetty 12.0, ...), which are this module's test class
 * path; {@link CurrentFrameworksTest} runs the same cases against the current majors.
 */
class FrameworkSinkTest {
  static Stream<Arguments> defaults() {
    return FrameworkCases.defaults(false);
  }

  static Stream<Arguments> named() {
    return FrameworkCases.named(false);
  }

  static Stream<Arguments> silent() {
    return FrameworkCases.silent();
  }

  static Compilation compileWith(List<String> options, JavaFileObject file) {
    return compile(options, file);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("defaults")
  void undeclaredDefaultNameFailsAtTheConfiguringLine(String statement, String name,
      String framework) {
    JavaFileObject file = configuring(statement);
    Compilation compilation = compileWith(List.of(), file);
    assertThat(compilation).hadErrorContaining("[cookieregistry:undeclared] cookie '" + name
        + "' is written by ").inFile(file).onLineContaining(statement);
    assertThat(compilation).hadErrorContaining(framework);
    assertEquals(1, compilation.errors().size(), () -> ours(compilation).toString());
  }

  /** Also the unused lint: a name the framework writes by default counts as written. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("defaults")
  void declaredDefaultNameCompilesCleanly(String statement, String name, String framework) {
    Compilation compilation = compileWith(List.of("-Acookieregistry.unused=warning"),
        configuring(statement, name));
    assertThat(compilation).succeeded();
    List<String> unused = messages(compilation, "unused");
    assertTrue(unused.stream().noneMatch(m -> m.contains("'" + name + "'")), unused::toString);
    // sessionid and visitor_id, which nothing writes, and no other message
    assertEquals(2, unused.size(), unused::toString);
    assertEquals(unused, ours(compilation));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("named")
  void undeclaredChosenNameFailsAndReplacesTheDefault(String statements) {
    JavaFileObject file = configuring(statements.replace("NAME", "\"visitor_uid\""));
    Compilation compilation = compileWith(List.of(), file);
    assertThat(compilation).hadErrorContaining("[cookieregistry:undeclared] cookie 'visitor_uid'")
        .inFile(file).onLineContaining("visitor_uid");
    assertEquals(1, compilation.errors().size(), () -> ours(compilation).toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("named")
  void declaredChosenNameCompilesCleanly(String statements) {
    compilesCleanly(configuring(statements.replace("NAME", "\"sessionid\"")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("named")
  void runTimeNameIsADynamicNameWarning(String statements) {
    Compilation compilation = compileWith(List.of(),
        configuring(statements.replace("NAME", "System.getProperty(\"cookie\")")));
    assertThat(compilation).succeeded();
    List<String> warnings = messages(compilation, Diagnostic.Kind.WARNING, "dynamic-name");
    assertEquals(1, warnings.size(), () -> ours(compilation).toString());
    assertEquals(1, ours(compilation).size(), () -> ours(compilation).toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("silent")
  void callsThatWriteNoCookieOfTheirOwnCompileCleanly(String statements) {
    compilesCleanly(configuring(statements));
  }

  private void compilesCleanly(JavaFileObject file) {
    Compilation compilation = compileWith(List.of(), file);
    assertThat(compilation).succeeded();
    assertEquals(List.of(), ours(compilation));
  }
}
