package io.cookieregistry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.cookieregistry.processor.ProcessorTesting.classOutput;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/**
 * A processor that runs before ours and claims every annotation ({@code *}, returning {@code
 * true}) leaves javac nothing to pass ours: ours is then called with no annotation types at all,
 * though the round's elements carry its annotations. Their declarations still count.
 */
class ClaimingProcessorTest {
  @Test
  void declarationsOfARoundWhoseAnnotationsAnEarlierProcessorClaimedStillCount() {
    Compilation compilation = Compiler.javac()
        .withProcessors(new ClaimsEverythingLater(), new CookieRegistryProcessor())
        .compile(JavaFileObjects.forSourceString("test.Plain",
            "package test; @Deprecated public class Plain {}"));

    assertThat(compilation).succeeded();
    String policy = classOutput(compilation, GeneratedFilesTest.JSON);
    assertTrue(policy.contains("\"generated\""), policy);
    assertTrue(policy.contains("\"also-generated\""), policy);
  }

  /**
   * Writes, in the first round, a source that declares two cookies (one on a constructor, one on
   * a field); claims everything from the second round on, where that source is compiled.
   */
  private static final class ClaimsEverythingLater extends ProcessorTesting.AnyAnnotationProcessor {
    private int round;

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment env) {
      if (round++ == 0) {
        try (Writer out = processingEnv.getFiler().createSourceFile("gen.Generated").openWriter()) {
          out.write("package gen;\n"
              + "public class Generated {\n"
              + "  @io.cookieregistry.DeclaredCookie(name = \"also-generated\", category ="
              + " io.cookieregistry.CookieCategory.NECESSARY, purpose = \"p\", duration ="
              + " \"session\") String field;\n"
              + "  @io.cookieregistry.DeclaredCookie(name = \"generated\", category ="
              + " io.cookieregistry.CookieCategory.NECESSARY, purpose = \"p\", duration ="
              + " \"session\") public Generated() {}\n"
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
