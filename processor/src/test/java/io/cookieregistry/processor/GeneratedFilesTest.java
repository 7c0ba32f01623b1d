package io.cookieregistry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.cookieregistry.processor.ProcessorTesting.classOutput;
import static io.cookieregistry.processor.ProcessorTesting.compile;
import static io.cookieregistry.processor.ProcessorTesting.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.cookieregistry.CookieCategory;
import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.CookieRegistryProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The registry class, the service file and the policy files the processor writes. */
class GeneratedFilesTest {
  static final String MD = "META-INF/cookie-registry/cookie-policy.md";
  static final String HTML = "META-INF/cookie-registry/cookie-policy.html";
  static final String JSON = "META-INF/cookie-registry/cookie-policy.json";
  static final String SERVICES =
      "META-INF/services/io.cookieregistry.runtime.CookieRegistryProvider";

  static final JavaFileObject PACKAGE_INFO = source("shop.package-info",
      "@CookieProvider(\"Opendatasoft\")",
      "package shop;",
      "import io.cookieregistry.CookieProvider;");
  static final JavaFileObject LOGIN = source("shop.Login",
      "package shop;",
      "import io.cookieregistry.*;",
      "@DeclaredCookie(name = Login.SESSION, category = CookieCategory.NECESSARY,",
      "    function = \"Authentication (front and back office)\",",
      "    purpose = \"To remember the user from one page to another\")",
      "class Login {",
      "  static final String SESSION = \"session\" + \"id\";",
      "  @DeclaredCookie(name = \"_ga_*\", category = CookieCategory.STATISTICS, provider = \"Google\",",
      "      purpose = \"To count <b>visits</b> & \\\"pages\\\" | more\", duration = \"P13M\",",
      "      thirdParty = true)",
      "  void track() {}",
      "}");

  @Test
  void writesTheRegistryClassAndRegistersIt() throws Exception {
    Compilation compilation = compile(List.of("-Acookieregistry.registry=shop.ShopCookies"),
        PACKAGE_INFO, LOGIN);
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals("shop.ShopCookies\n", classOutput(compilation, SERVICES));
    assertTrue(compilation.generatedSourceFiles().isEmpty(),
        "the registry is compiled on its own, so javac needs no further processing round");

    CookieRegistryProvider registry = loadRegistry(compilation, "shop.ShopCookies");
    assertEquals("shop.ShopCookies", registry.registryName());
    List<CookieDeclaration> declarations = registry.declarations();
    assertEquals(List.of("sessionid", "_ga_*"),
        declarations.stream().map(CookieDeclaration::name).toList());
    CookieDeclaration session = declarations.get(0);
    assertEquals("Opendatasoft", session.provider());
    assertEquals("Authentication (front and back office)", session.function());
    assertEquals(CookieCategory.NECESSARY, session.category());
    CookieDeclaration ga = declarations.get(1);
    assertEquals("Google", ga.provider());
    assertEquals("P13M", ga.duration());
    assertTrue(ga.thirdParty());
  }

  @Test
  void largeRegistriesAreSplitBelowTheLimitsOfAClassFile() throws Exception {
    StringBuilder text = new StringBuilder("package big;\nimport io.cookieregistry.*;\n");
    for (int i = 0; i < 1500; i++) {
      text.append("@DeclaredCookie(name = \"c").append(i).append("\", category = CookieCategory.")
          .append(CookieCategory.values()[i % 4]).append(", purpose = \"Purpose ").append(i)
          .append(" with \\\"quotes\\\" and ünïcode\", secure = ").append(i % 2 == 0).append(")\n");
    }
    text.append("class Big {}\n");
    Compilation compilation = compile(List.of("-Acookieregistry.registry=big.BigCookies"),
        JavaFileObjects.forSourceString("big.Big", text.toString()));
    assertThat(compilation).succeededWithoutWarnings();
    List<CookieDeclaration> declarations = loadRegistry(compilation, "big.BigCookies")
        .declarations();
    assertEquals(1500, declarations.size());
    CookieDeclaration c7 = declarations.stream().filter(d -> d.name().equals("c7")).findFirst()
        .orElseThrow();
    assertEquals(CookieCategory.MARKETING, c7.category());
    assertEquals("Purpose 7 with \"quotes\" and ünïcode", c7.purpose());
    assertFalse(c7.secure());
  }

