package io.cookieregistry.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.lang.model.SourceVersion;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * The one compile helper of the processor's tests: sources as text, compiled with a fresh
 * processor, and the processor's diagnostics read back, including Error Prone's style of
 * expectations: {@code // BUG: Diagnostic contains: text} on the line before the one at fault.
 */
public final class ProcessorTesting {
  /** Declares {@code sessionid} and {@code visitor_id}; tests write {@code visitor_uid}. */
  public static final String DECLARATIONS = "@io.cookieregistry.DeclaredCookie(name = \"sessionid\","
      + " category = io.cookieregistry.CookieCategory.NECESSARY, purpose = \"Session\")\n"
      + "@io.cookieregistry.DeclaredCookie(name = \"visitor_id\","
      + " category = io.cookieregistry.CookieCategory.STATISTICS, purpose = \"Visits\")\n";

  private static final Pattern BUG = Pattern.compile("//\\s*BUG: Diagnostic contains: (.*)$");

  private ProcessorTesting() {}

  /** A source file from lines of text. */
  public static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  /** A source file {@code test/<name>.java} in package {@code test}. */
  public static JavaFileObject testSource(String name, String text) {
    return JavaFileObjects.forSourceString("test." + name, "package test;\n" + text);
  }

  /** Compiles with a fresh processor and the given {@code -A} options. */
  public static Compilation compile(List<String> options, JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new CookieRegistryProcessor())
        .withOptions(options)
        .compile(sources);
  }

  public static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }

  /**
   * Compiles with a fresh processor into the folder {@code out}, as a build tool does (the files
   * stay on disk for the next compilation), with {@code classPath} before the test's own class
   * path. Returns javac's messages as {@code KIND: text}, and {@code FAILED} last when javac
   * failed.
   */
  public static List<String> compileInto(Path out, List<Path> classPath, JavaFileObject... sources)
      throws IOException {
    return compileInto(out, classPath, List.of(), sources);
  }

  /** {@link #compileInto(Path, List, JavaFileObject...)} with javac {@code options}. */
  public static List<String> compileInto(Path out, List<Path> classPath, List<String> options,
      JavaFileObject... sources) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> messages = new ArrayList<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      List<Path> path = new ArrayList<>(classPath);
      Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
          .map(Path::of).forEach(path::add);
      files.setLocationFromPaths(StandardLocation.CLASS_PATH, path);
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(out));
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(out));
      JavaCompiler.CompilationTask task = javac.getTask(null, files,
          d -> messages.add(d.getKind() + ": " + d.getMessage(Locale.ROOT)), options, null,
          List.of(sources));
      task.setProcessors(List.of(new CookieRegistryProcessor()));
      if (!task.call()) {
        messages.add("FAILED");
      }
    }
    return messages;
  }

  /** The text of a file the compilation wrote to the class output. */
  public static String classOutput(Compilation compilation, String path) {
    JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path)
        .orElseThrow(() -> new AssertionError(path + " was not generated; generated: "
            + compilation.generatedFiles()));
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The messages of one key ({@code "undeclared"}), of any kind. */
  public static List<String> messages(Compilation compilation, String key) {
    return compilation.diagnostics().stream()
        .map(d -> d.getMessage(null))
        .filter(m -> m.contains("[cookieregistry:" + key + "]"))
        .toList();
  }

  /** The messages of one key and kind. */
  public static List<String> messages(Compilation compilation, Diagnostic.Kind kind, String key) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == kind)
        .map(d -> d.getMessage(null))
        .filter(m -> m.contains("[cookieregistry:" + key + "]"))
        .toList();
  }

  /** Every message of the processor, for failure output. */
  public static List<String> ours(Compilation compilation) {
    return compilation.diagnostics().stream().map(d -> d.getMessage(null))
        .filter(m -> m.contains("[cookieregistry:")).toList();
  }

  /** The registry classes the compilation generated (class files in the default package). */
  public static long registryClasses(Compilation compilation) {
    return compilation.generatedFiles().stream()
        .filter(f -> f.getName().contains("/io/cookieregistry/generated/CookieRegistry_")
            && f.getName().endsWith(".class"))
        .count();
  }

  /**
   * Compiles {@code file} (with {@code others}) and checks it against its {@code // BUG:
   * Diagnostic contains:} comments: each one's text is in a diagnostic of the processor on the
   * next line, and the processor reports nothing on any other line of the file.
   */
  public static Compilation assertBugs(JavaFileObject file, JavaFileObject... others) {
    JavaFileObject[] all = new JavaFileObject[others.length + 1];
    all[0] = file;
    System.arraycopy(others, 0, all, 1, others.length);
    Compilation compilation = compile(all);
    List<String> lines = lines(file);
    List<Long> expectedLines = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher bug = BUG.matcher(lines.get(i));
      if (bug.find()) {
        long line = i + 2; // the line after the comment, 1-based
        expectedLines.add(line);
        String text = bug.group(1).strip();
        assertTrue(ourDiagnostics(compilation, file).stream().anyMatch(d ->
            d.getLineNumber() == line && d.getMessage(null).contains(text)),
            () -> "expected a diagnostic containing '" + text + "' on line " + line + " of "
                + file.getName() + "; the processor said " + describe(compilation));
      }
    }
    assertTrue(!expectedLines.isEmpty(), "no BUG comment in " + file.getName());
    for (Diagnostic<? extends JavaFileObject> d : ourDiagnostics(compilation, file)) {
      if (!expectedLines.contains(d.getLineNumber())) {
        fail("unexpected diagnostic on line " + d.getLineNumber() + ": " + d.getMessage(null));
      }
    }
    return compilation;
  }

  private static List<Diagnostic<? extends JavaFileObject>> ourDiagnostics(
      Compilation compilation, JavaFileObject file) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getSource() != null && d.getSource().toUri().equals(file.toUri()))
        .filter(d -> d.getMessage(null).contains("[cookieregistry:"))
        .<Diagnostic<? extends JavaFileObject>>map(d -> d)
        .toList();
  }

  private static String describe(Compilation compilation) {
    return compilation.diagnostics().stream()
        .map(d -> "line " + d.getLineNumber() + ": " + d.getMessage(null)).toList().toString();
  }

  private static List<String> lines(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString().lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A processor of every annotation ({@code *}) and of the latest source version. */
  public abstract static class AnyAnnotationProcessor extends AbstractProcessor {
    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }
  }
}
