package io.cookieregistry.runtime;

import io.cookieregistry.runtime.internal.Checks;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Applies a {@link CookieGuard} in one {@link GuardMode}: checks each {@code Set-Cookie}, counts the
 * decision, logs refusals without flooding, and says whether to pass the header on. Framework
 * integrations (such as the servlet filter) are thin layers over this. Thread-safe.
 */
public final class SetCookieEnforcer {
  /** The {@link System.Logger} name refusals are logged under. */
  public static final String LOGGER_NAME = "io.cookieregistry.guard";
  /** How often one cookie name and reason is logged at most, by default. */
  public static final Duration DEFAULT_LOG_INTERVAL = Duration.ofMinutes(1);

  private final CookieGuard guard;
  private final GuardMode mode;
  private final GuardStats stats = new GuardStats();
  private final System.Logger logger;
  private final ViolationLog log;

  private SetCookieEnforcer(CookieGuard guard, GuardMode mode, System.Logger logger, Clock clock,
      Duration logInterval) {
    this.guard = Checks.notNull(guard, "guard");
    this.mode = Checks.notNull(mode, "mode");
    this.logger = Checks.notNull(logger, "logger");
    this.log = new ViolationLog(logger,
        Checks.notNull(clock, "clock"), Checks.notNull(logInterval, "logInterval"));
  }

  /** Enforces {@code guard} in {@code mode}, logging to {@link #LOGGER_NAME} once a minute per cookie and reason. */
  public static SetCookieEnforcer of(CookieGuard guard, GuardMode mode) {
    return of(guard, mode, System.getLogger(LOGGER_NAME), Clock.systemUTC(), DEFAULT_LOG_INTERVAL);
  }

  /** Like {@link #of(CookieGuard, GuardMode)} with the logger and the log interval chosen (and the clock that measures it). */
  public static SetCookieEnforcer of(CookieGuard guard, GuardMode mode, System.Logger logger,
      Clock clock, Duration logInterval) {
    return new SetCookieEnforcer(guard, mode, logger, clock, logInterval);
  }

  /**
   * Checks one header and says whether to pass it on: an allowed cookie always; a refused one only
   * in {@link GuardMode#REPORT}.
   *
   * @throws RejectedCookieException in {@link GuardMode#STRICT} when the cookie is refused
   */
  public boolean admit(String setCookieHeaderValue, Consent consent) {
    Decision decision = guard.check(setCookieHeaderValue, consent);
    boolean passOn = decision.allowed() || mode == GuardMode.REPORT;
    stats.record(decision, passOn);
    if (decision.allowed()) {
      return true;
    }
    switch (mode) {
      case STRICT:
        throw new RejectedCookieException(decision);
      case REPORT:
        log.report(decision, "would drop Set-Cookie (report mode, let through)");
        return true;
      default:
        log.report(decision, "dropped Set-Cookie");
        return false;
    }
  }

  /**
   * Logs the one line an integration writes when it starts: where the guard runs, its mode, how many
   * declarations it checks against and from which registries. An empty registry is a warning that
   * names the likely cause: in {@link GuardMode#ENFORCE} it means that every cookie is dropped.
   *
   * @param integration what guards, in words, such as {@code "Jetty handler"}
   */
  public void logStartUp(String integration) {
    Checks.notNull(integration, "integration");
    CookieRegistry registry = guard.registry();
    List<String> registries = registry.registryNames();
    int declarations = registry.declarations().size();
    String line = "cookie guard (" + integration + ") in " + mode + " mode: " + declarations
        + (declarations == 1 ? " declaration" : " declarations") + " from " + registries.size()
        + (registries.size() == 1 ? " registry" : " registries")
        + (registries.isEmpty() ? "" : " " + registries);
    if (declarations > 0) {
      logger.log(System.Logger.Level.INFO, line);
      return;
    }
    logger.log(System.Logger.Level.WARNING, "[cookieregistry:empty-registry] " + line + ". "
        + (mode == GuardMode.ENFORCE ? "EVERY COOKIE WILL BE DROPPED, the session cookie included. "
            : mode == GuardMode.STRICT ? "Every cookie will be refused. "
            : "Every cookie will be reported as undeclared. ")
        + "The likely cause: the build did not run the annotation processor (name"
        + " cookie-registry-processor in the compiler's annotationProcessorPaths, or Gradle's"
        + " annotationProcessor configuration) or no class declares a cookie with @DeclaredCookie;"
        + " or the jar that holds the generated registry is not on this class path.");
  }

  public GuardMode mode() {
    return mode;
  }

  /** The decisions counted so far. */
  public GuardStats stats() {
    return stats;
  }
}
