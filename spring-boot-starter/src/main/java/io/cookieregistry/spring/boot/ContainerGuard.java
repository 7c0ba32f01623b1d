package io.cookieregistry.spring.boot;

/**
 * Which cookies the embedded container's own guard judges, so that the filter judges the rest and
 * nothing is judged, or counted, twice. Set by {@link ContainerHooks} while the web server is built,
 * read by the {@link GuardFilter} when the container initialises it.
 */
final class ContainerGuard {

  /** What a container integration covers. */
  enum Coverage {
    /** No container integration: the filter judges every cookie. */
    NONE(true, true, "servlet filter"),
    /** Tomcat's guarding cookie processor judges every cookie Tomcat formats; the filter, raw headers. */
    COOKIES(false, true, "servlet filter and Tomcat cookie processor"),
    /** Jetty's guard handler judges every Set-Cookie at commit and announces itself. */
    ALL(false, false, null);

    final boolean filterJudgesCookies;
    final boolean filterJudgesHeaders;
    /** The start-up line's words for the guard, or null where the container integration logs its own. */
    final String startUpName;

    Coverage(boolean filterJudgesCookies, boolean filterJudgesHeaders, String startUpName) {
      this.filterJudgesCookies = filterJudgesCookies;
      this.filterJudgesHeaders = filterJudgesHeaders;
      this.startUpName = startUpName;
    }
  }

  private volatile Coverage coverage = Coverage.NONE;

  void installed(Coverage coverage) {
    this.coverage = coverage;
  }

  Coverage coverage() {
    return coverage;
  }
}
