package io.cookieregistry.runtime;

/** Thrown in {@link GuardMode#STRICT} when a response tries to set a cookie the guard refuses. */
public final class RejectedCookieException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Decision decision;

  /** An exception whose message names the cookie and the reason. */
  public RejectedCookieException(Decision decision) {
    super("Set-Cookie refused (" + decision.reason() + "): " + decision.message());
    this.decision = decision;
  }

  /** The guard's decision. */
  public Decision decision() {
    return decision;
  }
}
