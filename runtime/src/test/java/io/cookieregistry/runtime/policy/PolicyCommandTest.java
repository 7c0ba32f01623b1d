package io.cookieregistry.runtime.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.CookieRegistryProvider;
import io.cookieregistry.runtime.CookieRegistryTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line prints the merged policy of the registries a class loader sees. */
class PolicyCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(ClassLoader loader, String... args) {
    return PolicyCommand.run(args, loader, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsMarkdownByDefault() {
    assertEquals(0, run(getClass().getClassLoader()));
    assertTrue(out().startsWith("# Cookie policy\n"), out());
    assertTrue(out().contains("| test-site | "), out());
    assertTrue(out().contains("| test_cookie |"), out());
  }

  @Test
  void printsHtmlAndJsonAndTakesTheSiteName() {
    assertEquals(0, run(getClass().getClassLoader(), "--format", "html", "--site", "My <Shop>"));
    assertTrue(out().contains("What cookies are used on My &lt;Shop&gt;"), out());
    out.reset();
    assertEquals(0, run(getClass().getClassLoader(), "--format", "JSON"));
    assertTrue(out().contains("\"name\": \"test_cookie\""), out());
  }

  @Test
  void badArgumentsExitWithTwoAndSayWhy() {
    assertEquals(2, run(getClass().getClassLoader(), "--format", "pdf"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown policy format 'pdf'"));
    assertEquals(2, run(getClass().getClassLoader(), "--site"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--site needs a value"));
  }

  @Test
  void conflictingRegistriesExitWithOneNamingBoth(@TempDir Path dir) throws IOException {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve(CookieRegistryProvider.class.getName()),
        ConflictingRegistry.class.getName() + "\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
        getClass().getClassLoader())) {
      assertEquals(1, run(loader));
    }
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(message.contains("Cookie 'test_cookie' is declared differently by"), message);
    assertTrue(message.contains(ConflictingRegistry.class.getName()), message);
    assertTrue(message.contains(CookieRegistryTest.TestRegistry.class.getName()), message);
  }

  /** Declares the test registry's cookie as marketing. */
  public static final class ConflictingRegistry implements CookieRegistryProvider {
    @Override
    public java.util.List<CookieDeclaration> declarations() {
      return java.util.List.of(CookieDeclaration.builder("test_cookie",
          io.cookieregistry.CookieCategory.MARKETING, "p").build());
    }
  }
}
