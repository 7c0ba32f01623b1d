package io.cookieregistry.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.cookieregistry.processor.ProcessorTesting.compile;
import static io.cookieregistry.processor.ProcessorTesting.messages;
import static io.cookieregistry.processor.ProcessorTesting.ours;
import static io.cookieregistry.processor.check.FrameworkCases.configuringClass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Every configuration row against the real jars: here the previous major versions of the
 * frameworks whose API differs (Spring Framework 6, Spring Security 6, Spring Session 3, Jetty
 * 11), which are this module's test class path, with the current Shiro, Undertow, Tomcat and
 * servlet APIs; {@link CurrentFrameworksTest} runs the same cases against the current majors.
 *
 * <p>Each case is a class of its own (the reach of a rename is the class, or for the session
 * cookie the compilation), and the cases of a test are compiled together: one compilation per
 * test rather than one per case, as the cases share nothing a rename could carry between them.
 */
class FrameworkSinkTest {
  boolean current() {
    return false;
  }

  Compilation compileWith(List<String> options, List<JavaFileObject> files) {
    return compile(options, files.toArray(JavaFileObject[]::new));
  }

  /** One class per case, named after its index: {@code make(className, case)}. */
  private static List<JavaFileObject> classes(Stream<Arguments> cases,
      BiFunction<String, Object[], JavaFileObject> make) {
    List<JavaFileObject> files = new ArrayList<>();
    cases.forEach(c -> files.add(make.apply("Case" + files.size(), c.get())));
    return files;
  }

  @Test
  void undeclaredDefaultNamesFailAtTheConfiguringLine() {
    List<Object[]> cases = FrameworkCases.defaults(current()).map(Arguments::get).toList();
    List<JavaFileObject> files = classes(cases.stream().map(Arguments::of),
        (name, c) -> configuringClass(name, (String) c[0]));
    Compilation compilation = compileWith(List.of(), files);
    for (int i = 0; i < cases.size(); i++) {
      String statement = (String) cases.get(i)[0];
      assertThat(compilation).hadErrorContaining("[cookieregistry:undeclared] cookie '"
          + cases.get(i)[1] + "' is written by ").inFile(files.get(i)).onLineContaining(statement);
      assertThat(compilation).hadErrorContaining((String) cases.get(i)[2]).inFile(files.get(i))
          .onLineContaining(statement);
    }
    assertEquals(cases.size(), compilation.errors().size(), () -> ours(compilation).toString());
  }

  /** Also the unused lint: a name the framework writes by default counts as written. */
  @Test
  void declaredDefaultNamesCompileCleanly() {
    List<JavaFileObject> files = classes(FrameworkCases.defaults(current()),
        (name, c) -> configuringClass(name, (String) c[0], (String) c[1]));
    Compilation compilation = compileWith(List.of("-Acookieregistry.unused=warning"), files);
    assertThat(compilation).succeeded();
    List<String> unused = messages(compilation, "unused");
    // sessionid and visitor_id, which nothing writes, and no other message
    assertEquals(2, unused.size(), unused::toString);
    assertTrue(unused.stream().allMatch(m -> m.contains("'sessionid'") || m.contains("'visitor_id'")),
        unused::toString);
    assertEquals(unused, ours(compilation));
  }

  @Test
  void undeclaredChosenNamesFailAndReplaceTheDefault() {
    List<JavaFileObject> files = classes(FrameworkCases.named(current()),
        (name, c) -> configuringClass(name, ((String) c[0]).replace("NAME", "\"visitor_uid\"")));
    Compilation compilation = compileWith(List.of(), files);
    for (JavaFileObject file : files) {
      assertThat(compilation).hadErrorContaining("[cookieregistry:undeclared] cookie 'visitor_uid'")
          .inFile(file).onLineContaining("visitor_uid");
    }
    assertEquals(files.size(), compilation.errors().size(), () -> ours(compilation).toString());
  }

  @Test
  void declaredChosenNamesCompileCleanly() {
    compilesCleanly(classes(FrameworkCases.named(current()),
        (name, c) -> configuringClass(name, ((String) c[0]).replace("NAME", "\"sessionid\""))));
  }

  @Test
  void runTimeNamesAreDynamicNameWarnings() {
    List<JavaFileObject> files = classes(FrameworkCases.named(current()), (name, c) ->
        configuringClass(name, ((String) c[0]).replace("NAME", "System.getProperty(\"cookie\")")));
    Compilation compilation = compileWith(List.of(), files);
    assertThat(compilation).succeeded();
    for (JavaFileObject file : files) {
      assertThat(compilation).hadWarningContaining("[cookieregistry:dynamic-name]").inFile(file)
          .onLineContaining("System.getProperty");
    }
    assertEquals(files.size(), messages(compilation, Diagnostic.Kind.WARNING, "dynamic-name")
        .size(), () -> ours(compilation).toString());
    assertEquals(files.size(), ours(compilation).size(), () -> ours(compilation).toString());
  }

  @Test
  void callsThatWriteNoCookieOfTheirOwnCompileCleanly() {
    compilesCleanly(classes(FrameworkCases.silent(), (name, c) -> configuringClass(name, (String) c[0])));
  }

  private void compilesCleanly(List<JavaFileObject> files) {
    Compilation compilation = compileWith(List.of(), files);
    assertThat(compilation).succeeded();
    assertEquals(List.of(), ours(compilation));
  }
}
