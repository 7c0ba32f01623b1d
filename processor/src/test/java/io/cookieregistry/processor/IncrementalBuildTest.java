package io.cookieregistry.processor;

import static io.cookieregistry.processor.ProcessorTesting.compileInto;
import static io.cookieregistry.processor.ProcessorTesting.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.CookieRegistryProvider;
import io.cookieregistry.runtime.internal.registry.RegistryContract;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental compilation, as Gradle and IDEs run it: the changed files are compiled into the
 * output folder of an earlier build, which is on the class path. The module's registry, its
 * service file and its policy must read as a clean build's would.
 */
class IncrementalBuildTest {
  private static JavaFileObject declaring(String type, String cookie, String purpose) {
    return source("app." + type,
        "package app;",
        "import io.cookieregistry.*;",
        "@DeclaredCookie(name = \"" + cookie + "\", category = CookieCategory.NECESSARY,"
            + " purpose = \"" + purpose + "\")",
        "public class " + type + " {}");
  }

  private static JavaFileObject plain(String type) {
    return source("app." + type, "package app;", "public class " + type + " {}");
  }

  private static JavaFileObject writing(String type, String cookie) {
    return source("app." + type,
        "package app;",
        "class " + type + " {",
        "  jakarta.servlet.http.Cookie c() { return new jakarta.servlet.http.Cookie(\""
            + cookie + "\", \"v\"); }",
        "}");
  }

