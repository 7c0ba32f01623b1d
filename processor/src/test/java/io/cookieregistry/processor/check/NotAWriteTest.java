package io.cookieregistry.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.cookieregistry.processor.ProcessorTesting.DECLARATIONS;
import static io.cookieregistry.processor.ProcessorTesting.compile;
import static io.cookieregistry.processor.ProcessorTesting.ours;
import static io.cookieregistry.processor.ProcessorTesting.testSource;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads, request headers and look-alikes are not writes; subtypes of a sink's owner are. */
class NotAWriteTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "io.javalin.http.Context ctx | ctx.cookie(\"visitor_uid\")",
      "jakarta.servlet.http.HttpServletRequest r | r.getHeader(\"Set-Cookie\")",
      "jakarta.servlet.http.HttpServletResponse r | r.addHeader(\"Cookie\", \"visitor_uid=1\")",
      "jakarta.servlet.http.HttpServletResponse r | r.getHeaders(\"Set-Cookie\").contains(\"visitor_uid=1\")",
      " | java.net.http.HttpRequest.newBuilder().header(\"Cookie\", \"visitor_uid=1\")",
      " | java.net.http.HttpRequest.newBuilder().setHeader(\"Cookie\", \"visitor_uid=1\")",
      "org.springframework.http.HttpHeaders h | h.add(org.springframework.http.HttpHeaders.COOKIE, \"visitor_uid=1\")",
      "org.springframework.http.HttpHeaders h | h.getFirst(org.springframework.http.HttpHeaders.SET_COOKIE)",
      " | new jakarta.ws.rs.core.Cookie(\"visitor_uid\", \"v\")",
      "jakarta.servlet.http.HttpServletResponse r | r.addHeader(\"Set-Cookie2\", \"visitor_uid=1\")",
      " | io.netty.handler.codec.http.cookie.ServerCookieDecoder.STRICT.decode(\"visitor_uid=1\")",
      "java.util.Map<String, String> m | m.put(\"Cookie\", \"visitor_uid=1\")",
      " | new Cookie(\"visitor_uid\", \"v\")",
      " | java.util.Objects.equals(\"Set-Cookie\", \"visitor_uid=1\")",
  })
  void isNoWrite(String row) {
    String[] parts = row.split("\\|");
    JavaFileObject own = testSource("Cookie", "class Cookie { Cookie(String name, String value) {} }");
    Compilation compilation = compile(own, testSource("Reads", DECLARATIONS + "class Reads {\n"
        + "  void read(" + parts[0].strip() + ") throws Exception { "
        + parts[1].strip() + "; }\n}\n"));
    assertThat(compilation).succeeded();
    assertEquals(List.of(), ours(compilation));
  }

  @Test
  void overrideInAnImplementationIsTheSink() {
    JavaFileObject file = testSource("MyContext", DECLARATIONS
        + "abstract class MyContext implements io.javalin.http.Context {\n"
        + "  @Override public io.javalin.http.Context cookie(String n, String v) { return this; }\n"
        + "  void use() { this.cookie(\"visitor_uid\", \"1\"); cookie(\"sessionid\", \"2\"); }\n"
        + "}\n");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining("cookie 'visitor_uid' is written by"
        + " io.javalin.http.Context.cookie(name, value, …)").inFile(file)
        .onLineContaining("this.cookie(\"visitor_uid\"");
    assertEquals(1, compilation.errors().size());
  }

  @Test
  void responseWrapperSubclassHeaderIsAWrite() {
    JavaFileObject file = testSource("Wrapped", DECLARATIONS
        + "class Wrapped extends jakarta.servlet.http.HttpServletResponseWrapper {\n"
        + "  Wrapped(jakarta.servlet.http.HttpServletResponse r) { super(r); }\n"
        + "  void use() { setHeader(\"Set-Cookie\", \"visitor_uid=1; Path=/\"); }\n"
        + "}\n");
    assertThat(compile(file)).hadErrorContaining("cookie 'visitor_uid'").inFile(file)
        .onLineContaining("setHeader");
  }
}
