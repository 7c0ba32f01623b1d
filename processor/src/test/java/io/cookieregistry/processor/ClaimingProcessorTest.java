package io.cookieregistry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.cookieregistry.processor.ProcessorTesting.classOutput;
import static io.cookieregistry.processor.ProcessorTesting.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/**
 * A processor that runs before ours and claims every annotation ({@code *}, returning {@code
 * true}) leaves javac nothing to pass ours: ours is then called with no annotation types at all,
 * though the round's elements carry its annotations. Their declarations still count, and a
 * {@code @CookieName} among them still feeds the inference of name fields and getters.
 */
class ClaimingProcessorTest {
  @Test
  void aRoundWhoseAnnotationsAnEarlierProcessorClaimedIsReadWhole() {
    Compilation compilation = Compiler.javac()
        .withProcessors(new ClaimsEverythingLater(), new CookieRegistryProcessor())
        .compile(JavaFileObjects.forSourceString("test.Plain",
            "package test; @Deprecated public class Plain {}"));

    assertThat(compilation).succeeded();
    String policy = classOutput(compilation, GeneratedFilesTest.JSON);
    assertTrue(policy.contains("\"generated\""), policy);
    // The getter of a field fed by a @CookieName constructor parameter carries a checked name.
    assertEquals(List.of(), messages(compilation, "dynamic-name"));
  }

  /**
   * Writes, in the first round, a source with a declaration and an enum of cookie names read
   * through a getter; claims everything from the second round on, where that source is compiled.
   */
  private static final class ClaimsEverythingLater extends ProcessorTesting.AnyAnnotationProcessor {
    private int round;

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment env) {
      if (round++ == 0) {
        try (Writer out = processingEnv.getFiler().createSourceFile("gen.Kind").openWriter()) {
          out.write("package gen;\n"
              + "@io.cookieregistry.DeclaredCookie(name = \"generated\", category ="
              + " io.cookieregistry.CookieCategory.NECESSARY, purpose = \"p\", duration ="
              + " \"session\")\n"
              + "public enum Kind {\n"
              + "  SESSION(\"generated\");\n"
              + "  private final String cookie;\n"
              + "  Kind(@io.cookieregistry.CookieName String cookie) { this.cookie = cookie; }\n"
              + "  String cookie() { return cookie; }\n"
              + "  Object write() { return new jakarta.servlet.http.Cookie(cookie(), \"v\"); }\n"
              + "}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return false;
      }
      return true;
    }
  }
}
