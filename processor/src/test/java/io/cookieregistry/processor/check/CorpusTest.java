package io.cookieregistry.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.cookieregistry.processor.ProcessorTesting.compile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus: small sources under {@code src/test/resources/corpus}, each in the shape real
 * projects give a cookie write (helpers, getters, configuration objects, enums of cookie types,
 * raw headers, framework cookie types, deletions, request-side cookies), annotated as the README
 * recommends. Each says its outcome in its first line, and marks its lines as Error Prone's tests
 * do: {@code // BUG: undeclared a, b} where the build must fail for those names, {@code // WARN:
 * dynamic-name} where it can only warn. Nothing else may be reported; and once the names of its
 * {@code BUG} lines are declared, a source must compile without a word from the processor.
 */
class CorpusTest {
  /** What the build does with a source. */
  enum Outcome {
    DETECTED, WARNED, MISSED, NOT_A_WRITE
  }

  private static final Pattern OUTCOME = Pattern.compile("^// outcome: ([a-z-]+)");
  private static final Pattern BUG = Pattern.compile("// BUG: undeclared (.+)$");
  private static final Pattern WARN = Pattern.compile("// WARN: dynamic-name$");
  private static final String DECLARED = "@io.cookieregistry.DeclaredCookie(name = \"%s\","
      + " category = io.cookieregistry.CookieCategory.NECESSARY, purpose = \"Corpus\"%s)\n";

  /** One corpus source and what it expects, by line (1-based). */
  record Entry(String name, Outcome outcome, String text, Map<Long, List<String>> undeclared,
      List<Long> dynamic) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Entry> corpus() throws IOException, URISyntaxException {
    Path dir = Path.of(CorpusTest.class.getResource("/corpus").toURI());
    List<Entry> entries = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        entries.add(read(file));
      }
    }
    return entries;
  }

  private static Entry read(Path file) throws IOException {
    String text = Files.readString(file);
    String[] lines = text.split("\n", -1);
    Matcher outcome = OUTCOME.matcher(lines[0]);
    assertTrue(outcome.find(), file + " does not start with '// outcome: …'");
    Map<Long, List<String>> undeclared = new TreeMap<>();
    List<Long> dynamic = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher bug = BUG.matcher(lines[i]);
      if (bug.find()) {
        undeclared.put(i + 1L, List.of(bug.group(1).strip().split("\\s*,\\s*")));
      }
      if (WARN.matcher(lines[i]).find()) {
        dynamic.add(i + 1L);
      }
    }
    String name = file.getFileName().toString().replace(".java", "");
    return new Entry(name, Outcome.valueOf(outcome.group(1).toUpperCase(Locale.ROOT)
        .replace('-', '_')), text, undeclared, dynamic);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachSourceHasItsOutcome(Entry entry) {
    assertEquals(entry.outcome() == Outcome.DETECTED, !entry.undeclared().isEmpty(),
        "a detected source marks its undeclared lines, and only a detected one");
    assertEquals(entry.outcome() == Outcome.WARNED, !entry.dynamic().isEmpty()
        && entry.undeclared().isEmpty(), "a warned source marks its dynamic-name lines");

    Compilation compilation = compile(sources(entry, declarations(List.of())));
    Map<Long, List<String>> undeclared = new TreeMap<>();
    List<Long> dynamic = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      String message = d.getMessage(null);
      if (message.contains("[cookieregistry:undeclared]") && d.getKind() == Diagnostic.Kind.ERROR) {
        undeclared.computeIfAbsent(d.getLineNumber(), l -> new ArrayList<>())
            .add(nameIn(message));
      } else if (message.contains("[cookieregistry:dynamic-name]")) {
        dynamic.add(d.getLineNumber());
      } else {
        assertTrue(!message.contains("[cookieregistry:") && d.getKind() != Diagnostic.Kind.ERROR,
            () -> entry + " reported " + d.getKind() + " at line " + d.getLineNumber() + ": "
                + message);
      }
    }
    undeclared.values().forEach(names -> names.sort(null));
    Map<Long, List<String>> expected = new TreeMap<>();
    entry.undeclared().forEach((line, names) -> expected.put(line,
        names.stream().sorted().toList()));
    assertEquals(expected, undeclared, entry + ": undeclared names by line");
    assertEquals(entry.dynamic(), dynamic, entry + ": dynamic-name warnings by line");

    if (!entry.undeclared().isEmpty()) {
      List<String> names = entry.undeclared().values().stream().flatMap(List::stream).toList();
      Compilation declared = compile(sources(entry, declarations(names)));
      assertThat(declared).succeededWithoutWarnings();
    }
  }

  /** The cookie a message names: {@code cookie 'x'}, or {@code x*} for a pattern. */
  private static String nameIn(String message) {
    Matcher exact = Pattern.compile("cookie '([^']*)' is written").matcher(message);
    if (exact.find()) {
      return exact.group(1);
    }
    Matcher prefix = Pattern.compile("cookies named '([^']*)…'").matcher(message);
    assertTrue(prefix.find(), message);
    return prefix.group(1) + "*";
  }

  private static JavaFileObject[] sources(Entry entry, JavaFileObject declarations) {
    return new JavaFileObject[] {
        JavaFileObjects.forSourceString("corpus." + entry.name(), entry.text()), declarations};
  }

  /** The cookies every corpus source may write, and {@code more}. */
  private static JavaFileObject declarations(List<String> more) {
    StringBuilder text = new StringBuilder("package corpus;\n");
    for (String name : Stream.concat(Stream.of("sessionid", "csrftoken"), more.stream()).toList()) {
      boolean prefixed = name.startsWith("__Host-") || name.startsWith("__Secure-");
      text.append(String.format(DECLARED, name, prefixed ? ", secure = true" : ""));
    }
    return JavaFileObjects.forSourceString("corpus.CorpusDeclarations",
        text.append("class CorpusDeclarations {}\n").toString());
  }

  /**
   * The shares of the corpus's writes that the build detects, only warns about, or misses, as the
   * README's write-check section reports them.
   */
  @Test
  void readmeReportsTheCorpusShares() throws IOException, URISyntaxException {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      counts.put(o, 0);
    }
    corpus().forEach(e -> counts.merge(e.outcome(), 1, Integer::sum));
    int writes = counts.get(Outcome.DETECTED) + counts.get(Outcome.WARNED)
        + counts.get(Outcome.MISSED);
    String share = "Of its " + writes + " sources that write cookies, "
        + part(counts.get(Outcome.DETECTED), writes) + " are checked by the build, "
        + part(counts.get(Outcome.WARNED), writes) + " only warned about and "
        + part(counts.get(Outcome.MISSED), writes) + " missed; "
        + counts.get(Outcome.NOT_A_WRITE) + " sources that only look like writes raise nothing.";
    System.out.println("corpus: " + share);
    Path readme = Path.of("..", "README.md");
    assertTrue(Files.readString(readme).replaceAll("\\s+", " ").contains(share),
        "README.md should say: " + share);
  }

  private static String part(int count, int total) {
    return count + " (" + Math.round(100.0 * count / total) + "%)";
  }
}
