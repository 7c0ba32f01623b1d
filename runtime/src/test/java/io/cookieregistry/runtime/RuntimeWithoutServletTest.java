package io.cookieregistry.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The servlet API is optional: only classes in the {@code servlet} package may mention it, so the
 * registry and the guard load in applications without it.
 */
class RuntimeWithoutServletTest {

  @Test
  void onlyTheServletPackageReferencesTheServletApi() throws IOException, URISyntaxException {
    Path classes = Path.of(CookieGuard.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path runtime = classes.resolve("io/cookieregistry/runtime");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(runtime)) {
      files = walk.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList());
    }
    boolean servletMentioned = false;
    for (Path file : files) {
      boolean mentions = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
          .contains("jakarta/servlet");
      boolean inServletPackage = runtime.relativize(file).startsWith("servlet");
      assertFalse(mentions && !inServletPackage, file + " references the servlet API");
      servletMentioned |= mentions;
    }
    assertTrue(files.size() > 10, "found the compiled classes");
    assertTrue(servletMentioned, "the scan can see a servlet reference where there is one");
    assertEquals(CookieGuard.class.getPackageName(), "io.cookieregistry.runtime");
  }
}
