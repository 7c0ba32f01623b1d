package io.cookieregistry.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Small helpers for compile-testing: sources as text, compiled with the processor. */
final class Sources {
  private Sources() {}

  /** A source file from lines of text. */
  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  /** Compiles with a fresh processor and the given {@code -A} options. */
  static Compilation compile(List<String> options, JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new CookieRegistryProcessor())
        .withOptions(options)
        .compile(sources);
  }

  static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }

  /** The text of a file the compilation wrote to the class output. */
  static String classOutput(Compilation compilation, String path) {
    JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path)
        .orElseThrow(() -> new AssertionError(path + " was not generated; generated: "
            + compilation.generatedFiles()));
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