  @Test
  void theRegistryClassCarriesTheDeclarationsForDependentModules() {
    // Class retention: in the class file, where javac reads them for dependent modules.
    byte[] bytes = classBytes(compile(List.of("-Acookieregistry.registry=shop.ShopCookies"),
        PACKAGE_INFO, LOGIN), "shop/ShopCookies.class");
    String constants = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    assertTrue(constants.contains("RuntimeInvisibleAnnotations"), "class-retention annotations");
    assertTrue(constants.contains("Lio/cookieregistry/DeclaredCookies;"), "repeated declarations");
    assertTrue(constants.contains("To remember the user from one page to another"));
  }

  @Test
  void theDefaultRegistryNameIsStableAndNamesTheDeclaringPackage() {
    Compilation compilation = compile(PACKAGE_INFO, LOGIN);
    String service = classOutput(compilation, SERVICES).strip();
    assertTrue(service.matches("io\\.cookieregistry\\.generated\\.CookieRegistry_shop_[0-9a-f]{8}"),
        service);
    assertEquals(service, classOutput(compile(PACKAGE_INFO, LOGIN), SERVICES).strip());
    String other = classOutput(compile(PACKAGE_INFO, source("shop.Other", "package shop;",
        "import io.cookieregistry.*;",
        "@DeclaredCookie(name = \"x\", category = CookieCategory.NECESSARY, purpose = \"p\")",
        "class Other {}")), SERVICES).strip();
    assertFalse(service.equals(other), "another module must get another registry name");
  }

  @Test
  void markdownHasTheSeedColumnsOneTablePerCategoryAndEscapesMarkup() {
    String md = classOutput(compile(List.of("-Acookieregistry.site=shop.example"), PACKAGE_INFO,
        LOGIN), MD);
    assertTrue(md.startsWith("# Cookie policy\n"), md);
    assertTrue(md.contains("## What is a cookie?"), md);
    assertTrue(md.contains("## Kinds of cookies"), md);
    assertTrue(md.contains("## What cookies are used on shop.example"), md);
    assertTrue(md.contains("| Service provider's name | Function and location | Cookie name(s) |"
        + " Purposes | Duration | Party |"), md);
    assertTrue(md.contains("| Opendatasoft | Authentication (front and back office) | sessionid |"
        + " To remember the user from one page to another | Session | First party |"), md);
    assertTrue(md.contains("| Google |  | \\_ga\\_\\* | To count \\<b\\>visits\\</b\\> \\& \"pages\""
        + " \\| more | 13 months | Third party |"), md);
    assertTrue(md.indexOf("### Necessary cookies") < md.indexOf("### Statistics cookies"), md);
    assertFalse(md.contains("### Marketing cookies"), "empty categories have no table");
  }

  @Test
  void declaredOrderPutsRowsFirstInTheirCategoryAndTheRestFollowByName() {
    String md = classOutput(compile(source("shop.Ordered",
        "package shop;",
        "import io.cookieregistry.*;",
        "@DeclaredCookie(name = \"alpha\", category = CookieCategory.NECESSARY, purpose = \"A\")",
        "@DeclaredCookie(name = \"zeta\", category = CookieCategory.NECESSARY, purpose = \"Z\",",
        "    order = 1)",
        "@DeclaredCookie(name = \"beta\", category = CookieCategory.NECESSARY, purpose = \"B\")",
        "@DeclaredCookie(name = \"mid\", category = CookieCategory.NECESSARY, purpose = \"M\",",
        "    order = 2)",
        "class Ordered {}")), MD);
    List<Integer> rows = List.of(md.indexOf("| zeta |"), md.indexOf("| mid |"),
        md.indexOf("| alpha |"), md.indexOf("| beta |"));
    assertTrue(rows.get(0) > 0, md);
    assertEquals(rows.stream().sorted().toList(), rows, md);
  }

