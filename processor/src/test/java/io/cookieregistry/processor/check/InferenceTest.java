package io.cookieregistry.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static io.cookieregistry.processor.ProcessorTesting.DECLARATIONS;
import static io.cookieregistry.processor.ProcessorTesting.compile;
import static io.cookieregistry.processor.ProcessorTesting.messages;
import static io.cookieregistry.processor.ProcessorTesting.testSource;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import io.cookieregistry.processor.CookieRegistryProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Getters and constructor-fed fields that carry a checked name without a mark, and where the
 * inference stops.
 */
class InferenceTest {
  private static final JavaFileObject KINDS = testSource("Kind", DECLARATIONS
      + "enum Kind {\n"
      + "  SESSION(\"sessionid\"), VISITOR(\"visitor_uid\");\n"
      + "  private final String cookie;\n"
      + "  Kind(@io.cookieregistry.CookieName String cookie) { this.cookie = cookie; }\n"
      + "  String cookie() { return cookie; }\n"
      + "}\n"
      + "class Use {\n"
      + "  Object a(Kind k) { return new jakarta.servlet.http.Cookie(k.cookie(), \"v\"); }\n"
      + "}\n");

  @Test
  void enumConstantsAreCheckedAndTheGetterAccepted() {
    Compilation compilation = compile(KINDS);
    assertThat(compilation).hadErrorContaining("cookie 'visitor_uid' is written by test.Kind("
        + "@CookieName cookie)").inFile(KINDS).onLineContaining("VISITOR(");
    assertEquals(List.of(), messages(compilation, "dynamic-name"));
  }

  @Test
  void inferenceSurvivesFurtherProcessingRounds() {
    Compilation compilation = javac().withProcessors(new CookieRegistryProcessor(),
        new GeneratingProcessor()).compile(KINDS);
    assertThat(compilation).hadErrorContaining("cookie 'visitor_uid'");
    assertEquals(List.of(), messages(compilation, "dynamic-name"));
  }

  @Test
  void aFieldAlsoSetFromElsewhereIsNotInferred() {
    JavaFileObject file = testSource("Mixed", DECLARATIONS + "class Mixed {\n"
        + "  private final String cookie;\n"
        + "  Mixed(@io.cookieregistry.CookieName String cookie) { this.cookie = cookie; }\n"
        + "  Mixed(int n) { this.cookie = \"c\" + n; }\n"
        + "  String cookie() { return cookie; }\n"
        + "  Object a() { return new jakarta.servlet.http.Cookie(cookie(), \"v\"); }\n"
        + "}\n");
    Compilation compilation = compile(file);
    assertThat(compilation).hadWarningContaining("mark the method test.Mixed.cookie()")
        .inFile(file).onLineContaining("Object a()");
  }

  /** Generates one class in its first round, so that javac runs a second one. */
  @SupportedAnnotationTypes("*")
  static final class GeneratingProcessor extends AbstractProcessor {
    private boolean done;

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer w = processingEnv.getFiler().createSourceFile("test.Generated").openWriter()) {
          w.write("package test; class Generated {}");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }
}
