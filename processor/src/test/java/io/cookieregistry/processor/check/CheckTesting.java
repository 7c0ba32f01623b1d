package io.cookieregistry.processor.check;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.cookieregistry.processor.CookieRegistryProcessor;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles test sources with the processor and reads its diagnostics. */
final class CheckTesting {
  /** Declares {@code sessionid} and {@code visitor_id}; tests write {@code visitor_uid}. */
  static final String DECLARATIONS = "@io.cookieregistry.DeclaredCookie(name = \"sessionid\","
      + " category = io.cookieregistry.CookieCategory.NECESSARY, purpose = \"Session\")\n"
      + "@io.cookieregistry.DeclaredCookie(name = \"visitor_id\","
      + " category = io.cookieregistry.CookieCategory.STATISTICS, purpose = \"Visits\")\n";

  private CheckTesting() {}

  static Compilation compile(List<String> options, JavaFileObject... sources) {
    return javac().withProcessors(new CookieRegistryProcessor()).withOptions(options)
        .compile(sources);
  }

  static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }

  /** A source file {@code test/<name>.java} in package {@code test}. */
  static JavaFileObject source(String name, String text) {
    return JavaFileObjects.forSourceString("test." + name, "package test;\n" + text);
  }

  /** The messages of one key ({@code "undeclared"}), of any kind. */
  static List<String> messages(Compilation compilation, String key) {
    return compilation.diagnostics().stream()
        .map(d -> d.getMessage(null))
        .filter(m -> m.contains("[cookieregistry:" + key + "]"))
        .toList();
  }

  /** The messages of one key and kind. */
  static List<String> messages(Compilation compilation, Diagnostic.Kind kind, String key) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == kind)
        .map(d -> d.getMessage(null))
        .filter(m -> m.contains("[cookieregistry:" + key + "]"))
        .toList();
  }

  /** Every message of the processor, for failure output. */
  static List<String> ours(Compilation compilation) {
    return compilation.diagnostics().stream().map(d -> d.getMessage(null))
        .filter(m -> m.contains("[cookieregistry:")).toList();
  }

  /** The registry classes the compilation generated (class files in the default package). */
  static long registryClasses(Compilation compilation) {
    return compilation.generatedFiles().stream()
        .filter(f -> f.getName().contains("/io/cookieregistry/generated/CookieRegistry_")
            && f.getName().endsWith(".class"))
        .count();
  }
}
