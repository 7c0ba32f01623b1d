package io.cookieregistry.runtime.internal.guard;

import io.cookieregistry.runtime.Consent;
import java.util.function.Supplier;

/** How the integrations ask a user's consent resolver. Not public API. */
public final class Consents {
  private Consents() {}

  /**
   * The resolver's answer, or {@link Consent#none()} when it answers {@code null} or fails: a
   * resolver that fails must not break the page, and without an answer nothing optional is set.
   */
  public static Consent resolveOrNone(Supplier<Consent> resolver) {
    try {
      Consent consent = resolver.get();
      return consent != null ? consent : Consent.none();
    } catch (RuntimeException e) {
      return Consent.none();
    }
  }
}
