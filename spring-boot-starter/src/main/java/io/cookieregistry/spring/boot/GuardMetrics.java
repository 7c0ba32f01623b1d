package io.cookieregistry.spring.boot;

import io.cookieregistry.runtime.Decision.Reason;
import io.cookieregistry.runtime.GuardStats;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Micrometer counters over the guard's counts: {@value #DECISIONS} tagged with the {@code reason}
 * (declared, deletion, undeclared, no_consent, attribute_mismatch, malformed), and {@value
 * #DROPPED}. They read the counts the guard keeps anyway, so counting costs nothing more.
 */
final class GuardMetrics implements MeterBinder {
  static final String DECISIONS = "cookieregistry.guard.decisions";
  static final String DROPPED = "cookieregistry.guard.dropped";

  private final GuardStats stats;

  GuardMetrics(GuardStats stats) {
    this.stats = stats;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (Reason reason : Reason.values()) {
      FunctionCounter.builder(DECISIONS, stats, s -> s.count(reason))
          .description("Set-Cookie headers the cookie guard decided on, by reason")
          .tag("reason", CookieRegistryEndpoint.key(reason.name()))
          .register(registry);
    }
    FunctionCounter.builder(DROPPED, stats, GuardStats::dropped)
        .description("Set-Cookie headers the cookie guard dropped")
        .register(registry);
  }
}
