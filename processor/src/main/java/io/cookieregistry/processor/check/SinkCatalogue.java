package io.cookieregistry.processor.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every API that writes a cookie, as data: one {@link Sink} row per constructor or method, and the
 * configuration rows of {@link FrameworkCookies}. Adding a framework is adding a row. Rows name types by their canonical names, so the processor needs none
 * of these frameworks on its own class path; a row whose type is absent simply never matches.
 *
 * <p>Each signature was checked against the framework's jar from Maven Central. Reads are left out
 * on purpose: Javalin's one-argument {@code ctx.cookie(name)}, say.
 *
 * <p>Two more tables say what is <em>not</em> a new write: {@link #COOKIE_TEXTS}, the text of a
 * cookie made (and checked) elsewhere, and {@link #NOT_WRITES}, the requests and assertions of
 * tests, which carry cookies that no server writes.
 */
final class SinkCatalogue {
  /** Cookie objects and builders; the argument {@code name} is the cookie name. */
  static final List<String> COOKIES = List.of(
      "new jakarta.servlet.http.Cookie(String name, String value)",
      "new javax.servlet.http.Cookie(String name, String value)",
      "org.springframework.http.ResponseCookie.from(String name)",
      "org.springframework.http.ResponseCookie.from(String name, String value)",
      "org.springframework.http.ResponseCookie.fromClientResponse(String name, String value)",
      "new jakarta.ws.rs.core.NewCookie(String name, String value, ...)",
      "new javax.ws.rs.core.NewCookie(String name, String value, ...)",
      "new jakarta.ws.rs.core.NewCookie.Builder(String name)",
      "new jakarta.ws.rs.core.NewCookie(jakarta.ws.rs.core.Cookie cookie, ...)",
      "new javax.ws.rs.core.NewCookie(javax.ws.rs.core.Cookie cookie, ...)",
      "new jakarta.ws.rs.core.NewCookie.Builder(jakarta.ws.rs.core.Cookie cookie)",
      "new io.netty.handler.codec.http.cookie.DefaultCookie(String name, String value)",
      "io.vertx.core.http.Cookie.cookie(String name, String value)",
      "new io.undertow.server.handlers.CookieImpl(String name)",
      "new io.undertow.server.handlers.CookieImpl(String name, String value)",
      "io.micronaut.http.cookie.Cookie.of(String name, String value)",
      "io.javalin.http.Context.cookie(String name, String value, ...)",
      "new io.javalin.http.Cookie(String name, String value, ...)",
      "io.helidon.http.SetCookie.builder(String name, String value)",
      "io.helidon.http.SetCookie.create(String name, String value)",
      "io.helidon.common.http.SetCookie.builder(String name, String value)",
      "io.helidon.common.http.SetCookie.create(String name, String value)",
      "play.mvc.Http.Cookie.builder(String name, String value)",
      "new java.net.HttpCookie(String name, String value)",
      "new org.pac4j.core.context.Cookie(String name, String value)",
      "new io.vertx.core.http.impl.CookieImpl(String name, String value)",
      "org.apache.wicket.util.cookies.CookieUtils.save(String name, String value)",
      "new io.jooby.Cookie(String name, ...)",
      "com.linecorp.armeria.common.Cookie.of(String name, String value)",
      "com.linecorp.armeria.common.Cookie.ofSecure(String name, String value)",
      "com.linecorp.armeria.common.Cookie.builder(String name, String value)",
      "com.linecorp.armeria.common.Cookie.secureBuilder(String name, String value)",
      "org.eclipse.jetty.http.HttpCookie.from(String name, String value, ...)",
      "org.eclipse.jetty.http.HttpCookie.build(String name, String value, ...)",
      "io.netty.handler.codec.http.cookie.ServerCookieEncoder.encode(String name, String value)");

  /**
   * Deletions that name the cookie: the response carries a {@code Set-Cookie} of that name, so
   * the name must be declared like any other write.
   */
  static final List<String> DELETIONS = List.of(
      "io.vertx.core.http.HttpServerResponse.removeCookie(String name, ...)",
      "io.vertx.core.http.HttpServerResponse.removeCookies(String name, ...)",
      "io.javalin.http.Context.removeCookie(String name, ...)",
      "play.mvc.Result.discardingCookie(String name, ...)",
      "org.apache.wicket.util.cookies.CookieUtils.remove(String name)");

  /**
   * Raw header writes, on any type: servlet {@code addHeader/setHeader}, Spring and Netty {@code
   * HttpHeaders.add/set}, JAX-RS {@code ResponseBuilder.header}, Vert.x {@code putHeader}, Undertow
   * {@code HeaderMap.add/put}, the JDK's {@code Headers.add/set}, and the many frameworks shaped
   * alike. They count only when the header is {@code Set-Cookie}, which no HTTP client sends, so a
   * request's {@code Cookie} header never matches.
   */
  static final List<String> HEADERS = List.of(
      "*.addHeader(header, value)",
      "*.setHeader(header, value)",
      "*.putHeader(header, value)",
      "*.appendHeader(header, value)",
      "*.header(header, value)",
      "*.add(header, value)",
      "*.set(header, value)",
      "*.put(header, value)",
      "*.append(header, value)");

  /**
   * Calls that give a cookie object's {@code Set-Cookie} text. Its name was checked where the
   * cookie was made, so a header whose value is such a text is not a second, dynamic write. {@code
   * toString()} counts on the types whose text is their {@code Set-Cookie} form.
   */
  static final List<String> COOKIE_TEXTS = List.of(
      "org.springframework.http.ResponseCookie.toString()",
      "java.net.HttpCookie.toString()",
      "jakarta.ws.rs.core.NewCookie.toString()",
      "javax.ws.rs.core.NewCookie.toString()",
      "io.netty.handler.codec.http.cookie.ServerCookieEncoder.encode(...)",
      "io.vertx.core.http.Cookie.encode()",
      "org.apache.tomcat.util.http.CookieProcessor.generateHeader(...)");

  /**
   * Calls whose arguments are a request or an assertion of a test, not a response: a cookie made
   * as their argument, or a {@code Set-Cookie} header they take, is not written by the server.
   */
  static final List<String> NOT_WRITES = List.of(
      "org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder.cookie(...)",
      "org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder.header(...)",
      "org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder.cookie(...)",
      "org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder.header(...)",
      "org.springframework.mock.web.MockHttpServletRequest.setCookies(...)",
      "org.springframework.mock.web.MockHttpServletRequest.addHeader(...)",
      "org.springframework.test.web.servlet.result.HeaderResultMatchers.string(...)",
      "org.springframework.test.web.reactive.server.WebTestClient.RequestHeadersSpec.header(...)",
      "org.springframework.test.web.reactive.server.HeaderAssertions.valueEquals(...)",
      "org.springframework.mock.http.server.reactive.MockServerHttpRequest.BaseBuilder.header(...)",
      "io.restassured.specification.RequestSpecification.header(...)",
      "io.restassured.specification.RequestSpecification.cookie(...)",
      "io.restassured.response.ValidatableResponseOptions.header(...)",
      "io.restassured.response.ValidatableResponseOptions.cookie(...)",
      "java.net.http.HttpRequest.Builder.header(...)",
      "java.net.http.HttpRequest.Builder.setHeader(...)",
      "io.netty.handler.codec.http.cookie.ClientCookieEncoder.encode(...)",
      "java.net.CookieStore.add(...)");

  private final Map<String, List<Sink>> byMethod = new HashMap<>();
  private final Map<String, FrameworkCookie> annotations = new HashMap<>();
  private final Map<String, FrameworkCookie> parameters = new HashMap<>();

  private SinkCatalogue(List<String> rows, List<FrameworkCookie> frameworks) {
    rows.forEach(row -> add(Sink.parse(row)));
    for (FrameworkCookie cookie : frameworks) {
      for (String row : cookie.calls()) {
        if (FrameworkCookie.isAnnotationRow(row)) {
          annotations.put(FrameworkCookie.markerType(row), cookie);
        } else if (FrameworkCookie.isParameterRow(row)) {
          parameters.put(FrameworkCookie.markerType(row), cookie);
        } else {
          add(Sink.configuration(row, cookie));
        }
      }
    }
  }

  /** The framework cookie that an annotation of this type starts, if any. */
  Optional<FrameworkCookie> annotation(String type) {
    return Optional.ofNullable(annotations.get(type));
  }

  /** The framework cookie that a method parameter of this type starts, if any. */
  Optional<FrameworkCookie> parameter(String type) {
    return Optional.ofNullable(parameters.get(type));
  }

  private void add(Sink sink) {
    byMethod.computeIfAbsent(sink.method(), m -> new ArrayList<>()).add(sink);
  }

  /** The catalogue of every cookie, header and configuration row. */
  static SinkCatalogue standard() {
    List<String> rows = new ArrayList<>(COOKIES);
    rows.addAll(DELETIONS);
    rows.addAll(HEADERS);
    return new SinkCatalogue(rows, FrameworkCookies.ALL);
  }

  /** The calls that give a cookie's text, {@link #COOKIE_TEXTS}. */
  static SinkCatalogue cookieTexts() {
    return new SinkCatalogue(COOKIE_TEXTS, List.of());
  }

  /** The requests and assertions of tests, {@link #NOT_WRITES}. */
  static SinkCatalogue notWrites() {
    return new SinkCatalogue(NOT_WRITES, List.of());
  }

  /** The simple names of the rows' methods ({@code <init>} for constructors). */
  Set<String> methodNames() {
    return Collections.unmodifiableSet(byMethod.keySet());
  }

  /** The rows for a method simple name ({@code <init>} for constructors); empty when none. */
  List<Sink> candidates(String method) {
    return byMethod.getOrDefault(method, List.of());
  }
}
