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

/** How names resolve: constants, concatenation, prefixes, run-time names and {@code @CookieName}. */
class NameTest {
  private static final JavaFileObject NAMES = testSource("Names", "interface Names {\n"
      + "  String SESSION = \"sessionid\"; String VISITOR = \"visitor_\" + \"uid\"; }\n");

  private static JavaFileObject writing(String expression) {
    return testSource("W", DECLARATIONS
        + "@io.cookieregistry.DeclaredCookie(name = \"_pk_id.*\","
        + " category = io.cookieregistry.CookieCategory.STATISTICS, purpose = \"Visits\")\n"
        + "class W {\n  Object w(String id, int n) {\n"
        + "    return new jakarta.servlet.http.Cookie(" + expression + ", \"v\");\n  }\n}\n");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "\"visitor_uid\"                           | visitor_uid",
      "(\"visitor\" + (\"_\" + \"uid\"))         | visitor_uid",
      "Names.VISITOR                             | visitor_uid",
      "(String) Names.VISITOR                    | visitor_uid",
      "jakarta.servlet.http.HttpServletRequest.BASIC_AUTH | BASIC",
      "\"v\" + 1 + 'c' + true                    | v1ctrue",
  })
  void undeclaredConstantIsNamed(String expression, String name) {
    JavaFileObject file = writing(expression);
    Compilation compilation = compile(file, NAMES);
    assertThat(compilation).hadErrorContaining("cookie '" + name + "' is written by")
        .inFile(file).onLineContaining("new jakarta");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Names.SESSION", "\"session\" + \"id\"", "\"_pk_id.1.\" + \"maia\"", "\"_pk_id.1.\" + id",
      "\"_pk_id.\" + n + \".x\""})
  void declaredOrCoveredCompiles(String expression) {
    Compilation compilation = compile(writing(expression), NAMES);
    assertThat(compilation).succeeded();
    assertEquals(List.of(), ours(compilation));
  }

  @Test
  void finalLocalConstantIsResolved() {
    JavaFileObject file = testSource("L", DECLARATIONS + "class L { void w() {\n"
        + "  final String name = \"visitor_uid\";\n"
        + "  new jakarta.servlet.http.Cookie(name, \"v\"); } }\n");
    assertThat(compile(file)).hadErrorContaining("cookie 'visitor_uid'").inFile(file)
        .onLineContaining("new jakarta");
  }

  @Test
  void eachBranchOfAConditionalNameIsChecked() {
    JavaFileObject file = writing("n > 0 ? Names.SESSION : (\"visitor_\" + \"uid\")");
    Compilation compilation = compile(file, NAMES);
    assertThat(compilation).hadErrorContaining("cookie 'visitor_uid' is written by")
        .inFile(file).onLineContaining("new jakarta");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compile(writing("n > 0 ? Names.SESSION : \"_pk_id.2\""), NAMES)).succeeded();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "\" sessionid\t= 1; Path=/\"   | ",
      "\"sessionid=\" + id + \"; Path=/\" | ",
      "\"x; sessionid=1\"             | has no cookie name (no '=' before the first ';'",
      "\" =1; Path=/\"                | or nothing before the '='",
      "\"visitor_uid=1\"              | cookie 'visitor_uid' is written"})
  void headerValuesAreReadAsTheGuardReadsThem(String value, String error) {
    JavaFileObject file = testSource("H", DECLARATIONS + "class H {\n"
        + "  void w(jakarta.servlet.http.HttpServletResponse r, String id) {\n"
        + "    r.addHeader(\"Set-Cookie\", " + value + ");\n  }\n}\n");
    Compilation compilation = compile(file);
    if (error == null) {
      assertEquals(List.of(), ours(compilation));
    } else {
      assertThat(compilation).hadErrorContaining(error).inFile(file).onLineContaining("addHeader");
    }
  }

  @Test
  void prefixWithoutPatternFails() {
    JavaFileObject file = writing("\"ab_\" + id");
    assertThat(compile(file)).hadErrorContaining("cookies named 'ab_…'").inFile(file)
        .onLineContaining("ab_");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"error,ERROR", "warning,WARNING", "'',WARNING", "ignore,"})
  void runTimeNameFollowsTheOption(String level, Diagnostic.Kind kind) {
    Compilation compilation = compile(List.of("-Acookieregistry.dynamicNames=" + level),
        writing("id.trim()"));
    List<String> found = messages(compilation, "dynamic-name");
    if (kind == null) {
      assertEquals(List.of(), found);
    } else {
      assertEquals(1, messages(compilation, kind, "dynamic-name").size(), found::toString);
      assertEquals(kind == Diagnostic.Kind.ERROR, compilation.status() == Compilation.Status.FAILURE);
    }
  }

  @Test
  void helperParameterMovesTheCheckToEveryCall() {
    JavaFileObject file = testSource("H", "import io.cookieregistry.CookieName;\n" + DECLARATIONS
        + "class H {\n"
        + "  static void set(jakarta.servlet.http.HttpServletResponse r, @CookieName String name) {\n"
        + "    r.addCookie(new jakarta.servlet.http.Cookie(name, \"v\")); }\n"
        + "  static void expire(@CookieName String... names) {\n"
        + "    for (String n : names) new jakarta.servlet.http.Cookie(n, \"\"); }\n"
        + "  H(@CookieName String name) {}\n"
        + "  void use(jakarta.servlet.http.HttpServletResponse r) {\n"
        + "    set(r, \"sessionid\");\n"
        + "    set(r, \"visitor_uid\");\n"
        + "    expire(\"sessionid\", \"varargs_one\");\n"
        + "    expire(new String[] {\"array_one\"});\n"
        + "    new H(\"ctor_one\");\n"
        + "  } }\n");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining("cookie 'visitor_uid' is written by test.H.set(@CookieName name)")
        .inFile(file).onLineContaining("set(r, \"visitor_uid\")");
    assertThat(compilation).hadErrorContaining("cookie 'varargs_one'").inFile(file)
        .onLineContaining("varargs_one");
    assertThat(compilation).hadErrorContaining("cookie 'array_one'").inFile(file)
        .onLineContaining("array_one");
    assertThat(compilation).hadErrorContaining("cookie 'ctor_one'").inFile(file)
        .onLineContaining("ctor_one");
    assertEquals(4, compilation.errors().size(), () -> ours(compilation).toString());
    assertEquals(List.of(), messages(compilation, "dynamic-name"));
  }

  @Test
  void fieldIsCheckedWhereSetAndAcceptedWhereUsed() {
    JavaFileObject file = testSource("F", "import io.cookieregistry.CookieName;\n" + DECLARATIONS
        + "class F {\n"
        + "  @CookieName private String cookieName = \"visitor_uid\";\n"
        + "  @CookieName private String other = \"sessionid\";\n"
        + "  void setCookieName(String name) { this.cookieName = name; }\n"
        + "  void reset() { other = \"field_two\"; }\n"
        + "  Object write() { return new jakarta.servlet.http.Cookie(this.cookieName, \"v\"); }\n"
        + "  Object writeOther() { return new jakarta.servlet.http.Cookie(other, \"v\"); }\n"
        + "}\n");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining("cookie 'visitor_uid' is written by the @CookieName"
        + " field test.F.cookieName").inFile(file).onLineContaining("= \"visitor_uid\"");
    assertThat(compilation).hadErrorContaining("cookie 'field_two'").inFile(file)
        .onLineContaining("field_two");
    assertEquals(2, compilation.errors().size(), () -> ours(compilation).toString());
    assertThat(compilation).hadWarningContaining("[cookieregistry:dynamic-name] the cookie name"
        + " written by the @CookieName field test.F.cookieName").inFile(file)
        .onLineContaining("this.cookieName = name");
  }
}
