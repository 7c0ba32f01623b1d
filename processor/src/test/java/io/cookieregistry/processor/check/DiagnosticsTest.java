package io.cookieregistry.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.cookieregistry.processor.check.CheckTesting.registryClasses;
import static io.cookieregistry.processor.check.CheckTesting.DECLARATIONS;
import static io.cookieregistry.processor.check.CheckTesting.compile;
import static io.cookieregistry.processor.check.CheckTesting.messages;
import static io.cookieregistry.processor.check.CheckTesting.ours;
import static io.cookieregistry.processor.check.CheckTesting.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The wording, suggestion, suppression and reach of the write check's diagnostics. */
class DiagnosticsTest {
  private static JavaFileObject writer(String name, String cookie) {
    return source(name, "class " + name + " { Object c = new jakarta.servlet.http.Cookie(\""
        + cookie + "\", \"v\"); }\n");
  }

  @Test
  void messageNamesCookieSinkSuggestionAndFix() {
    JavaFileObject file = source("M", DECLARATIONS + "class M {}");
    assertThat(compile(file, writer("A", "visitor_uid"))).hadErrorContaining(
        "[cookieregistry:undeclared] cookie 'visitor_uid' is written by"
        + " jakarta.servlet.http.Cookie(name, value) but not declared; did you mean 'visitor_id'?"
        + " Declare it: @DeclaredCookie(name = \"visitor_uid\", category = CookieCategory.…,"
        + " purpose = \"…\")");
  }

  @Test
  void noSuggestionWhenNothingIsClose() {
    Compilation compilation = compile(source("M", DECLARATIONS + "class M {}"),
        writer("A", "completely_else"));
    String message = messages(compilation, "undeclared").get(0);
    assertTrue(!message.contains("did you mean") && message.contains("'completely_else'"), message);
  }

  @Test
  void nearestNameIsCloseOrNothing() {
    assertEquals("sessionid", NearestName.of("sesisonid", List.of("csrftoken", "sessionid")));
    assertEquals("sid", NearestName.of("uid", List.of("sid")));
    assertEquals(null, NearestName.of("ab", List.of("xy")));
    assertEquals(2, NearestName.distance("visitor_uid", "visitorid"));
  }

  @Test
  void everyUndeclaredWriteOfTheCompilationIsReported() {
    Compilation compilation = compile(source("M", DECLARATIONS + "class M {}"),
        writer("A", "first_one"), writer("B", "second_one"), writer("C", "third_one"));
    assertEquals(3, messages(compilation, "undeclared").size(), () -> ours(compilation).toString());
    assertThat(compilation).hadErrorContaining("'third_one'").inFile(writer("C", "third_one"))
        .onLineContaining("third_one");
  }

  @Test
  void suppressionSilencesItsElementOnly() {
    JavaFileObject file = source("S", DECLARATIONS + "class S {\n"
        + "  @SuppressWarnings(\"cookieregistry\") Object a() {\n"
        + "    return new jakarta.servlet.http.Cookie(\"silenced_one\", \"v\"); }\n"
        + "  Object b() { @SuppressWarnings(\"cookieregistry\") Object l ="
        + " new jakarta.servlet.http.Cookie(\"silenced_two\", \"v\"); return l; }\n"
        + "  @SuppressWarnings(\"cookieregistry\") static class N { Object c = new Object() {\n"
        + "    Object d = new jakarta.servlet.http.Cookie(\"silenced_three\", \"v\"); }; }\n"
        + "  Object e(String dyn) { return new jakarta.servlet.http.Cookie(\"loud_one\", \"v\"); }\n"
        + "}\n");
    Compilation compilation = compile(file);
    assertEquals(1, messages(compilation, "undeclared").size(), () -> ours(compilation).toString());
    assertThat(compilation).hadErrorContaining("'loud_one'");
  }

  @Test
  void unusedIsOptInAndSkipsWrittenNamesAndPatterns() {
    JavaFileObject file = source("U", DECLARATIONS
        + "@io.cookieregistry.DeclaredCookie(name = \"ab_*\","
        + " category = io.cookieregistry.CookieCategory.STATISTICS, purpose = \"Tests\")\n"
        + "class U { Object c = new jakarta.servlet.http.Cookie(\"sessionid\", \"v\"); }\n");
    assertEquals(List.of(), messages(compile(file), "unused"));
    Compilation linted = compile(List.of("-Acookieregistry.unused=warning"), file);
    assertThat(linted).succeeded();
    List<String> unused = messages(linted, "unused");
    assertEquals(1, unused.size(), unused::toString);
    assertTrue(unused.get(0).contains("cookie 'visitor_id' is declared but no code"), unused::toString);
    assertThat(linted).hadWarningContaining("'visitor_id'").inFile(file)
        .onLineContaining("visitor_id");
  }

  @Test
  void unusedAsErrorFailsTheBuild() {
    Compilation compilation = compile(List.of("-Acookieregistry.unused=error"),
        source("U", DECLARATIONS + "class U {}"));
    assertThat(compilation).failed();
    assertEquals(2, messages(compilation, "unused").size());
  }

  @Test
  void generatedRegistryIsNotChecked() {
    Compilation compilation = compile(source("M", DECLARATIONS + "class M {}"));
    assertThat(compilation).succeeded();
    assertEquals(List.of(), ours(compilation));
    assertEquals(1, registryClasses(compilation));
  }
}
