package io.cookieregistry.processor.check;

import io.cookieregistry.processor.check.FrameworkCookie.Reach;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The cookies that configuration makes frameworks write. A call that names a framework's cookie
 * is an ordinary write, judged at once; a call that starts one under its default name is held
 * until its {@link Reach} has been scanned, and dropped if a call within that reach named the
 * cookie or handed it over: a renamed cookie replaces the default.
 */
final class ConfiguredCookies {
  private final Optional<String> sessionCookie;
  private final Consumer<Write> found;
  private final Map<Reach, Map<FrameworkCookie, List<Write>>> started = new EnumMap<>(Reach.class);
  private final Map<Reach, Set<FrameworkCookie>> named = new EnumMap<>(Reach.class);

  /**
   * @param sessionCookie the container's session cookie name, empty when the rule is off
   * @param found where the writes of default names go once they stand
   */
  ConfiguredCookies(Optional<String> sessionCookie, Consumer<Write> found) {
    this.sessionCookie = sessionCookie;
    this.found = found;
    for (Reach reach : Reach.values()) {
      started.put(reach, new LinkedHashMap<>());
      named.put(reach, new HashSet<>());
    }
  }

  /** The name a framework gives its cookie when the application names none, if any. */
  Optional<String> defaultName(FrameworkCookie cookie) {
    return cookie == FrameworkCookies.CONTAINER_SESSION ? sessionCookie
        : Optional.ofNullable(cookie.defaultName());
  }

  /** A call starts the cookie under its default name, unless its reach names it. */
  void started(FrameworkCookie cookie, Write write) {
    started.get(cookie.reach()).computeIfAbsent(cookie, c -> new ArrayList<>()).add(write);
    replaceContainerSession(cookie);
  }

  /** A call names the cookie or hands it over: the default name is not written in its reach. */
  void named(FrameworkCookie cookie) {
    named.get(cookie.reach()).add(cookie);
    replaceContainerSession(cookie);
  }

  /** A session store's cookie takes the place of the container's session cookie. */
  private void replaceContainerSession(FrameworkCookie cookie) {
    if (cookie.replacesContainerSession()) {
      named(FrameworkCookies.CONTAINER_SESSION);
    }
  }

  /** A top-level class has been scanned: the defaults of its configured objects stand or fall. */
  void classScanned() {
    settle(Reach.CLASS);
  }

  /** Every class has been scanned: the defaults of the application's cookies stand or fall. */
  void compilationScanned() {
    settle(Reach.COMPILATION);
  }

  private void settle(Reach reach) {
    Set<FrameworkCookie> renamed = named.get(reach);
    started.get(reach).forEach((cookie, writes) -> {
      if (!renamed.contains(cookie)) {
        writes.forEach(found);
      }
    });
    started.get(reach).clear();
    renamed.clear();
  }
}
