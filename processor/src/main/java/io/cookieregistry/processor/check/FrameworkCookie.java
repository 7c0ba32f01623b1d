package io.cookieregistry.processor.check;

import java.util.List;

/**
 * A cookie that a framework or container writes once the application configures it, and the calls
 * that configure it (rows of the {@link SinkCatalogue}, parsed by {@link Sink#configuration}).
 *
 * @param framework how diagnostics name the writer: "Spring Security's CookieCsrfTokenRepository"
 * @param defaultName the name the framework uses when the application names none; {@code null}
 *     when it has none (the container's session cookie takes it from an option)
 * @param reach how far a call that names the cookie replaces the default name
 * @param calls the configuration rows, as signatures
 */
record FrameworkCookie(String framework, String defaultName, Reach reach, List<String> calls) {

  FrameworkCookie(String framework, String defaultName, Reach reach, String... calls) {
    this(framework, defaultName, reach, List.of(calls));
  }

  /** Where a call that names the cookie (or hands it over) replaces the default name. */
  enum Reach {
    /**
     * In the same top-level class: a configured object is made and named in one configuration
     * class, and two such objects elsewhere are two cookies.
     */
    CLASS,
    /** Anywhere in the compilation: one cookie of the whole application, such as the session's. */
    COMPILATION
  }
}
