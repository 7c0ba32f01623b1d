package io.cookieregistry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.cookieregistry.processor.ProcessorTesting.compile;
import static io.cookieregistry.processor.ProcessorTesting.messages;
import static io.cookieregistry.processor.ProcessorTesting.ours;
import static io.cookieregistry.processor.ProcessorTesting.testSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Declarations on local classes, which processing rounds never show: read when javac analyses
 * the class that holds them, validated like any other, and accepted for the writes judged after.
 */
class LateDeclarationsTest {
  static final String LOCAL_SID = "    @io.cookieregistry.DeclaredCookie(name = \"sid\","
      + " category = io.cookieregistry.CookieCategory.NECESSARY, purpose = \"Session\")\n"
      + "    class Declarations {}\n";
  static final String WRITE_SID = "    r.addCookie(new jakarta.servlet.http.Cookie(\"sid\", v));\n";

  private static JavaFileObject login(String first, String second) {
    return testSource("Login", "class Login {\n"
        + "  void a(jakarta.servlet.http.HttpServletResponse r, String v) {\n" + first + "  }\n"
        + "  void b(jakarta.servlet.http.HttpServletResponse r, String v) {\n" + second + "  }\n"
        + "}\n");
  }

  /** A class {@code Declared} that declares one cookie. */
  private static JavaFileObject declared(String name, String category, String purpose) {
    return testSource("Declared", "@io.cookieregistry.DeclaredCookie(name = \"" + name
        + "\", category = io.cookieregistry.CookieCategory." + category + ", purpose = \""
        + purpose + "\")\nclass Declared {}\n");
  }

  @ParameterizedTest(name = "declared in {0}")
  @ValueSource(strings = {"a, written in b", "b, written in a"})
  void aLocalClassDeclaresForTheWritesOfItsClass(String order) {
    Compilation compilation = compile(order.startsWith("a")
        ? login(LOCAL_SID, WRITE_SID) : login(WRITE_SID, LOCAL_SID));
    assertThat(compilation).succeeded();
    assertEquals(List.of(), ours(compilation));
  }

  /** Members of an anonymous class declare like a local class: a method and a member class. */
  @Test
  void anAnonymousClassDeclaresLikeALocalOne() {
    JavaFileObject file = testSource("Anon", "class Anon {\n"
        + "  Object holder = new Object() {\n"
        + "    @io.cookieregistry.DeclaredCookie(name = \"sid\","
        + " category = io.cookieregistry.CookieCategory.NECESSARY, purpose = \"Session\")\n"
        + "    void declares() {}\n"
        + "    @io.cookieregistry.DeclaredCookie(name = \"l n\","
        + " category = io.cookieregistry.CookieCategory.NECESSARY, purpose = \"Bad\")\n"
        + "    class Nested {}\n"
        + "  };\n"
        + "  void w(jakarta.servlet.http.HttpServletResponse r, String v) {\n" + WRITE_SID + "  }\n"
        + "}\n");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining("[cookieregistry:invalid-name]").inFile(file)
        .onLineContaining("name = \"l n\"");
    assertEquals(List.of(), messages(compilation, "undeclared"));
    assertEquals(1, compilation.errors().size(), () -> ours(compilation).toString());
  }

  @Test
  void anInvalidLocalDeclarationIsReportedAtItsLine() {
    JavaFileObject file = testSource("Bad", "class Bad {\n  void m() {\n"
        + "    @io.cookieregistry.DeclaredCookie(name = \"s id\",\n"
        + "        category = io.cookieregistry.CookieCategory.NECESSARY, purpose = \" \")\n"
        + "    record Declarations() {}\n  }\n}\n");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining("[cookieregistry:invalid-name]").inFile(file)
        .onLineContaining("name = \"s id\"");
    assertThat(compilation).hadErrorContaining("[cookieregistry:blank-purpose]").inFile(file)
        .onLineContaining("purpose = \" \"");
  }

