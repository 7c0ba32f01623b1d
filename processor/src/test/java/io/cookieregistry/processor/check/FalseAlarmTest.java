package io.cookieregistry.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.cookieregistry.processor.ProcessorTesting.DECLARATIONS;
import static io.cookieregistry.processor.ProcessorTesting.compile;
import static io.cookieregistry.processor.ProcessorTesting.messages;
import static io.cookieregistry.processor.ProcessorTesting.ours;
import static io.cookieregistry.processor.ProcessorTesting.testSource;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.cookieregistry.processor.ProcessorTesting;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Sound code that must compile without a word from the processor, so that -Werror builds work. */
class FalseAlarmTest {
  /** RestAssured pulls in Groovy; a stub with its real signatures stands in. */
  static final JavaFileObject REST_ASSURED = JavaFileObjects.forSourceString(
      "io.restassured.response.ValidatableResponseOptions", "package io.restassured.response;"
          + " public interface ValidatableResponseOptions<T extends ValidatableResponseOptions<T, R>,"
          + " R> { T header(String headerName, String expectedValue);"
          + " T cookie(String cookieName, Object expectedValue); }");

  private static Compilation compileSilently(String parameters, String statements,
      JavaFileObject... more) {
    JavaFileObject file = testSource("Sound", DECLARATIONS
        + "@io.cookieregistry.DeclaredCookie(name = \"theme\","
        + " category = io.cookieregistry.CookieCategory.PREFERENCES, purpose = \"Theme\")\n"
        + "class Sound {\n  void w(" + parameters + ") throws Exception {\n" + statements
        + "\n  }\n}\n");
    JavaFileObject[] all = new JavaFileObject[more.length + 1];
    all[0] = file;
    System.arraycopy(more, 0, all, 1, more.length);
    return compile(all); // no -Werror: the Vert.x jar alone warns about its missing codegen
  }

  /** The name was checked where the cookie was made; its text in a header is not a new write. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "org.springframework.http.HttpHeaders h, String v | var c = org.springframework.http.ResponseCookie.from(\"theme\", v).build(); h.add(org.springframework.http.HttpHeaders.SET_COOKIE, c.toString());",
      "jakarta.servlet.http.HttpServletResponse r, String v | r.addHeader(org.springframework.http.HttpHeaders.SET_COOKIE, org.springframework.http.ResponseCookie.from(\"theme\", v).build().toString());",
      "jakarta.ws.rs.core.Response.ResponseBuilder b, org.springframework.http.ResponseCookie c | b.header(\"Set-Cookie\", c.toString());",
      "jakarta.servlet.http.HttpServletResponse r, java.net.HttpCookie c | r.setHeader(\"Set-Cookie\", c.toString());",
      "jakarta.servlet.http.HttpServletResponse r, jakarta.ws.rs.core.NewCookie c | r.addHeader(\"set-cookie\", c.toString());",
      "jakarta.servlet.http.HttpServletResponse r, javax.ws.rs.core.NewCookie c | r.addHeader(\"Set-Cookie\", String.valueOf(c));",
      "io.netty.handler.codec.http.HttpHeaders h, io.netty.handler.codec.http.cookie.Cookie c | h.add(io.netty.handler.codec.http.HttpHeaderNames.SET_COOKIE, io.netty.handler.codec.http.cookie.ServerCookieEncoder.STRICT.encode(c));",
      "io.netty.handler.codec.http.HttpHeaders h | h.add(io.netty.handler.codec.http.HttpHeaderNames.SET_COOKIE, io.netty.handler.codec.http.cookie.ServerCookieEncoder.LAX.encode(\"theme\", \"dark\"));",
      "io.vertx.core.http.HttpServerResponse r, io.vertx.core.http.Cookie c | r.putHeader(\"Set-Cookie\", c.encode());",
      "jakarta.servlet.http.HttpServletResponse r, String v | var c = org.springframework.http.ResponseCookie.from(\"theme\", v).build(); String text = c.toString(); r.addHeader(\"Set-Cookie\", text);",
      "jakarta.servlet.http.HttpServletResponse r, org.springframework.http.ResponseCookie c | r.addHeader(\"Set-Cookie\", \"\" + c);",
      "jakarta.servlet.http.HttpServletResponse r, java.net.HttpCookie c | r.addHeader(\"Set-Cookie\", (c.toString() + \"\"));",
  })
  void aCookieObjectsTextInAHeaderIsNoSecondWrite(String parameters, String statements) {
    Compilation compilation = compileSilently(parameters, statements);
    assertThat(compilation).succeeded();
    assertEquals(List.of(), ours(compilation));
  }

  /** javac's constructor of the anonymous class passes the name on; the one write is sound. */
  @Test
  void anAnonymousCookieOfADeclaredNameIsOneSoundWrite() {
    Compilation compilation = compileSilently("jakarta.servlet.http.HttpServletResponse r, String v",
        "r.addCookie(new jakarta.servlet.http.Cookie(\"theme\", v) { });");
    assertThat(compilation).succeeded();
    assertEquals(List.of(), ours(compilation));
  }

