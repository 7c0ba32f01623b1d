package io.cookieregistry.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.cookieregistry.processor.ProcessorTesting.registryClasses;
import static io.cookieregistry.processor.ProcessorTesting.DECLARATIONS;
import static io.cookieregistry.processor.ProcessorTesting.compile;
import static io.cookieregistry.processor.ProcessorTesting.messages;
import static io.cookieregistry.processor.ProcessorTesting.ours;
import static io.cookieregistry.processor.ProcessorTesting.testSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The wording, suggestion, suppression and reach of the write check's diagnostics. */
class DiagnosticsTest {
  private static JavaFileObject writer(String name, String cookie) {
    return testSource(name, "class " + name + " { Object c = new jakarta.servlet.http.Cookie(\""
        + cookie + "\", \"v\"); }\n");
  }

  @Test
  void messageNamesCookieSinkSuggestionAndFix() {
    JavaFileObject file = testSource("M", DECLARATIONS + "class M {}");
    assertThat(compile(file, writer("A", "visitor_uid"))).hadErrorContaining(
        "[cookieregistry:undeclared] cookie 'visitor_uid' is written by"
        + " jakarta.servlet.http.Cookie(name, value) but not declared; did you mean 'visitor_id'?"
        + " Declare it: @DeclaredCookie(name = \"visitor_uid\", category = CookieCategory.…,"
        + " purpose = \"…\")");
  }

  @Test
  void noSuggestionWhenNothingIsClose() {
    Compilation compilation = compile(testSource("M", DECLARATIONS + "class M {}"),
        writer("A", "completely_else"));
    String message = messages(compilation, "undeclared").get(0);
    assertTrue(!message.contains("did you mean") && message.contains("'completely_else'"), message);
  }

  @Test
  void nearestNameIsCloseOrNothing() {
    assertEquals("sessionid", NearestName.of("sesisonid", List.of("csrftoken", "sessionid")));
    assertEquals("sid", NearestName.of("uid", List.of("sid")));
    assertEquals(null, NearestName.of("ab", List.of("xy")));
    assertEquals(2, NearestName.distance("visitor_uid", "visitorid", 2));
    assertEquals("sid", NearestName.of("SID", List.of("sid", "uid")));
    assertEquals(null, NearestName.of("", List.of("a", "b")));
  }

  /** The banded, three-row distance agrees with the full matrix wherever it is within the limit. */
  @Test
  void boundedDistanceAgreesWithTheFullMatrix() {
    java.util.Random random = new java.util.Random(42);
    for (int n = 0; n < 3_000; n++) {
      String a = randomWord(random);
      String b = randomWord(random);
      for (int limit = 1; limit <= 2; limit++) {
        assertEquals(Math.min(fullDistance(a, b), limit + 1), NearestName.distance(a, b, limit),
            a + " / " + b + " within " + limit);
      }
    }
  }

  private static String randomWord(java.util.Random random) {
    StringBuilder word = new StringBuilder();
    for (int i = random.nextInt(7); i > 0; i--) {
      word.append((char) ('a' + random.nextInt(3)));
    }
    return word.toString();
  }

  private static int fullDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        if (i == 0 || j == 0) {
          d[i][j] = i + j;
          continue;
        }
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  @Test
  void everyUndeclaredWriteOfTheCompilationIsReported() {
    Compilation compilation = compile(testSource("M", DECLARATIONS + "class M {}"),
        writer("A", "first_one"), writer("B", "second_one"), writer("C", "third_one"));
    assertEquals(3, messages(compilation, "undeclared").size(), () -> ours(compilation).toString());
    assertThat(compilation).hadErrorContaining("'third_one'").inFile(writer("C", "third_one"))
        .onLineContaining("third_one");
  }

  @Test
  void suppressionSilencesItsElementOnly() {
    JavaFileObject file = testSource("S", DECLARATIONS + "class S {\n"
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
    JavaFileObject file = testSource("U", DECLARATIONS
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
        testSource("U", DECLARATIONS + "class U {}"));
    assertThat(compilation).failed();
    assertEquals(2, messages(compilation, "unused").size());
  }

  @Test
  void generatedRegistryIsNotChecked() {
    Compilation compilation = compile(testSource("M", DECLARATIONS + "class M {}"));
    assertThat(compilation).succeeded();
    assertEquals(List.of(), ours(compilation));
    assertEquals(1, registryClasses(compilation));
  }

  @Test
  void aNamelessHeaderCookieSuggestsNoEmptyName() {
    JavaFileObject file = testSource("N", DECLARATIONS + "class N {\n"
        + "  void w(jakarta.servlet.http.HttpServletResponse r) {\n"
        + "    r.addHeader(\"Set-Cookie\", \"justavalue\");\n  }\n}\n");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining("has no cookie name").inFile(file)
        .onLineContaining("justavalue");
    String message = messages(compilation, "undeclared").get(0);
    assertTrue(!message.contains("name = \"\"") && !message.contains("did you mean"), message);
  }

  @Test
  void aSuggestionIgnoresCaseThoughNamesDoNot() {
    Compilation compilation = compile(testSource("M", DECLARATIONS + "class M {}"),
        writer("A", "SESSIONID"));
    String message = messages(compilation, "undeclared").get(0);
    assertTrue(message.contains("cookie 'SESSIONID'") && message.contains("did you mean 'sessionid'?"),
        message);
  }

  @Test
  void aNameBuiltOverSeveralLinesIsReportedWhereItStarts() {
    JavaFileObject file = testSource("L", DECLARATIONS + "class L {\n"
        + "  static final String PART = \"_line\";\n"
        + "  Object c = new jakarta.servlet.http.Cookie(\n"
        + "      \"multi\"\n"
        + "      + PART\n"
        + "      + \"s\", \"v\");\n"
        + "  Object d = new jakarta.servlet.http.Cookie(Names\n"
        + "      .PREFIX\n"
        + "      + \"x\", \"v\");\n"
        + "  interface Names { String PREFIX = \"qualified\"; }\n"
        + "}\n");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining("cookie 'multi_lines'").inFile(file)
        .onLineContaining("\"multi\"");
    assertThat(compilation).hadErrorContaining("cookie 'qualifiedx'").inFile(file)
        .onLineContaining("Cookie(Names");
  }
}
