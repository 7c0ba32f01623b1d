package io.cookieregistry.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.cookieregistry.processor.ProcessorTesting.DECLARATIONS;
import static io.cookieregistry.processor.ProcessorTesting.compile;
import static io.cookieregistry.processor.ProcessorTesting.messages;
import static io.cookieregistry.processor.ProcessorTesting.registryClasses;
import static io.cookieregistry.processor.ProcessorTesting.testSource;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Under kapt the processor sees Kotlin classes as Java stubs without bodies: it says once that the
 * write check cannot run, and still generates the registry.
 */
class KotlinTest {
  private static final JavaFileObject WRITER = testSource("Writer", DECLARATIONS
      + "class Writer { Object c = new jakarta.servlet.http.Cookie(\"visitor_uid\", \"v\"); }\n");

  @Test
  void kaptOptionStopsTheCheckWithOneWarning() {
    Compilation compilation = compile(List.of("-Akapt.kotlin.generated=build/generated"), WRITER);
    assertThat(compilation).succeeded();
    List<String> unavailable = messages(compilation, "write-check-unavailable");
    assertEquals(1, unavailable.size(), unavailable::toString);
    assertThat(compilation).hadWarningContaining("Kotlin sources reach annotation processors"
        + " through kapt");
    assertEquals(1, registryClasses(compilation));
  }

  @Test
  void kotlinStubsStopTheCheckWithOneWarning() {
    JavaFileObject metadata = JavaFileObjects.forSourceString("kotlin.Metadata",
        "package kotlin; public @interface Metadata {}");
    JavaFileObject stub = testSource("Stub", "@kotlin.Metadata class Stub {}\n"
        + "@kotlin.Metadata class Other {}\n");
    Compilation compilation = compile(metadata, stub, WRITER);
    assertThat(compilation).succeeded();
    assertEquals(1, messages(compilation, "write-check-unavailable").size());
    assertEquals(List.of(), messages(compilation, "undeclared"));
    assertEquals(1, registryClasses(compilation));
  }
}
