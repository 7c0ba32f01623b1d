package io.cookieregistry.processor.generate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.cookieregistry.CookieCategory;
import io.cookieregistry.runtime.CookieDeclaration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/**
 * Where the platform offers the processor no compiler, the registry goes to javac as a source in
 * the last round: it still compiles into the module, and javac says it came late.
 */
class RegistryWriterFallbackTest {

  /** Writes a registry the way the processor does when processing is over, without a compiler. */
  static final class WritesWithoutCompiler extends AbstractProcessor {
    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (round.processingOver()) {
        try {
          new RegistryWriter(processingEnv.getFiler(), Optional.empty()).write(
              RegistryName.of("shop.Registry", List.of()), "shop.example",
              List.of(CookieDeclaration.builder("sid", CookieCategory.NECESSARY, "p").build()),
              List.of());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  @Test
  void theRegistrySourceGoesToJavac() {
    Compilation compilation = Compiler.javac().withProcessors(new WritesWithoutCompiler())
        .compile(JavaFileObjects.forSourceString("shop.Plain", "package shop; class Plain {}"));
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("shop.Registry").contentsAsUtf8String()
        .contains("implements CookieRegistryProvider");
    assertThat(compilation).generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT,
        "shop/Registry.class");
    assertThat(compilation).hadWarningContaining("created in the last round");
    assertEquals(1, compilation.generatedSourceFiles().size());
  }
}