  /** The purposes of the cookies the registries registered in {@code out} declare, by name. */
  private static Map<String, String> registered(Path out) throws IOException {
    Map<String, String> purposes = new TreeMap<>();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()},
        IncrementalBuildTest.class.getClassLoader())) {
      for (CookieRegistryProvider provider
          : ServiceLoader.load(CookieRegistryProvider.class, loader)) {
        if (provider.getClass().getClassLoader() == loader) {
          for (CookieDeclaration d : provider.declarations()) {
            purposes.put(d.name(), d.purpose());
          }
        }
      }
    }
    return purposes;
  }

  private static List<String> serviceLines(Path out) throws IOException {
    return Files.readAllLines(out.resolve(RegistryContract.SERVICE_FILE)).stream()
        .filter(line -> !line.isBlank()).toList();
  }

  private static void assertCompiles(List<String> messages) {
    assertFalse(messages.contains("FAILED"), messages.toString());
  }

  @Test
  void recompilingOneDeclaringFileKeepsTheOtherDeclarationsOfTheModule(@TempDir Path out)
      throws IOException {
    assertCompiles(compileInto(out, List.of(), declaring("A", "sid", "Session"),
        declaring("B", "theme", "Theme")));
    List<String> clean = serviceLines(out);

    assertCompiles(compileInto(out, List.of(out), declaring("B", "theme", "Colour theme")));

    assertEquals(Map.of("sid", "Session", "theme", "Colour theme"), registered(out));
    assertEquals(clean, serviceLines(out), "the registry keeps the name a clean build gives it");
    String policy = Files.readString(out.resolve("META-INF/cookie-registry/cookie-policy.json"));
    assertTrue(policy.contains("\"sid\"") && policy.contains("Colour theme"), policy);
  }

  /** A class whose method declares {@code cookie} in a local class. */
  private static JavaFileObject declaringLocally(String type, String cookie) {
    return source("app." + type,
        "package app;",
        "import io.cookieregistry.*;",
        "public class " + type + " {",
        "  void m() {",
        "    @DeclaredCookie(name = \"" + cookie + "\", category = CookieCategory.NECESSARY,"
            + " purpose = \"Local\")",
        "    class Declarations {}",
        "  }",
        "}");
  }

  @Test
  void aLocalDeclarationOfAClassNotRecompiledStays(@TempDir Path out) throws IOException {
    assertCompiles(compileInto(out, List.of(), declaringLocally("L", "loc"),
        declaring("A", "sid", "Session")));
    assertEquals(Map.of("loc", "Local", "sid", "Session"), registered(out));
    List<String> clean = serviceLines(out);

    List<String> messages = compileInto(out, List.of(out), writing("Writer", "loc"));

    assertCompiles(messages);
    assertEquals(Map.of("loc", "Local", "sid", "Session"), registered(out));
    assertEquals(clean, serviceLines(out), "the registry keeps the name a clean build gives it");
    // Once more, from the registry that the incremental build wrote.
    assertCompiles(compileInto(out, List.of(out), declaring("A", "sid", "Session id")));
    assertEquals(Map.of("loc", "Local", "sid", "Session id"), registered(out));
    // Recompiled without it, the local declaration leaves.
    assertCompiles(compileInto(out, List.of(out), plain("L")));
    assertEquals(Map.of("sid", "Session id"), registered(out));
  }

  /** Two modules that declare in local classes alone: each its own registry. */
  @Test
  void modulesDeclaringOnlyInLocalClassesAreNamedAfterTheirTypes(@TempDir Path first,
      @TempDir Path second) throws IOException {
    assertCompiles(compileInto(first, List.of(), declaringLocally("L", "loc")));
    assertCompiles(compileInto(second, List.of(), declaringLocally("M", "other")));

    List<String> clean = serviceLines(first);
    assertEquals(1, clean.size());
    assertFalse(clean.equals(serviceLines(second)), clean + " " + serviceLines(second));
    // And a clean build of one names it as its incremental build does.
    assertCompiles(compileInto(first, List.of(first), writing("Writer", "loc")));
    assertEquals(clean, serviceLines(first));
  }

  /** The member declaration leaves; the local class that repeats it still declares the cookie. */
  @Test
  void aLocalDeclarationThatRepeatsAnotherStaysWhenTheOtherLeaves(@TempDir Path out)
      throws IOException {
    assertCompiles(compileInto(out, List.of(), declaring("A", "loc", "Local"),
        declaringLocally("L", "loc")));

    assertCompiles(compileInto(out, List.of(out), plain("A")));

    assertEquals(Map.of("loc", "Local"), registered(out));
  }

  /** The registry an earlier build wrote under a configured name is no class of someone else's. */
  @Test
  void aConfiguredRegistryNameIsFreeAgainInTheNextBuild(@TempDir Path out) throws IOException {
    List<String> options = List.of("-Acookieregistry.registry=app.Registry");
    assertCompiles(compileInto(out, List.of(), options, declaring("A", "sid", "Session")));

    List<String> messages = compileInto(out, List.of(out), options, writing("Writer", "sid"));

    assertCompiles(messages);
    assertEquals(Map.of("sid", "Session"), registered(out));
  }

  @Test
  void aCookieDeclaredByAClassAlreadyInTheOutputMayBeWritten(@TempDir Path out)
      throws IOException {
    assertCompiles(compileInto(out, List.of(), declaring("A", "sid", "Session")));

    List<String> messages = compileInto(out, List.of(out), writing("Writer", "sid"));

    assertCompiles(messages);
    assertEquals(Map.of("sid", "Session"), registered(out));
  }

  @Test
  void aRemovedDeclarationLeavesNoRegistryThatStillDeclaresIt(@TempDir Path out,
      @TempDir Path downstream) throws IOException {
    assertCompiles(compileInto(out, List.of(), declaring("A", "sid", "Session"),
        declaring("B", "theme", "Theme")));

    // A no longer declares: its declaring types change, and so does the registry's name.
    assertCompiles(compileInto(out, List.of(out), plain("A"), declaring("B", "theme", "Theme")));

    assertEquals(Map.of("theme", "Theme"), registered(out));
    assertEquals(1, serviceLines(out).size(), serviceLines(out).toString());
    // Every registry class left in the output is read by dependent modules: none declares sid.
    List<String> messages = compileInto(downstream, List.of(out), writing("Other", "sid"));
    assertTrue(messages.stream().anyMatch(m -> m.contains("[cookieregistry:undeclared] cookie"
        + " 'sid'")), messages.toString());
  }

  @Test
  void aDeletedDeclaringClassDeclaresNothingAnyMore(@TempDir Path out) throws IOException {
    assertCompiles(compileInto(out, List.of(), declaring("A", "sid", "Session"),
        declaring("B", "theme", "Theme")));
    Files.delete(out.resolve("app/A.class")); // as Gradle does when A.java is deleted

    assertCompiles(compileInto(out, List.of(out), declaring("B", "theme", "Theme")));

    assertEquals(Map.of("theme", "Theme"), registered(out));
  }

  @Test
  void removingEveryDeclarationEmptiesTheRegistryAndThePolicy(@TempDir Path out,
      @TempDir Path downstream) throws IOException {
    assertCompiles(compileInto(out, List.of(), declaring("A", "sid", "Session")));

    assertCompiles(compileInto(out, List.of(out), plain("A")));

    assertEquals(Map.of(), registered(out));
    assertEquals(List.of(), serviceLines(out));
    String policy = Files.readString(out.resolve("META-INF/cookie-registry/cookie-policy.json"));
    assertFalse(policy.contains("\"sid\""), policy);
    List<String> messages = compileInto(downstream, List.of(out), writing("Other", "sid"));
    assertTrue(messages.contains("FAILED"), messages.toString());
  }
}
