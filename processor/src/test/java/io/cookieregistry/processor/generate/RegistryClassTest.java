package io.cookieregistry.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.processor.declare.DeclarationReader;
import io.cookieregistry.processor.declare.SourceDeclaration;
import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.CookieRegistryProvider;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import com.sun.source.util.JavacTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry class file, written without a compiler: the JVM verifies and runs it, and javac
 * reads its annotations, with every text exact.
 */
class RegistryClassTest {
  private static final RegistryName NAME = RegistryName.of("test.Registry", Set.of());
  /** Accents, CJK, a supplementary character (a surrogate pair), and U+0000. */
  private static final String UNICODE = "Mémoriser la langue — 言語 🍪 \0 fin";

  private static final List<CookieDeclaration> VARIED = List.of(
      CookieDeclaration.builder("sessionid", CookieCategory.NECESSARY, UNICODE)
          .provider("Opendatasoft").function("Authentication (front and back office)")
          .secure(true).httpOnly(true).build(),
      CookieDeclaration.builder("_ga_*", CookieCategory.STATISTICS, "Audience 📈")
          .duration("P13M").thirdParty(true).anonymized(true).build(),
      CookieDeclaration.builder("__Host-ab", CookieCategory.PREFERENCES, "A/B")
          .duration("PT30M").secure(true).order(2).build(),
      CookieDeclaration.builder("ad", CookieCategory.MARKETING, "Ads").thirdParty(true).build());

  @Test
  void theJvmVerifiesAndRunsItAndEveryTextIsExact() throws Exception {
    CookieRegistryProvider registry = load(RegistryClass.of(NAME, "Café 🍪", VARIED, List.of()));
    assertEquals(VARIED, registry.declarations());
    assertEquals(UNICODE, registry.declarations().get(0).purpose());
    assertEquals("test.Registry", registry.registryName());
    assertEquals("Café 🍪", registry.site());
  }

  @Test
  void thousandsOfDeclarationsSpanSeveralMethods() throws Exception {
    List<CookieDeclaration> many = IntStream.range(0, 2_500)
        .mapToObj(i -> CookieDeclaration.builder("c" + i, CookieCategory.values()[i % 4],
            "purpose " + i).provider("p" + i % 7).build())
        .toList();
    assertEquals(many, load(RegistryClass.of(NAME, "", many, List.of())).declarations());
  }

  @Test
  void oneDeclarationAndManyAreReadBackByJavacAsAnnotations(@TempDir Path dir) throws Exception {
    for (List<CookieDeclaration> declarations : List.of(VARIED, VARIED.subList(0, 1))) {
      List<SourceDeclaration> read = readAnnotations(dir,
          RegistryClass.of(NAME, "", declarations, List.of()));
      List<CookieDeclaration> back = new ArrayList<>();
      for (SourceDeclaration d : read) {
        back.add(d.toBuilder().build());
      }
      assertEquals(declarations, back);
    }
  }

  @Test
  void aTextTooLongForAClassFileConstantIsAnErrorNamingIt() {
    CookieDeclaration huge = CookieDeclaration.builder("big", CookieCategory.NECESSARY,
        "é".repeat(40_000)).build();
    IOException e = assertThrows(IOException.class,
        () -> RegistryClass.of(NAME, "", List.of(huge), List.of()));
    assertTrue(e.getMessage().contains("a text of 40000 characters is longer than a class file"
        + " constant can hold"), e.getMessage());
  }

  private static CookieRegistryProvider load(byte[] bytes) throws ReflectiveOperationException {
    ClassLoader loader = new ClassLoader(RegistryClassTest.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        if (!name.equals(NAME.qualifiedName())) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
    return (CookieRegistryProvider) loader.loadClass(NAME.qualifiedName()).getConstructor()
        .newInstance();
  }

  /** Puts the class file on a class path and reads its declarations with javac, as a dependent. */
  private static List<SourceDeclaration> readAnnotations(Path dir, byte[] bytes)
      throws IOException {
    Path file = dir.resolve("test/Registry.class");
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      List<Path> path = new ArrayList<>(List.of(dir));
      Stream.of(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of)
          .forEach(path::add);
      files.setLocationFromPaths(StandardLocation.CLASS_PATH, path);
      JavaFileObject user = new SimpleJavaFileObject(URI.create("string:///app/User.java"),
          JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return "package app; class User { test.Registry registry; }";
        }
      };
      JavacTask task = (JavacTask) javac.getTask(null, files, null, List.of("-proc:none"), null,
          List.of(user));
      task.analyze();
      TypeElement registry = task.getElements().getTypeElement(NAME.qualifiedName());
      return new DeclarationReader(task.getElements()).read(registry);
    }
  }
}
