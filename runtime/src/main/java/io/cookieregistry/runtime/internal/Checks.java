package io.cookieregistry.runtime.internal;

/** Argument checks of the public entry points, worded the same everywhere. */
public final class Checks {
  private Checks() {}

  /**
   * Returns {@code value}, or throws when it is null.
   *
   * @throws NullPointerException "{@code <name> must not be null}"
   */
  public static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " must not be null");
    }
    return value;
  }
}
