package io.cookieregistry.spring.boot.internal;

import io.cookieregistry.runtime.Decision.Reason;
import io.cookieregistry.runtime.GuardStats;
import io.cookieregistry.runtime.RejectedCookieException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Puts every guard filter of the JVM into STRICT mode while a test runs under {@code
 * StrictCookieGuardExtension}, and collects what they refused. Process-wide, as a server's request
 * threads are not the test's; tests that use it must not run in parallel with each other.
 * Not an API: the extension and the starter's filter share it.
 */
public final class StrictGuardSwitch {
  private static final Object LOCK = new Object();
  /** The STRICT enforcers' counts, weakly, so that a closed application context is forgotten. */
  private static final Map<GuardStats, Long> STRICT_STATS = new WeakHashMap<>();
  private static final List<String> REFUSALS = new ArrayList<>();
  private static volatile boolean active;

  private StrictGuardSwitch() {}

  /** Whether guard filters run in STRICT mode now. */
  public static boolean active() {
    return active;
  }

  /** Registers the counts of a filter's STRICT enforcer, so that refusals its application swallowed still count. */
  public static void track(GuardStats strictStats) {
    synchronized (LOCK) {
      STRICT_STATS.put(strictStats, refused(strictStats));
    }
  }

  /** Switches every guard filter to STRICT and starts collecting refusals afresh. */
  public static void activate() {
    synchronized (LOCK) {
      STRICT_STATS.replaceAll((stats, ignored) -> refused(stats));
      REFUSALS.clear();
      active = true;
    }
  }

  /** Records a refusal that left the application as an exception. */
  public static void refused(RejectedCookieException e) {
    synchronized (LOCK) {
      REFUSALS.add(e.getMessage());
    }
  }

  /**
   * Switches the filters back to their configured mode and tells what they refused meanwhile: the
   * messages of the refusals that left the application, and one line for any it swallowed.
   */
  public static List<String> deactivate() {
    synchronized (LOCK) {
      active = false;
      long counted = 0;
      for (Map.Entry<GuardStats, Long> e : STRICT_STATS.entrySet()) {
        counted += refused(e.getKey()) - e.getValue();
      }
      List<String> refusals = new ArrayList<>(REFUSALS);
      if (counted > refusals.size()) {
        refusals.add((counted - refusals.size()) + " more Set-Cookie refused where the application"
            + " caught the exception; see the guard's counts by reason");
      }
      REFUSALS.clear();
      return Collections.unmodifiableList(refusals);
    }
  }

  private static long refused(GuardStats stats) {
    return stats.total() - stats.count(Reason.DECLARED) - stats.count(Reason.DELETION);
  }
}
