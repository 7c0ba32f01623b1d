package io.cookieregistry.runtime;

import java.util.Locale;

/** What a guarded response does with a {@code Set-Cookie} that the {@link CookieGuard} refuses. */
public enum GuardMode {
  /** Drop the cookie and log it: for production. */
  ENFORCE,
  /** Log it and let it through: to find out what a running application sets before enforcing. */
  REPORT,
  /** Throw a {@link RejectedCookieException} naming the cookie and the reason: for tests. */
  STRICT;

  /**
   * The mode named by {@code text}, ignoring case and surrounding spaces.
   *
   * @throws IllegalArgumentException naming the text and the accepted values
   */
  public static GuardMode parse(String text) {
    String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (GuardMode mode : values()) {
      if (mode.name().equals(t)) {
        return mode;
      }
    }
    throw new IllegalArgumentException("unknown cookie guard mode '" + text
        + "'; use enforce, report or strict");
  }
}
