package io.cookieregistry.benchmarks.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a synthetic code base of N classes: every class has ordinary code (collections, streams,
 * loops, an enum, a record, references to its neighbour); every fourth one also declares a cookie
 * and writes it through a servlet {@code Cookie}, a raw {@code Set-Cookie} header, a {@code
 * java.net.HttpCookie} and a {@code @CookieName} helper. Every write is declared, so all three
 * compilations of the benchmark do the same work apart from annotation processing.
 */
public final class SyntheticCodebase {
  private static final int PACKAGES = 25;
  private static final String[] CATEGORIES = {"NECESSARY", "PREFERENCES", "STATISTICS", "MARKETING"};

  private SyntheticCodebase() {}

  /** Writes the sources under {@code root} and returns their paths. */
  public static List<Path> write(Path root, int classes) throws IOException {
    return write(root, classes, 1);
  }

  /**
   * Writes the sources under {@code root} and returns their paths; every fourth class declares
   * and writes {@code scale} cookies, each the four ways.
   */
  public static List<Path> write(Path root, int classes, int scale) throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(file(root, "gen.support", "CookieWriter", cookieWriter()));
    for (int i = 0; i < classes; i++) {
      files.add(file(root, "gen.p" + (i % PACKAGES), "Service" + i, service(i, scale)));
    }
    return files;
  }

  private static Path file(Path root, String pkg, String name, String text) throws IOException {
    Path dir = root.resolve(pkg.replace('.', '/'));
    Files.createDirectories(dir);
    Path file = dir.resolve(name + ".java");
    Files.writeString(file, "package " + pkg + ";\n\n" + text, StandardCharsets.UTF_8);
    return file;
  }

  private static String cookieWriter() {
    return "import io.cookieregistry.CookieName;\n"
        + "import jakarta.servlet.http.Cookie;\n"
        + "import jakarta.servlet.http.HttpServletResponse;\n\n"
        + "public final class CookieWriter {\n"
        + "  private CookieWriter() {}\n\n"
        + "  public static void set(HttpServletResponse response, @CookieName String name, String value) {\n"
        + "    Cookie cookie = new Cookie(name, value);\n"
        + "    cookie.setPath(\"/\");\n"
        + "    response.addCookie(cookie);\n"
        + "  }\n"
        + "}\n";
  }

  private static String service(int i, int scale) {
    boolean writes = i % 4 == 0;
    String previous = "gen.p" + (Math.max(0, i - 1) % PACKAGES) + ".Service" + Math.max(0, i - 1);
    StringBuilder s = new StringBuilder();
    s.append("import io.cookieregistry.CookieCategory;\n")
        .append("import io.cookieregistry.DeclaredCookie;\n")
        .append("import jakarta.servlet.http.Cookie;\n")
        .append("import jakarta.servlet.http.HttpServletResponse;\n")
        .append("import java.net.HttpCookie;\n")
        .append("import java.util.ArrayList;\n")
        .append("import java.util.HashMap;\n")
        .append("import java.util.List;\n")
        .append("import java.util.Map;\n")
        .append("import java.util.stream.Collectors;\n\n")
        .append("public class Service").append(i).append(" {\n")
        .append("  static final String COOKIE = \"svc").append(i).append("_id\";\n")
        .append("  private final Map<String, Integer> counts = new HashMap<>();\n")
        .append("  private final List<String> names = new ArrayList<>();\n\n");
    for (int j = 0; writes && j < scale; j++) {
      String cookie = j == 0 ? "COOKIE" : "\"svc" + i + "_" + j + "_id\"";
      s.append("  @DeclaredCookie(name = ").append(cookie).append(", category = CookieCategory.")
          .append(CATEGORIES[(i / 4 + j) % CATEGORIES.length])
          .append(", purpose = \"To remember choice ").append(i).append("\", duration = \"P30D\")\n")
          .append("  public void write").append(j == 0 ? "" : j)
          .append("(HttpServletResponse response, String value) {\n")
          .append("    Cookie cookie = new Cookie(").append(cookie).append(", value);\n")
          .append("    cookie.setPath(\"/\");\n")
          .append("    response.addCookie(cookie);\n")
          .append("    response.addHeader(\"Set-Cookie\", ").append(cookie)
          .append(" + \"=\" + value + \"; Path=/\");\n")
          .append("    HttpCookie copy = new HttpCookie(").append(cookie).append(", value);\n")
          .append("    names.add(copy.getName());\n")
          .append("    gen.support.CookieWriter.set(response, ").append(cookie).append(", value);\n")
          .append("  }\n\n");
    }
    s.append("  public int count(String key) {\n")
        .append("    return counts.merge(key, 1, Integer::sum);\n")
        .append("  }\n\n")
        .append("  public String summary(List<String> input) {\n")
        .append("    return input.stream().filter(v -> !v.isEmpty()).map(String::toUpperCase)\n")
        .append("        .sorted().collect(Collectors.joining(\",\"));\n")
        .append("  }\n\n")
        .append("  public long compute(int n) {\n")
        .append("    long acc = ").append(i).append(";\n")
        .append("    for (int k = 0; k < n; k++) {\n")
        .append("      acc += (k * 31L) ^ (acc >>> 3);\n")
        .append("      if (acc % 7 == 0) {\n")
        .append("        names.add(\"n\" + k);\n")
        .append("      }\n")
        .append("    }\n")
        .append("    return acc;\n")
        .append("  }\n\n")
        .append("  public long chain(").append(previous).append(" previous) {\n")
        .append("    return previous == null ? 0 : previous.compute(3) + count(\"chain\");\n")
        .append("  }\n\n")
        .append("  enum Mode { FAST, SLOW, OFF }\n\n")
        .append("  record Entry(String key, int value) {\n")
        .append("    Entry {\n")
        .append("      if (value < 0) {\n")
        .append("        throw new IllegalArgumentException(key);\n")
        .append("      }\n")
        .append("    }\n")
        .append("  }\n\n")
        .append("  String describe(Mode mode) {\n")
        .append("    switch (mode) {\n")
        .append("      case FAST: return \"fast\" + names.size();\n")
        .append("      case SLOW: return \"slow\" + counts.size();\n")
        .append("      default: return String.valueOf(new Entry(\"k\", 1));\n")
        .append("    }\n")
        .append("  }\n")
        .append("}\n");
    return s.toString();
  }
}