  /** Requests and assertions of tests carry cookies, but no server writes them. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(\"/\").cookie(new jakarta.servlet.http.Cookie(\"ab\", \"B\"));",
      "new org.springframework.mock.web.MockHttpServletRequest().setCookies(new jakarta.servlet.http.Cookie(\"ab\", \"B\"), new jakarta.servlet.http.Cookie(\"cd\", \"B\"));",
      "org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string(\"Set-Cookie\", \"ab=B\");",
      "org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().stringValues(\"Set-Cookie\", \"ab=B\", \"cd=B\");",
      "new org.springframework.mock.web.MockHttpServletRequest().addHeader(\"Set-Cookie\", \"ab=B\");",
      "org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(\"/\").header(\"Set-Cookie\", \"ab=B\");",
      "io.restassured.response.ValidatableResponseOptions<?, ?> then = null; then.header(\"Set-Cookie\", \"ab=B\");",
  })
  void cookiesOfRequestsAndAssertionsAreNoWrites(String statements) {
    Compilation compilation = compileSilently("", statements, REST_ASSURED);
    assertThat(compilation).succeeded();
    assertEquals(List.of(), ours(compilation));
  }

  @Test
  void aServerResponseInATestIsStillAWrite() {
    Compilation compilation = compileSilently("", "new org.springframework.mock.web"
        + ".MockHttpServletResponse().addCookie(new jakarta.servlet.http.Cookie(\"ab\", \"B\"));");
    assertEquals(1, messages(compilation, "undeclared").size(), () -> ours(compilation).toString());
  }

  @Test
  void theWriteCheckCanBeTurnedOffForTestCompilations() {
    JavaFileObject file = testSource("T", DECLARATIONS + "class T { Object c = new"
        + " jakarta.servlet.http.Cookie(\"visitor_uid\", \"v\"); Object d = new"
        + " jakarta.servlet.http.Cookie(String.valueOf(1), \"v\"); }");
    Compilation off = compile(List.of("-Acookieregistry.writeCheck=off"), file);
    assertThat(off).succeeded();
    assertEquals(List.of(), ours(off));
    assertEquals(1, ProcessorTesting.registryClasses(off), "the registry is still generated");
    Compilation on = compile(List.of("-Acookieregistry.writeCheck=on"), file);
    assertEquals(1, messages(on, "undeclared").size());
    assertEquals(1, messages(compile(List.of("-Acookieregistry.writeCheck=maybe"), file),
        "bad-option").size());
  }

  /** Constant expressions fold as javac folds them (JLS 15.29). */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "\"v\" + (1 + 2)                 | v3",
      "\"a\" + (ON ? \"b\" : \"c\")    | ab",
      "\"a\" + (char) 65               | aA",
      "\"a\" + (char) ('a' + 1)        | ab",
      "\"n\" + (7 / 2) + (7 % 2)       | n31",
      "\"f\" + 1.5f + 2L               | f1.52",
      "\"s\" + (1 << 3) + (-8 >> 1)    | s8-4",
      "\"b\" + (1 < 2 && !ON)          | bfalse",
      "\"d\" + 1e10                    | d1.0E10",
      "\"i\" + (Integer.MAX_VALUE + 1) | i-2147483648",
      "\"x\" + (byte) 300              | x44",
      "\"m\" + (Integer.MIN_VALUE / -1) | m-2147483648",
      "\"u\" + (-1 >>> 28) + (-1L >>> 60) | u1515",
      "\"c\" + (char) 66.9 + -'a'       | cB-97",
      "\"l\" + (long) 1e19 + (int) -2.5f | l9223372036854775807-2",
  })
  void constantExpressionsFoldAsJavacFoldsThem(String expression, String name) {
    JavaFileObject file = testSource("K", DECLARATIONS + "class K {\n"
        + "  static final boolean ON = true;\n"
        + "  Object c = new jakarta.servlet.http.Cookie(" + expression + ", \"v\");\n"
        + "  void h(jakarta.servlet.http.HttpServletResponse r, String v) {\n"
        + "    r.addHeader(\"Set-Cookie\", " + expression + " + \"=\" + v);\n  }\n}\n");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining("cookie '" + name + "' is written by jakarta")
        .inFile(file).onLineContaining("new jakarta");
    assertThat(compilation).hadErrorContaining("cookie '" + name + "' is written by a Set-Cookie")
        .inFile(file).onLineContaining("addHeader");
    assertEquals(2, compilation.errors().size(), () -> ours(compilation).toString());
  }

  @Test
  void theDeadBranchOfAConstantConditionIsNotWritten() {
    JavaFileObject file = testSource("K", DECLARATIONS + "class K {\n"
        + "  static final boolean ON = true;\n"
        + "  Object c = new jakarta.servlet.http.Cookie(ON ? \"sessionid\" : \"x\", \"v\");\n"
        + "  Object d = new jakarta.servlet.http.Cookie(!ON ? \"y\" : \"visitor_id\", \"v\");\n}\n");
    Compilation compilation = compile(file);
    assertThat(compilation).succeeded();
    assertEquals(List.of(), ours(compilation));
  }

  @Test
  void aCookieNameArrayWithConstantElementsIsChecked() {
    JavaFileObject file = testSource("A", "import io.cookieregistry.CookieName;\n" + DECLARATIONS
        + "class A {\n"
        + "  @CookieName static final String[] NAMES = {\"sessionid\", \"visitor_id\"};\n"
        + "  @CookieName String[] others = new String[] {\"sessionid\", \"array_typo\"};\n"
        + "}\n");
    Compilation compilation = compile(file);
    assertEquals(List.of(), messages(compilation, "dynamic-name"));
    assertThat(compilation).hadErrorContaining("cookie 'array_typo'").inFile(file)
        .onLineContaining("array_typo");
    assertEquals(1, compilation.errors().size(), () -> ours(compilation).toString());
  }
}
