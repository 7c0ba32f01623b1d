package io.cookieregistry.runtime;

import io.cookieregistry.runtime.Decision.Reason;
import io.cookieregistry.runtime.internal.Checks;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many {@code Set-Cookie} headers a guarded application tried to set, per {@link Reason}, and
 * how many were dropped, since it started. Counting is cheap under contention and allocates nothing;
 * reading gives a consistent-enough view for an operator's page or a metrics exporter.
 */
public final class GuardStats {
  private final LongAdder[] byReason = new LongAdder[Reason.values().length];
  private final LongAdder dropped = new LongAdder();

  GuardStats() {
    for (int i = 0; i < byReason.length; i++) {
      byReason[i] = new LongAdder();
    }
  }

  void record(Decision decision, boolean passedOn) {
    byReason[decision.reason().ordinal()].increment();
    if (!passedOn) {
      dropped.increment();
    }
  }

  /** How many decisions had this reason. */
  public long count(Reason reason) {
    return byReason[Checks.notNull(reason, "reason").ordinal()].sum();
  }

  /** How many headers were checked. */
  public long total() {
    long total = 0;
    for (LongAdder count : byReason) {
      total += count.sum();
    }
    return total;
  }

  /** How many refused headers were dropped (in REPORT mode none are; in STRICT, the ones that threw). */
  public long dropped() {
    return dropped.sum();
  }

  /** The count for every reason, in {@link Reason} order. */
  public Map<Reason, Long> byReason() {
    Map<Reason, Long> counts = new EnumMap<>(Reason.class);
    for (Reason reason : Reason.values()) {
      counts.put(reason, count(reason));
    }
    return Collections.unmodifiableMap(counts);
  }

  @Override
  public String toString() {
    return "GuardStats{" + byReason() + ", dropped=" + dropped() + "}";
  }
}
