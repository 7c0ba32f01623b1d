package io.cookieregistry.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cookieregistry.DeclaredCookie;
import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.CookieRegistryProvider;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.Diagnostic;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Late declarations reach the files on disk: compiled with javac into a real class output, as
 * javac on the command line, Maven and Gradle do, the registry and the policy written when
 * processing ended are written again with them.
 */
class LateOutputTest {
  private static final String HELPER = "package app;\n"
      + "@io.cookieregistry.DeclaredCookie(name = \"sid\","
      + " category = io.cookieregistry.CookieCategory.NECESSARY, purpose = \"Session\")\n"
      + "public class Helper {\n  public static String x() { return \"sid\"; }\n}\n";
  private static final String THEME = "@io.cookieregistry.DeclaredCookie(name = \"theme\","
      + " category = io.cookieregistry.CookieCategory.PREFERENCES, purpose = \"Theme\")\n";
  private static final String MAIN = "package app;\n%sclass Main {\n"
      + "  void w(jakarta.servlet.http.HttpServletResponse r, String v) {\n"
      + "    Helper.x();\n    r.addCookie(new jakarta.servlet.http.Cookie(\"sid\", v));\n"
      + "  }\n}\n";

  @TempDir Path dir;
  private final List<Diagnostic<? extends JavaFileObject>> diagnostics = new ArrayList<>();

  @Test
  void aLocalDeclarationReachesTheRegistryAndThePolicy() throws Exception {
    Path main = write("app/Main.java", "package app;\n" + THEME + "class Main {\n"
        + "  void w(jakarta.servlet.http.HttpServletResponse r, String v) {\n"
        + "    " + LateDeclarationsTest.LOCAL_SID.strip() + "\n"
        + "    r.addCookie(new jakarta.servlet.http.Cookie(\"sid\", v));\n  }\n}\n");
    assertTrue(javac(List.of(), main), diagnostics.toString());
    assertShipped(List.of("sid", "theme"));
  }

  @Test
  void anImplicitlyCompiledDeclarationCounts() throws Exception {
    write("app/Helper.java", HELPER);
    Path main = write("app/Main.java", MAIN.formatted(THEME));
    assertTrue(javac(List.of("-sourcepath", dir.resolve("src").toString()), main),
        diagnostics.toString());
    assertTrue(Files.exists(dir.resolve("out/app/Helper.class")), "Helper was compiled");
    assertShipped(List.of("sid", "theme"));
  }

  @Test
  void aModuleDeclaringOnlyImplicitlyGetsItsFirstRegistryAtTheEnd() throws Exception {
    write("app/Helper.java", HELPER);
    Path main = write("app/Main.java", MAIN.formatted(""));
    assertTrue(javac(List.of("-sourcepath", dir.resolve("src").toString()), main),
        diagnostics.toString());
    assertShipped(List.of("sid"));
  }

  @Test
  void anInvalidImplicitDeclarationIsReported() throws Exception {
    write("app/Helper.java", HELPER.replace("name = \"sid\"", "name = \"s;d\""));
    Path main = write("app/Main.java", MAIN.formatted(THEME));
    assertFalse(javac(List.of("-sourcepath", dir.resolve("src").toString()), main));
    assertTrue(diagnostics.stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR
        && d.getMessage(Locale.ROOT).contains("[cookieregistry:invalid-name]")
        && d.getSource().getName().endsWith("Helper.java") && d.getLineNumber() == 2),
        diagnostics.toString());
  }

  /**
   * A named module's registry is a class of the module, written in its first round: a local
   * declaration cannot reach it, and one error says which cookies it lacks.
   */
  @Test
  void aNamedModuleNamesTheCookiesItsRegistryLacks() throws Exception {
    Path info = write("module-info.java", "module app {\n  requires io.cookieregistry.runtime;\n"
        + "  requires static io.cookieregistry.annotations;\n}\n");
    Path main = write("app/Main.java", "package app;\n" + THEME + "class Main {\n  void w() {\n"
        + LateDeclarationsTest.LOCAL_SID + "  }\n}\n");
    String modules = String.join(File.pathSeparator, module(CookieRegistryProvider.class,
        "io.cookieregistry.runtime"), module(DeclaredCookie.class,
        "io.cookieregistry.annotations"));
    assertFalse(javac(List.of("--module-path", modules), info, main));
    assertEquals(List.of("the registry and the policy lack the cookies declared after annotation"
        + " processing ('sid')"), diagnostics.stream().map(d -> d.getMessage(Locale.ROOT))
        .filter(m -> m.contains("[cookieregistry:")).map(m -> m.substring(m.indexOf(']') + 2,
            m.indexOf(')') + 1)).toList(), diagnostics.toString());
  }

  /** The jar of a class, or, for classes in a folder, a jar of them named as the module. */
  private String module(Class<?> type, String name) throws Exception {
    Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (!Files.isDirectory(location)) {
      return location.toString();
    }
    Path jar = dir.resolve(name + ".jar");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().putValue("Automatic-Module-Name", name);
    try (var out = new JarOutputStream(Files.newOutputStream(jar), manifest);
        var files = Files.walk(location)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(new JarEntry(location.relativize(file).toString()
            .replace('\\', '/')));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
    }
    return jar.toString();
  }

  private Path write(String path, String text) throws IOException {
    Path file = dir.resolve("src").resolve(path);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private boolean javac(List<String> options, Path... sources) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path out = Files.createDirectories(dir.resolve("out"));
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(out));
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics::add, options,
          null, files.getJavaFileObjects(sources));
      task.setProcessors(List.of(new CookieRegistryProcessor()));
      return task.call();
    }
  }

  /** The registry the service file names, loaded from the class output, and the JSON policy. */
  private void assertShipped(List<String> names) throws Exception {
    Path out = dir.resolve("out");
    String registry = Files.readString(out.resolve(GeneratedFilesTest.SERVICES)).strip();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()},
        getClass().getClassLoader())) {
      CookieRegistryProvider provider = (CookieRegistryProvider) loader.loadClass(registry)
          .getConstructor().newInstance();
      assertEquals(names, provider.declarations().stream().map(CookieDeclaration::name).sorted()
          .toList());
    }
    String policy = Files.readString(out.resolve(GeneratedFilesTest.JSON), StandardCharsets.UTF_8);
    names.forEach(n -> assertTrue(policy.contains("\"" + n + "\""), policy));
  }
}
