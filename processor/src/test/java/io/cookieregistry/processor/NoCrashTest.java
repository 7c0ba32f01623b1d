package io.cookieregistry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.cookieregistry.processor.GeneratedFilesTest.loadRegistry;
import static io.cookieregistry.processor.ProcessorTesting.classOutput;
import static io.cookieregistry.processor.ProcessorTesting.compile;
import static io.cookieregistry.processor.ProcessorTesting.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.cookieregistry.runtime.CookieDeclaration;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Inputs that once took javac down: each is now a diagnostic, or simply works. */
class NoCrashTest {
  private static List<String> ours(Compilation compilation, String key) {
    return compilation.diagnostics().stream().map(d -> d.getMessage(null))
        .filter(m -> m.contains("[cookieregistry:" + key + "]")).toList();
  }

  @Test
  void aPrefixPatternOfThousandsOfCharactersIsDeclared() {
    String prefix = "p".repeat(20_000);
    Compilation compilation = compile(source("t.Long", "package t;",
        "@io.cookieregistry.DeclaredCookie(name = \"" + prefix + "*\",",
        "  category = io.cookieregistry.CookieCategory.NECESSARY, purpose = \"p\")",
        "class Long { Object c = new jakarta.servlet.http.Cookie(\"" + prefix + "x\", \"v\"); }"));
    assertThat(compilation).succeeded();
    assertEquals(List.of(), ours(compilation, "internal"));
  }

  @Test
  void hugeNamesAreJudgedWithoutQuadraticMemory() {
    String declared = "a".repeat(40_000);
    String written = "a".repeat(39_999) + "b";
    Compilation compilation = compile(source("t.Huge", "package t;",
        "@io.cookieregistry.DeclaredCookie(name = \"" + declared + "\",",
        "  category = io.cookieregistry.CookieCategory.NECESSARY, purpose = \"p\")",
        "class Huge { Object c = new jakarta.servlet.http.Cookie(\"" + written + "\", \"v\"); }"));
    assertEquals(List.of(), ours(compilation, "internal"));
    List<String> undeclared = ours(compilation, "undeclared");
    assertEquals(1, undeclared.size());
    assertTrue(undeclared.get(0).contains("is written by"), undeclared.get(0));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"-Acookieregistry.site=", "-Acookieregistry.site",
      "-Acookieregistry.provider", "-Acookieregistry.registry", "-Acookieregistry.dynamicNames",
      "-Acookieregistry.unused=", "-Acookieregistry.mainOnly"})
  void anOptionWithoutAValueIsTheDefault(String option) {
    Compilation compilation = compile(List.of(option), source("t.Plain", "package t;",
        "@io.cookieregistry.DeclaredCookie(name = \"sid\",",
        "  category = io.cookieregistry.CookieCategory.NECESSARY, purpose = \"p\")",
        "class Plain {}"));
    assertThat(compilation).succeeded();
    assertEquals(List.of(), ours(compilation, "internal"));
    assertTrue(classOutput(compilation, "META-INF/cookie-registry/cookie-policy.md")
        .contains("this site"));
  }

  /** What text pasted from documents holds: separators, controls, quotes, markup, emoji. */
  private static final String[] PIECES = {"\u2028", "\u2029", "\"", "\\", "\t", "\n", "\r\n",
      "\u0000", "\u0007", "\u007f", "\u0085", "\ud83c\udf6a", "\u00e9", "\u4e2d", "'", "</script>",
      "&amp;", "<b>", "$", "%s", "{0}", "\\u0041", "*/", "word", " ", "\ufeff", "\u200b"};

  static java.util.stream.Stream<Long> seeds() {
    return java.util.stream.LongStream.range(0, 12).boxed();
  }

  private static String randomText(java.util.Random random) {
    StringBuilder text = new StringBuilder("x");
    for (int i = 1 + random.nextInt(12); i > 0; i--) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.append('x').toString(); // a provider is stripped; every text keeps its inside

  }

  /** Seed 0 is a fixed text; the others are random mixes of what documents hold. */
  @ParameterizedTest(name = "seed {0}")
  @org.junit.jupiter.params.provider.MethodSource("seeds")
  void everyUnicodeTextReachesTheRegistryAndThePolicyExactly(long seed) throws Exception {
    java.util.Random random = new java.util.Random(seed);
    String purpose = seed != 0 ? randomText(random)
        : "One\u2028two\u2029three \"quoted\" \\back\\ tab\there \u0007bell"
            + " \ud83c\udf6a cookie, 'single' </script> & <b>";
    String provider = seed != 0 ? randomText(random) : "Acme\u2028Inc \u00e9\u00e8 \u4e2d\u6587";
    String function = seed != 0 ? randomText(random) : "Line\nbreak\r\nand \u0000 nul";
    Compilation compilation = compile(source("t.Texts", "package t;",
        "@io.cookieregistry.DeclaredCookie(name = \"sid\",",
        "  category = io.cookieregistry.CookieCategory.NECESSARY,",
        "  purpose = " + JavaLiteral.of(purpose) + ",",
        "  provider = " + JavaLiteral.of(provider) + ",",
        "  function = " + JavaLiteral.of(function) + ")",
        "class Texts {}"));
    assertThat(compilation).succeeded();
    assertEquals(List.of(), ours(compilation, "output"));
    String registryName = compilation.generatedFiles().stream()
        .map(f -> f.getName()).filter(n -> n.endsWith(".class") && n.contains("CookieRegistry_"))
        .findFirst().orElseThrow(() -> new AssertionError(compilation.diagnostics()));
    String className = registryName.substring(registryName.indexOf("io/cookieregistry/generated"),
        registryName.length() - ".class".length()).replace('/', '.');
    CookieDeclaration d = loadRegistry(compilation, className).declarations().get(0);
    assertEquals(purpose, d.purpose());
    assertEquals(provider, d.provider());
    assertEquals(function, d.function());
    if (seed == 0) {
      String json = classOutput(compilation, "META-INF/cookie-registry/cookie-policy.json");
      assertTrue(json.contains("\\u2028two\\u2029three") || json.contains("\u2028two\u2029three"),
          json);
      assertTrue(classOutput(compilation, "META-INF/cookie-registry/cookie-policy.md")
          .contains("\ud83c\udf6a cookie"));
    }
    assertTrue(compilation.diagnostics().stream()
        .noneMatch(x -> x.getKind() == Diagnostic.Kind.ERROR));
  }
}
