package io.cookieregistry.runtime;

import io.cookieregistry.runtime.Decision.Reason;
import io.cookieregistry.runtime.internal.Checks;
import java.util.Optional;

/**
 * Thrown in {@link GuardMode#STRICT} when a response tries to set a cookie the guard refuses.
 *
 * <p>Serialisable: the message, the {@link #reason()} and the {@link #cookieName()} travel with it
 * (to a test runner in another JVM, say); the full {@link #decision()}, which holds the registry's
 * declaration, stays in the JVM that made it.
 */
public final class RejectedCookieException extends RuntimeException {
  private static final long serialVersionUID = 2L;

  private final Reason reason;
  private final String cookieName;
  private final transient Decision decision;

  /** An exception whose message names the cookie and the reason. */
  public RejectedCookieException(Decision decision) {
    super("Set-Cookie refused (" + Checks.notNull(decision, "decision").reason() + "): "
        + decision.message());
    this.reason = decision.reason();
    this.cookieName = decision.cookieName();
    this.decision = decision;
  }

  /** Why the cookie was refused. */
  public Reason reason() {
    return reason;
  }

  /** The refused cookie's name; empty for a malformed header. */
  public String cookieName() {
    return cookieName;
  }

  /** The guard's decision; empty once the exception has been serialised and read back. */
  public Optional<Decision> decision() {
    return Optional.ofNullable(decision);
  }
}
