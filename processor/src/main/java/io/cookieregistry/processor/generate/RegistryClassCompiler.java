package io.cookieregistry.processor.generate;

import io.cookieregistry.DeclaredCookie;
import io.cookieregistry.runtime.CookieRegistryProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles the registry source in memory, with the platform's compiler, into class files that
 * the processor writes as resources when processing is over.
 *
 * <p>Why not hand javac a source file: a source generated before the last round makes javac run
 * one more processing round, and each round enters every class of the compilation again. For a
 * processor that looks at every compilation, that round was most of its cost (as much again as
 * annotation processing itself costs javac). A source generated in the last round is compiled
 * without another round, but javac warns about it in every build. The registry refers to nothing
 * of the compilation, so it can be compiled on its own, against the annotations and the runtime
 * of the compilation's class path.
 */
public final class RegistryClassCompiler {
  private final JavaCompiler javac;
  private final List<Path> classPath;
  private final String release;

  private RegistryClassCompiler(JavaCompiler javac, List<Path> classPath, String release) {
    this.javac = javac;
    this.classPath = classPath;
    this.release = release;
  }

  /**
   * A compiler for registries of a compilation at {@code sourceVersion}, against the annotations
   * and the runtime on that compilation's own class path (so the registry links against the very
   * versions the application ships); empty where the platform has no compiler or those libraries
   * are not plain jars or folders.
   */
  public static Optional<RegistryClassCompiler> create(SourceVersion sourceVersion, Filer filer,
      Elements elements) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Optional<Path> runtime = classPathRoot(filer, elements, CookieRegistryProvider.class);
    Optional<Path> annotations = classPathRoot(filer, elements, DeclaredCookie.class);
    if (javac == null || runtime.isEmpty() || annotations.isEmpty()) {
      return Optional.empty();
    }
    // The runtime needs Java 17; the registry targets the compilation's own level above that.
    int release = Math.max(17, sourceVersion.ordinal());
    return Optional.of(new RegistryClassCompiler(javac, List.of(runtime.get(), annotations.get()),
        Integer.toString(release)));
  }

  /** The jar or folder of the compilation's class path that holds {@code type}. */
  private static Optional<Path> classPathRoot(Filer filer, Elements elements, Class<?> type) {
    try {
      URI uri = resource(filer, elements, type).toUri();
      if ("jar".equals(uri.getScheme())) {
        String inner = uri.getRawSchemeSpecificPart();
        return Optional.of(Path.of(URI.create(inner.substring(0, inner.indexOf("!/")))));
      }
      Path root = Path.of(uri);
      for (int depth = type.getName().split("\\.").length; depth > 0; depth--) {
        root = root.getParent();
      }
      return Optional.ofNullable(root);
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // not found, or not a plain jar or folder
    }
  }

  /**
   * The class file of {@code type} on the class path, or, where the compilation is a named module
   * (JPMS), on the module path, in the module that the compilation sees it in.
   */
  private static FileObject resource(Filer filer, Elements elements, Class<?> type)
      throws IOException {
    String file = type.getSimpleName() + ".class";
    try {
      return filer.getResource(StandardLocation.CLASS_PATH, type.getPackageName(), file);
    } catch (IOException | RuntimeException onClassPath) {
      TypeElement element = elements.getTypeElement(type.getCanonicalName());
      ModuleElement module = element == null ? null : elements.getModuleOf(element);
      if (module == null || module.isUnnamed()) {
        throw onClassPath;
      }
      return filer.getResource(StandardLocation.MODULE_PATH,
          module.getQualifiedName() + "/" + type.getPackageName(), file);
    }
  }

  /**
   * Compiles one source file.
   *
   * @return the class files by binary name
   * @throws IOException naming the compiler's errors, should the generated source not compile
   */
  public Map<String, byte[]> compile(String qualifiedName, String source) throws IOException {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Map<String, ByteArrayOutputStream> classes = new LinkedHashMap<>();
    try (StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      standard.setLocationFromPaths(StandardLocation.CLASS_PATH, classPath);
      ForwardingJavaFileManager<StandardJavaFileManager> inMemory =
          new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className,
                JavaFileObject.Kind kind, FileObject sibling) {
              return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/')
                  + kind.extension), kind) {
                @Override
                public OutputStream openOutputStream() {
                  return classes.computeIfAbsent(className, n -> new ByteArrayOutputStream());
                }
              };
            }
          };
      JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///"
          + qualifiedName.replace('.', '/') + JavaFileObject.Kind.SOURCE.extension),
          JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return source;
        }
      };
      List<String> options = List.of("--release", release, "-proc:none", "-nowarn",
          "-encoding", "UTF-8");
      StringWriter out = new StringWriter();
      if (!javac.getTask(out, inMemory, diagnostics, options, null, List.of(file)).call()) {
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
          if (d.getKind() == Diagnostic.Kind.ERROR) {
            errors.add(d.getMessage(Locale.ROOT));
          }
        }
        throw new IOException("the generated registry " + qualifiedName + " did not compile: "
            + errors + out);
      }
    }
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    classes.forEach((name, stream) -> bytes.put(name, stream.toByteArray()));
    return bytes;
  }
}
