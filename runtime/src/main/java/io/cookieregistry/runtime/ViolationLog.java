package io.cookieregistry.runtime;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Logs refused cookies without flooding the log when a busy page refuses the same cookie on every
 * request: each cookie name and reason is logged at most once per interval, and the next line says
 * how many were left out. Names are attacker-controlled, so only {@value #MAX_TRACKED} are tracked
 * one by one; the rest share one line per reason.
 */
final class ViolationLog {
  static final int MAX_TRACKED = 1024;

  private final Logger logger;
  private final Clock clock;
  private final long intervalMillis;
  private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

  ViolationLog(Logger logger, Clock clock, Duration interval) {
    this.logger = logger;
    this.clock = clock;
    this.intervalMillis = Math.max(0, interval.toMillis());
  }

  /** Logs {@code decision} (refused) unless it was logged less than an interval ago. */
  void report(Decision decision, String action) {
    String key = decision.reason() + " " + decision.cookieName();
    Window window = windows.get(key);
    boolean shared = false;
    if (window == null) {
      shared = windows.size() >= MAX_TRACKED;
      window = windows.computeIfAbsent(shared ? decision.reason() + " *" : key, k -> new Window());
    }
    long now = clock.millis();
    long due = window.nextLogAt.get();
    if (now < due || !window.nextLogAt.compareAndSet(due, now + intervalMillis)) {
      window.suppressed.increment();
      return;
    }
    long suppressed = window.suppressed.sumThenReset();
    String reasonKey = decision.reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
    logger.log(Level.WARNING, "[cookieregistry:" + reasonKey + "] " + action + ": "
        + printable(decision.message())
        + (suppressed > 0 ? " (" + suppressed + " more " + (shared ? "for other cookie names " : "")
            + "not logged since the last time)" : ""));
  }

  /**
   * The message with every character that a log viewer could take for a line break or a control
   * written as {@code \\uXXXX}: the cookie name in it comes from the response, so from outside.
   */
  static String printable(String message) {
    StringBuilder out = null;
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      int type = Character.getType(c);
      boolean unsafe = Character.isISOControl(c) || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR || type == Character.FORMAT;
      if (unsafe && out == null) {
        out = new StringBuilder(message.length() + 16).append(message, 0, i);
      }
      if (out != null) {
        if (unsafe) {
          out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? message : out.toString();
  }

  private static final class Window {
    final AtomicLong nextLogAt = new AtomicLong(Long.MIN_VALUE);
    final LongAdder suppressed = new LongAdder();
  }
}
