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
 * @param replacesContainerSession whether configuring this cookie replaces the container's session
 *     cookie
 * @param calls the configuration rows: signatures, annotations ({@code @Type}) and method
 *     parameters ({@code Type parameter}) that start the cookie
 */
record FrameworkCookie(String framework, String defaultName, Reach reach,
    boolean replacesContainerSession, List<String> calls) {

  FrameworkCookie(String framework, String defaultName, Reach reach, String... calls) {
    this(framework, defaultName, reach, false, List.of(calls));
  }

  /**
   * The cookie of a session store that takes the container's sessions over (Spring Session): an
   * application that configures it writes this cookie instead of the container's.
   */
  static FrameworkCookie sessionStore(String framework, String defaultName, String... calls) {
    return new FrameworkCookie(framework, defaultName, Reach.COMPILATION, true, List.of(calls));
  }

  /** A row that is an annotation on any declaration: {@code "@com.example.EnableSessions"}. */
  static boolean isAnnotationRow(String row) {
    return row.startsWith("@");
  }

  /** A row that is a method parameter of a type: {@code "jakarta.servlet.http.HttpSession parameter"}. */
  static boolean isParameterRow(String row) {
    return row.endsWith(PARAMETER);
  }

  /** The type that an annotation or parameter row names. */
  static String markerType(String row) {
    return isAnnotationRow(row) ? row.substring(1) : row.substring(0, row.length() - PARAMETER.length());
  }

  private static final String PARAMETER = " parameter";

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
