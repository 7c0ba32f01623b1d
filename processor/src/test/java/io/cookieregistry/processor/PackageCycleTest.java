package io.cookieregistry.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cookieregistry.runtime.CookieDeclaration;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of the processor and the runtime depend on each other in one direction only. The
 * references are read from the compiled classes' constant pools, where every class a class uses
 * is named.
 */
class PackageCycleTest {
  private static final Pattern REFERENCE = Pattern.compile("io/cookieregistry/([a-z/]+)/[A-Z]");

  @Test
  void noPackageDependsOnItselfThroughOthers() throws IOException, URISyntaxException {
    Map<String, Set<String>> uses = new TreeMap<>();
    read(classesOf(CookieRegistryProcessor.class), uses);
    read(classesOf(CookieDeclaration.class), uses);
    assertTrue(uses.containsKey("processor.declare") && uses.containsKey("runtime.policy"),
        "found the compiled packages: " + uses.keySet());
    List<String> cycles = new ArrayList<>();
    for (String start : uses.keySet()) {
      if (reachable(start, uses).contains(start)) {
        cycles.add(start + " -> " + uses.get(start));
      }
    }
    assertEquals(List.of(), cycles);
  }

  private static Path classesOf(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** Reads the classes of a directory or a jar. */
  private static void read(Path root, Map<String, Set<String>> uses) throws IOException {
    if (Files.isRegularFile(root)) {
      try (FileSystem jar = FileSystems.newFileSystem(root)) {
        readTree(jar.getPath("/"), uses);
      }
    } else {
      readTree(root, uses);
    }
  }

  private static void readTree(Path root, Map<String, Set<String>> uses) throws IOException {
    Path base = root.resolve("io/cookieregistry");
    List<Path> classes;
    try (Stream<Path> walk = Files.walk(base)) {
      classes = walk.filter(p -> p.toString().endsWith(".class")).toList();
    }
    for (Path file : classes) {
      String from = base.relativize(file.getParent()).toString().replace('\\', '/')
          .replace('/', '.');
      Set<String> used = uses.computeIfAbsent(from, k -> new TreeSet<>());
      Matcher m = REFERENCE.matcher(new String(Files.readAllBytes(file),
          StandardCharsets.ISO_8859_1));
      while (m.find()) {
        String to = m.group(1).replace('/', '.');
        if (!to.equals(from) && !to.startsWith("processor.shaded")) {
          used.add(to);
        }
      }
    }
  }

  private static Set<String> reachable(String start, Map<String, Set<String>> uses) {
    Set<String> seen = new TreeSet<>();
    Deque<String> todo = new ArrayDeque<>(uses.getOrDefault(start, Set.of()));
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (seen.add(next)) {
        todo.addAll(uses.getOrDefault(next, Set.of()));
      }
    }
    return seen;
  }
}