  @Test
  void aLocalDeclarationConflictingWithAnEarlierOneIsReported() {
    Compilation compilation = compile(declared("sid", "NECESSARY", "Login"),
        login(LOCAL_SID, WRITE_SID));
    assertThat(compilation).hadErrorContaining("[cookieregistry:conflict] cookie 'sid' is"
        + " declared differently in test.Declared").inFile(compilation.sourceFiles().get(1))
        .onLineContaining("name = \"sid\"");
  }

  /**
   * A class javac analyses before the local class that declares its cookie: its write stays an
   * error (javac has written nothing of it, and rebuilds it with the next build), with a note
   * pointing at the declaration javac read too late.
   */
  @Test
  void aWriteCheckedBeforeTheLocalDeclarationIsAnErrorWithANote() {
    JavaFileObject early = testSource("Early", "class Early {\n"
        + "  void w(jakarta.servlet.http.HttpServletResponse r, String v) {\n" + WRITE_SID
        + "  }\n}\n");
    Compilation compilation = compile(early, login(LOCAL_SID, WRITE_SID));
    assertThat(compilation).hadErrorContaining("cookie 'sid' is written by").inFile(early)
        .onLineContaining("addCookie");
    assertThat(compilation).hadNoteContaining("cookie 'sid' is declared in test.Login#a"
        + "#Declarations, which javac read only after it had checked this write").inFile(early)
        .onLineContaining("addCookie");
    assertEquals(1, messages(compilation, Diagnostic.Kind.ERROR, "undeclared").size(),
        () -> ours(compilation).toString());
  }

  /** An anonymous class has no name: the note names what holds it. */
  @Test
  void aDeclarationInAnAnonymousClassIsNamedAfterWhatHoldsIt() {
    JavaFileObject early = testSource("Early", "class Early {\n"
        + "  void w(jakarta.servlet.http.HttpServletResponse r, String v) {\n" + WRITE_SID
        + "  }\n}\n");
    JavaFileObject anonymous = testSource("Anon", "class Anon {\n"
        + "  Object holder = new Object() {\n"
        + "    @io.cookieregistry.DeclaredCookie(name = \"sid\","
        + " category = io.cookieregistry.CookieCategory.NECESSARY, purpose = \"Session\")\n"
        + "    void declares() {}\n"
        + "  };\n}\n");
    Compilation compilation = compile(early, anonymous);
    assertThat(compilation).hadNoteContaining("cookie 'sid' is declared in test.Anon#"
        + "holder#(anonymous class)#declares, which javac read only after").inFile(early)
        .onLineContaining("addCookie");
  }

  /** With no declaration processed, the first registry and policy are written at the end. */
  @Test
  void aModuleDeclaringOnlyInLocalClassesGetsItsRegistry() throws Exception {
    Compilation compilation = compile(login(LOCAL_SID, WRITE_SID));
    assertThat(compilation).succeeded();
    String registry = ProcessorTesting.classOutput(compilation, GeneratedFilesTest.SERVICES).strip();
    assertEquals(List.of("sid"), GeneratedFilesTest.loadRegistry(compilation, registry)
        .declarations().stream().map(c -> c.name()).toList());
    assertTrue(ProcessorTesting.classOutput(compilation, GeneratedFilesTest.JSON)
        .contains("\"sid\""));
  }

  /**
   * compile-testing keeps the class output in memory: a registry written when processing ended
   * cannot be written again, so the cookies that the local class adds are named as missing.
   */
  @Test
  void aRegistryThatCannotBeWrittenAgainNamesTheMissingCookies() {
    Compilation compilation = compile(declared("theme", "PREFERENCES", "Theme"),
        login(LOCAL_SID, WRITE_SID));
    List<String> output = messages(compilation, Diagnostic.Kind.ERROR, "output");
    assertEquals(1, output.size(), () -> ours(compilation).toString());
    assertTrue(output.get(0).contains("the registry and the policy lack the cookies declared"
        + " after annotation processing ('sid')"), output.get(0));
  }
}
