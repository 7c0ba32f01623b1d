package io.cookieregistry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.cookieregistry.processor.ProcessorTesting.compile;
import static io.cookieregistry.processor.ProcessorTesting.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every diagnostic about declarations, on the line of the annotation at fault. */
class DeclarationDiagnosticsTest {

  private static JavaFileObject declaring(String attributes) {
    return source("test.Login",
        "package test;",
        "import io.cookieregistry.*;",
        "@DeclaredCookie(" + attributes + ")",
        "class Login {}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bad name", "semi;colon", "quote\\\"d", "", "a*b*", "*", "caf\u00e9",
      "tab\\tname"})
  void invalidNamesAreErrorsOnTheAnnotation(String name) {
    JavaFileObject file = declaring("name = \"" + name + "\", category = CookieCategory.NECESSARY,"
        + " purpose = \"p\"");
    Compilation compilation = compile(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[cookieregistry:invalid-name]")
        .inFile(file).onLineContaining("@DeclaredCookie");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sessionid", "_ga_*", "ab_test_*", "__Secure-id", "x!#$%&'+-.^_`|~"})
  void validNamesCompileWithoutDiagnostics(String name) {
    boolean secure = name.startsWith("__Secure-");
    Compilation compilation = compile(declaring("name = \"" + name.replace("\\", "\\\\")
        + "\", category = CookieCategory.NECESSARY, purpose = \"p\", secure = " + secure));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void blankPurposeIsAnError() {
    JavaFileObject file = declaring("name = \"a\", category = CookieCategory.NECESSARY, purpose = \"  \"");
    assertThat(compile(file)).hadErrorContaining("[cookieregistry:blank-purpose] cookie 'a' needs a purpose")
        .inFile(file).onLineContaining("@DeclaredCookie");
  }

  @Test
  void blankProviderIsAnError() {
    JavaFileObject file = source("test.Login",
        "package test;",
        "import io.cookieregistry.*;",
        "@CookieProvider(\" \")",
        "class Login {}");
    assertThat(compile(file)).hadErrorContaining("[cookieregistry:blank-provider]")
        .inFile(file).onLineContaining("@CookieProvider");
  }

  @ParameterizedTest
  @ValueSource(strings = {"forever", "P", "PT-5M", "P0D", "30 days", "-P1D"})
  void badDurationsAreErrors(String duration) {
    JavaFileObject file = declaring("name = \"a\", category = CookieCategory.NECESSARY,"
        + " purpose = \"p\", duration = \"" + duration + "\"");
    assertThat(compile(file)).hadErrorContaining("[cookieregistry:invalid-duration] cookie 'a':")
        .inFile(file).onLineContaining("@DeclaredCookie");
  }

  @Test
  void durationOverFourHundredDaysIsAWarning() {
    JavaFileObject file = declaring("name = \"a\", category = CookieCategory.NECESSARY,"
        + " purpose = \"p\", duration = \"P2Y\"");
    Compilation compilation = compile(file);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[cookieregistry:long-duration] cookie 'a' is"
        + " declared to last P2Y (2 years)").inFile(file).onLineContaining("@DeclaredCookie");
  }

  @ParameterizedTest
  @ValueSource(strings = {"P13M", "P400D", "PT30M", "P1DT12H", "session"})
  void durationsWithinTheCapAreQuiet(String duration) {
    assertThat(compile(declaring("name = \"a\", category = CookieCategory.NECESSARY,"
        + " purpose = \"p\", duration = \"" + duration + "\""))).succeededWithoutWarnings();
  }

  @Test
  void suppressWarningsSilencesTheLongDurationWarning() {
    JavaFileObject file = source("test.Login",
        "package test;",
        "import io.cookieregistry.*;",
        "@SuppressWarnings(\"cookieregistry\")",
        "@DeclaredCookie(name = \"a\", category = CookieCategory.NECESSARY, purpose = \"p\","
            + " duration = \"P2Y\")",
        "class Login {}");
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @ParameterizedTest
  @ValueSource(strings = {"NECESSARY", "PREFERENCES", "MARKETING"})
  void anonymizedOutsideStatisticsIsAnError(String category) {
    JavaFileObject file = declaring("name = \"a\", category = CookieCategory." + category
        + ", purpose = \"p\", anonymized = true");
    assertThat(compile(file)).hadErrorContaining("[cookieregistry:anonymized-category]")
        .inFile(file).onLineContaining("@DeclaredCookie");
  }

  @Test
  void anonymizedStatisticsIsFine() {
    assertThat(compile(declaring("name = \"a\", category = CookieCategory.STATISTICS,"
        + " purpose = \"p\", anonymized = true"))).succeededWithoutWarnings();
  }

  @ParameterizedTest
  @ValueSource(strings = {"__Secure-id", "__Host-id", "__secure-id", "__HOST-id"})
  void prefixedNamesMustBeSecure(String name) {
    JavaFileObject file = declaring("name = \"" + name + "\", category = CookieCategory.NECESSARY,"
        + " purpose = \"p\"");
    assertThat(compile(file)).hadErrorContaining("[cookieregistry:prefix-rule] cookie '" + name
        + "' starts with").inFile(file).onLineContaining("@DeclaredCookie");
  }

  @Test
  void conflictingDuplicatesAreErrorsNamingTheOtherPlaceAndTheDifference() {
    JavaFileObject first = declaring("name = \"sid\", category = CookieCategory.NECESSARY, purpose = \"p\"");
    JavaFileObject second = source("test.Other",
        "package test;",
        "import io.cookieregistry.*;",
        "class Other {",
        "  @DeclaredCookie(name = \"sid\", category = CookieCategory.MARKETING, purpose = \"p\")",
        "  void write() {}",
        "}");
    Compilation compilation = compile(first, second);
    assertThat(compilation).hadErrorContaining("[cookieregistry:conflict] cookie 'sid' is declared"
        + " differently in test.Login: category 'MARKETING' here but 'NECESSARY'")
        .inFile(second).onLineContaining("@DeclaredCookie");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void providersResolvedToDifferentValuesConflict() {
    JavaFileObject file = source("test.Login",
        "package test;",
        "import io.cookieregistry.*;",
        "class Login {",
        "  @DeclaredCookie(name = \"sid\", category = CookieCategory.NECESSARY, purpose = \"p\")",
        "  void a() {}",
        "  @CookieProvider(\"Acme\")",
        "  static class Nested {",
        "    @DeclaredCookie(name = \"sid\", category = CookieCategory.NECESSARY, purpose = \"p\")",
        "    void b() {}",
        "  }",
        "}");
    assertThat(compile(file)).hadErrorContaining("provider 'Acme' here but ''")
        .inFile(file).onLine(8);
  }

  @Test
  void identicalDuplicatesAreFine() {
    JavaFileObject file = source("test.Login",
        "package test;",
        "import io.cookieregistry.*;",
        "@DeclaredCookie(name = \"sid\", category = CookieCategory.NECESSARY, purpose = \"p\")",
        "class Login {",
        "  @DeclaredCookie(name = \"sid\", category = CookieCategory.NECESSARY, purpose = \"p\")",
        "  void write() {}",
        "}");
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @Test
  void aPatternInsideAnIdenticalBroaderPatternIsReported() {
    JavaFileObject file = source("test.Ab",
        "package test;",
        "import io.cookieregistry.*;",
        "@DeclaredCookie(name = \"ab_*\", category = CookieCategory.STATISTICS, purpose = \"p\")",
        "@DeclaredCookie(name = \"ab_test_*\", category = CookieCategory.STATISTICS, purpose = \"p\")",
        "@DeclaredCookie(name = \"ab_x*\", category = CookieCategory.MARKETING, purpose = \"p\")",
        "class Ab {}");
    Compilation compilation = compile(file);
    assertThat(compilation).hadWarningContaining("[cookieregistry:redundant-pattern] pattern"
        + " 'ab_test_*' is unreachable in effect: the broader pattern 'ab_*'")
        .inFile(file).onLineContaining("ab_test_*");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void repeatedAnnotationsReportOnTheirOwnLine() {
    JavaFileObject file = source("test.Many",
        "package test;",
        "import io.cookieregistry.*;",
        "@DeclaredCookie(name = \"ok\", category = CookieCategory.NECESSARY, purpose = \"p\")",
        "@DeclaredCookie(name = \"not ok\", category = CookieCategory.NECESSARY, purpose = \"p\")",
        "class Many {}");
    assertThat(compile(file)).hadErrorContaining("cookie 'not ok': its name contains a space at index 3")
        .inFile(file).onLineContaining("not ok");
  }

  @Test
  void everyProblemOfTheCompilationIsReportedInOneBuild() {
    Compilation compilation = compile(
        declaring("name = \"a b\", category = CookieCategory.NECESSARY, purpose = \"\""),
        source("test.Second", "package test;", "import io.cookieregistry.*;",
            "@DeclaredCookie(name = \"c\", category = CookieCategory.NECESSARY, purpose = \"p\","
                + " duration = \"never\")",
            "class Second {}"));
    assertThat(compilation).hadErrorCount(3);
  }

  @Test
  void badOptionValuesAreErrors() {
    Compilation compilation = compile(List.of("-Acookieregistry.dynamicNames=sometimes",
        "-Acookieregistry.registry=not a class"), declaring("name = \"a\", category ="
        + " CookieCategory.NECESSARY, purpose = \"p\""));
    assertThat(compilation).hadErrorContaining("[cookieregistry:bad-option]"
        + " -Acookieregistry.dynamicNames=sometimes is not one of error, warning, ignore");
    assertThat(compilation).hadErrorContaining("-Acookieregistry.registry=not a class is not a"
        + " fully qualified Java class name");
  }

  @Test
  void anInternalFailureIsOneErrorAndTheCompilerGoesOn() {
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new CookieRegistryProcessor(() -> {
          throw new IllegalStateException("simulated failure");
        }))
        .compile(declaring("name = \"a\", category = CookieCategory.NECESSARY, purpose = \"p\""));
    assertThat(compilation).hadErrorContaining("[cookieregistry:internal] Cookie Registry failed"
        + " internally");
    assertThat(compilation).hadErrorContaining("simulated failure");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void undefinedConstantsAreLeftToJavac() {
    JavaFileObject file = declaring("name = Missing.NAME, category = CookieCategory.NECESSARY,"
        + " purpose = \"p\"");
    Compilation compilation = compile(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("Missing");
    for (var d : compilation.errors()) {
      org.junit.jupiter.api.Assertions.assertFalse(d.getMessage(null).contains("[cookieregistry:"),
          () -> "unexpected: " + d.getMessage(null));
    }
  }
}
