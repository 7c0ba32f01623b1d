package io.cookieregistry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.cookieregistry.processor.ProcessorTesting.classOutput;
import static io.cookieregistry.processor.ProcessorTesting.source;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.cookieregistry.DeclaredCookie;
import io.cookieregistry.runtime.CookieRegistry;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site's translations of its cookie texts: read from the bundles, checked, rendered. */
class TranslationsTest {
  static final JavaFileObject LOGIN = source("shop.Login",
      "package shop;",
      "import io.cookieregistry.*;",
      "@DeclaredCookie(name = \"sessionid\", category = CookieCategory.NECESSARY,",
      "    function = \"Authentication\",",
      "    purpose = \"To remember the user\")",
      "@DeclaredCookie(name = \"lang\", category = CookieCategory.PREFERENCES,",
      "    purpose = \"To remember the language\")",
      "class Login {}");

  private static Compilation compile(Path resources, String... options) throws Exception {
    return Compiler.javac().withProcessors(new CookieRegistryProcessor())
        .withOptions((Object[]) options)
        .withClasspath(List.of(jarOf(DeclaredCookie.class), jarOf(CookieRegistry.class),
            resources.toFile()))
        .compile(LOGIN);
  }

  private static File jarOf(Class<?> type) throws Exception {
    return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static void bundle(Path dir, String name, String... lines) throws Exception {
    Files.write(dir.resolve(name), List.of(lines), StandardCharsets.UTF_8);
  }

  @Test
  void translationsReplaceTheDeclaredTextsOnTheirLanguagesPages(@TempDir Path dir) throws Exception {
    bundle(dir, "cookie-texts_fr.properties", "sessionid.purpose=Pour reconnaître l'utilisateur",
        "sessionid.function=Authentification", "lang.purpose=Pour retenir la langue");
    Compilation compilation = compile(dir);
    assertThat(compilation).succeededWithoutWarnings();
    String fr = classOutput(compilation, "META-INF/cookie-registry/cookie-policy.fr.md");
    assertTrue(fr.contains("| Authentification | sessionid | Pour reconnaître l'utilisateur |"), fr);
    String en = classOutput(compilation, "META-INF/cookie-registry/cookie-policy.md");
    assertTrue(en.contains("| Authentication | sessionid | To remember the user |"), en);
    String de = classOutput(compilation, "META-INF/cookie-registry/cookie-policy.de.md");
    assertTrue(de.contains("| Authentication | sessionid | To remember the user |"),
        "a language without a bundle shows the declared texts: " + de);
    String json = classOutput(compilation, "META-INF/cookie-registry/cookie-policy.json");
    assertTrue(json.contains("\"translations\": {\"fr\": {\"purpose\": \"Pour reconnaître"
        + " l'utilisateur\", \"function\": \"Authentification\"}}"), json);
  }

  @Test
  void aTranslationOfAnUndeclaredCookieOrOfNoTextIsAWarning(@TempDir Path dir) throws Exception {
    bundle(dir, "cookie-texts_de.properties", "sessionid.purpose=Um Sie wiederzuerkennen",
        "sessionid.function=Anmeldung", "lang.purpose=Sprache", "visitor_uid.purpose=Besucher",
        "sessionid.title=Sitzung");
    Compilation compilation = compile(dir);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[cookieregistry:translation-undeclared]"
        + " cookie-texts_de.properties: 'visitor_uid.purpose' translates cookie 'visitor_uid',"
        + " which no @DeclaredCookie declares");
    assertThat(compilation).hadWarningContaining("[cookieregistry:translation-undeclared]"
        + " cookie-texts_de.properties: 'sessionid.title' is not a cookie text");
  }

  @Test
  void aMissingTranslationIsReportedOnTheDeclaration(@TempDir Path dir) throws Exception {
    bundle(dir, "cookie-texts_it.properties", "sessionid.purpose=Per riconoscerti",
        "lang.purpose=Per ricordare la lingua");
    Compilation compilation = compile(dir);
    assertThat(compilation).hadWarningContaining("[cookieregistry:translation-missing]"
        + " cookie-texts_it.properties has no sessionid.function").inFile(LOGIN)
        .onLineContaining("function = \"Authentication\"");
    assertThat(compilation).hadWarningCount(1);

    Compilation strict = compile(dir, "-Acookieregistry.translations=error");
    assertThat(strict).hadErrorContaining("[cookieregistry:translation-missing]");
    assertThat(compile(dir, "-Acookieregistry.translations=ignore")).succeededWithoutWarnings();
  }

  @Test
  void aBundleThatIsNoPropertiesFileIsAnErrorNamingIt(@TempDir Path dir) throws Exception {
    bundle(dir, "cookie-texts_fr.properties", "sessionid.purpose=\\uZZZZ");
    assertThat(compile(dir)).hadErrorContaining("[cookieregistry:bad-translations] cannot read"
        + " the cookie texts [cookie-texts_fr.properties]: ");
  }

  @Test
  void theBundleNameIsAnOption(@TempDir Path dir) throws Exception {
    bundle(dir, "texts_nl.properties", "sessionid.purpose=Om je te herkennen",
        "sessionid.function=Inloggen", "lang.purpose=Om je taal te onthouden");
    Compilation compilation = compile(dir, "-Acookieregistry.bundle=texts");
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(classOutput(compilation, "META-INF/cookie-registry/cookie-policy.nl.md")
        .contains("| Om je te herkennen |"));
  }
}