  @Test
  void htmlIsStandaloneAccessibleAndEscapesEveryText() {
    String html = classOutput(compile(List.of("-Acookieregistry.site=<script>alert(1)</script>"),
        PACKAGE_INFO, LOGIN), HTML);
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html);
    assertTrue(html.contains("<table aria-labelledby=\"cookies-necessary\">"), html);
    assertTrue(html.contains("<th scope=\"col\">Service provider&#39;s name</th>"), html);
    assertTrue(html.contains("<th scope=\"row\"><code>sessionid</code></th>"), html);
    assertTrue(html.contains("To count &lt;b&gt;visits&lt;/b&gt; &amp; &quot;pages&quot; | more"), html);
    assertFalse(html.contains("<script>"), "the site name must stay text");
    assertFalse(html.contains("<b>"), "a purpose must stay text");
  }

  @Test
  void jsonCarriesTheSchemaVersionAndEveryAttribute() {
    String json = classOutput(compile(PACKAGE_INFO, LOGIN), JSON);
    assertTrue(json.contains("\"schemaVersion\": 1"), json);
    assertTrue(json.contains("\"name\": \"_ga_*\""), json);
    assertTrue(json.contains("\"pattern\": true"), json);
    assertTrue(json.contains("\"purpose\": \"To count \\u003cb>visits\\u003c/b> & \\\"pages\\\" | more\""), json);
    assertTrue(json.contains("\"requiresConsent\": true"), json);
    assertTrue(json.contains("\"provider\": \"Opendatasoft\""), json);
  }

  @Test
  void theSameSourcesGiveByteIdenticalFiles() {
    Map<String, String> first = outputs(compile(PACKAGE_INFO, LOGIN));
    Map<String, String> second = outputs(compile(LOGIN, PACKAGE_INFO));
    assertEquals(17, first.size(), first.keySet().toString());
    assertEquals(first, second);
  }

  @Test
  void everyLanguageGetsItsPageAndTheOptionsDateAndSignIt() {
    Compilation compilation = compile(List.of("-Acookieregistry.site=shop.example",
        "-Acookieregistry.updated=2026-03-01", "-Acookieregistry.controller=Shop SA",
        "-Acookieregistry.contact=dpo@shop.example", "-Acookieregistry.choicesUrl=/consent"),
        PACKAGE_INFO, LOGIN);
    assertThat(compilation).succeededWithoutWarnings();
    String fr = classOutput(compilation, "META-INF/cookie-registry/cookie-policy.fr.html");
    assertTrue(fr.startsWith("<!DOCTYPE html>\n<html lang=\"fr\">"), fr);
    assertTrue(fr.contains("<p class=\"updated\">Dernière mise à jour\u00a0: 1er mars 2026</p>"), fr);
    assertTrue(fr.contains("<a class=\"choices\" href=\"/consent\">"), fr);
    assertTrue(fr.contains("<a href=\"mailto:dpo@shop.example\">dpo@shop.example</a>"), fr);
    assertTrue(fr.contains("<p>Shop SA est responsable de ce site"), fr);
    for (String tag : List.of("de", "es", "it", "nl")) {
      String md = classOutput(compilation, "META-INF/cookie-registry/cookie-policy." + tag + ".md");
      assertTrue(md.contains("| sessionid |"), tag + "\n" + md);
      assertFalse(md.startsWith("# Cookie policy"), tag + "\n" + md);
    }
    assertTrue(classOutput(compilation, JSON).contains("\"updated\": \"2026-03-01\""));
    assertTrue(classOutput(compilation, "META-INF/cookie-registry/klaro.json")
        .contains("\"name\": \"google-statistics\""));
    assertTrue(classOutput(compilation, "META-INF/cookie-registry/cookieconsent-v3.json")
        .contains("\"name\": \"^_ga_\""));
  }

  @Test
  void policyOptionsThatCannotBePublishedAreErrors() {
    Compilation compilation = compile(List.of("-Acookieregistry.updated=1 March 2026",
        "-Acookieregistry.contact=call us", "-Acookieregistry.choicesUrl=javascript:alert(1)"),
        PACKAGE_INFO, LOGIN);
    assertThat(compilation).hadErrorContaining("[cookieregistry:bad-option]"
        + " -Acookieregistry.updated=1 March 2026 is not a date such as 2026-03-01");
    assertThat(compilation).hadErrorContaining("[cookieregistry:bad-option]"
        + " -Acookieregistry.contact=call us: contact 'call us' is neither an e-mail address nor"
        + " an http(s) URL");
    assertThat(compilation).hadErrorContaining("[cookieregistry:bad-option]"
        + " -Acookieregistry.choicesUrl=javascript:alert(1): choicesUrl");
  }

  @Test
  void aRegistryNameThatIsTakenIsAnError() {
    Compilation compilation = compile(List.of("-Acookieregistry.registry=shop.Login"),
        PACKAGE_INFO, LOGIN);
    assertThat(compilation).hadErrorContaining("[cookieregistry:bad-option]"
        + " -Acookieregistry.registry=shop.Login names this class");
    assertEquals(1, compilation.errors().size(), () -> compilation.errors().toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "java.lang.String | is in a java.* package",
      "jakarta.servlet.http.Cookie | names a class of the class path other than the registry an earlier build",
  })
  void aRegistryNameOfTheClassPathIsAnError(String name, String message) {
    Compilation compilation = compile(List.of("-Acookieregistry.registry=" + name),
        PACKAGE_INFO, LOGIN);
    assertThat(compilation).hadErrorContaining("[cookieregistry:bad-option]"
        + " -Acookieregistry.registry=" + name + " " + message);
    assertEquals(1, compilation.errors().size(), () -> compilation.errors().toString());
  }

  @Test
  void withoutTheRuntimeOnTheClassPathThePolicyIsStillWritten() throws Exception {
    // Only the annotations and the JDK: the registry class could not compile against nothing.
    Path annotations = Path.of(io.cookieregistry.DeclaredCookie.class.getProtectionDomain()
        .getCodeSource().getLocation().toURI());
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new CookieRegistryProcessor())
        .withClasspath(List.of(annotations.toFile()))
        .compile(PACKAGE_INFO, LOGIN);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[cookieregistry:no-runtime]"
        + " cookie-registry-runtime is not on the compile class path");
    assertTrue(classOutput(compilation, MD).contains("| sessionid |"));
    assertFalse(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, SERVICES).isPresent());
  }

  @Test
  void aModuleWithoutDeclarationsWritesNothing() {
    Compilation compilation = compile(source("plain.Plain", "package plain;", "class Plain {}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(compilation.generatedFiles().stream()
        .noneMatch(f -> f.getName().contains("cookie")), compilation.generatedFiles().toString());
  }

  @Test
  void brokenDeclarationsGenerateNothing(@TempDir Path out) throws IOException {
    // compile-testing hides the files of a failed compilation, so compile to a directory.
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> messages = new java.util.ArrayList<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(out));
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(out));
      JavaCompiler.CompilationTask task = javac.getTask(null, files,
          diagnostic -> messages.add(diagnostic.getMessage(java.util.Locale.ROOT)), null, null,
          List.of(PACKAGE_INFO, LOGIN, source("shop.Bad", "package shop;",
              "import io.cookieregistry.*;",
              "@DeclaredCookie(name = \"a b\", category = CookieCategory.NECESSARY, purpose = \"p\")",
              "class Bad {}")));
      task.setProcessors(List.of(new CookieRegistryProcessor()));
      assertFalse(task.call(), "the compilation must fail");
    }
    assertFalse(Files.exists(out.resolve(MD)), "no policy for broken declarations");
    assertFalse(Files.exists(out.resolve(SERVICES)), "no registry for broken declarations");
    assertTrue(messages.stream().anyMatch(m -> m.contains("[cookieregistry:invalid-name]")),
        messages.toString());
  }

  /** Every generated file but the compiled user classes, as Base64 of its bytes, by name. */
  private static Map<String, String> outputs(Compilation compilation) {
    Map<String, String> out = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getName().startsWith("/CLASS_OUTPUT/shop/")) {
        continue; // javac's own output for the sources
      }
      try (InputStream in = file.openInputStream()) {
        out.put(file.getName(), Base64.getEncoder().encodeToString(in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  private static byte[] classBytes(Compilation compilation, String path) {
    JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path)
        .orElseThrow(() -> new AssertionError(path + " was not generated"));
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Defines the generated registry class from its bytes and makes an instance, as ServiceLoader would. */
  static CookieRegistryProvider loadRegistry(Compilation compilation, String className)
      throws ReflectiveOperationException {
    byte[] bytes = classBytes(compilation, className.replace('.', '/') + ".class");
    ClassLoader loader = new ClassLoader(GeneratedFilesTest.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        if (!name.equals(className)) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
    return (CookieRegistryProvider) loader.loadClass(className).getConstructor().newInstance();
  }
}
