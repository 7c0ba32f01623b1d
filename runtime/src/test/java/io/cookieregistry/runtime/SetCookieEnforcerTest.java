package io.cookieregistry.runtime;

import static io.cookieregistry.runtime.GuardFixtures.GUARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cookieregistry.runtime.Decision.Reason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Modes, counts and the rate-limited log. */
class SetCookieEnforcerTest {
  private final List<String> logged = new ArrayList<>();
  private final MutableClock clock = new MutableClock();

  private SetCookieEnforcer enforcer(GuardMode mode) {
    return SetCookieEnforcer.of(GUARD, mode, new RecordingLogger(logged), clock, Duration.ofMinutes(1));
  }

  @Test
  void enforceDropsAndCounts() {
    SetCookieEnforcer enforcer = enforcer(GuardMode.ENFORCE);
    assertTrue(enforcer.admit("csrftoken=1", Consent.none()));
    assertFalse(enforcer.admit("visitor_uid=1", Consent.none()));
    assertFalse(enforcer.admit("ad_uid=1", Consent.none()));
    assertTrue(enforcer.admit("ad_uid=; Max-Age=0", Consent.none()));
    GuardStats stats = enforcer.stats();
    assertEquals(1, stats.count(Reason.DECLARED));
    assertEquals(1, stats.count(Reason.UNDECLARED));
    assertEquals(1, stats.count(Reason.NO_CONSENT));
    assertEquals(1, stats.count(Reason.DELETION));
    assertEquals(4, stats.total());
    assertEquals(2, stats.dropped());
    assertEquals(2, logged.size());
    assertTrue(logged.get(0).startsWith("WARNING [cookieregistry:undeclared] dropped"), logged.get(0));
    assertTrue(logged.get(1).contains("'ad_uid'"), logged.get(1));
  }

  @Test
  void aCookieNameCannotForgeLogLines() {
    SetCookieEnforcer enforcer = enforcer(GuardMode.ENFORCE);
    assertFalse(enforcer.admit("evil\u0085WARNING forged\u00adx=1", Consent.none()));
    assertEquals(1, logged.size());
    assertTrue(logged.get(0).contains("evil\\u0085WARNING forged\\u00adx"), logged.get(0));
    assertFalse(logged.get(0).contains("\u0085"), logged.get(0));
  }

  @Test
  void reportLetsEverythingThroughButLogs() {
    SetCookieEnforcer enforcer = enforcer(GuardMode.REPORT);
    assertTrue(enforcer.admit("visitor_uid=1", Consent.none()));
    assertTrue(enforcer.admit("a=b\nc", Consent.none()));
    assertEquals(0, enforcer.stats().dropped());
    assertEquals(1, enforcer.stats().count(Reason.MALFORMED));
    assertEquals(2, logged.size());
    assertTrue(logged.get(0).contains("report mode"), logged.get(0));
  }

  @Test
  void strictThrowsNamingTheCookieAndReason() {
    SetCookieEnforcer enforcer = enforcer(GuardMode.STRICT);
    assertTrue(enforcer.admit("csrftoken=1", Consent.none()));
    RejectedCookieException e = assertThrows(RejectedCookieException.class,
        () -> enforcer.admit("visitor_uid=1", Consent.none()));
    assertTrue(e.getMessage().contains("UNDECLARED") && e.getMessage().contains("'visitor_uid'"),
        e.getMessage());
    assertEquals(Reason.UNDECLARED, e.reason());
    assertEquals(Reason.UNDECLARED, e.decision().orElseThrow().reason());
    assertEquals(1, enforcer.stats().dropped());
  }

  @Test
  void aRejectionSurvivesSerialisationWithItsReasonNameAndMessage() throws Exception {
    RejectedCookieException thrown = assertThrows(RejectedCookieException.class,
        () -> enforcer(GuardMode.STRICT).admit("visitor_uid=1", Consent.none()));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(thrown);
    }
    RejectedCookieException read;
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      read = (RejectedCookieException) in.readObject();
    }
    assertEquals(thrown.getMessage(), read.getMessage());
    assertEquals(Reason.UNDECLARED, read.reason());
    assertEquals("visitor_uid", read.cookieName());
    assertEquals(Optional.empty(), read.decision());
  }

  @Test
  void logsEachNameAndReasonOncePerIntervalWithTheCountLeftOut() {
    SetCookieEnforcer enforcer = enforcer(GuardMode.ENFORCE);
    for (int i = 0; i < 1000; i++) {
      enforcer.admit("visitor_uid=" + i, Consent.none());
      enforcer.admit("ad_uid=" + i, Consent.none());
    }
    assertEquals(2, logged.size(), logged.toString());
    clock.advance(Duration.ofSeconds(61));
    enforcer.admit("visitor_uid=x", Consent.none());
    assertEquals(3, logged.size());
    assertTrue(logged.get(2).contains("999 more not logged"), logged.get(2));
    assertEquals(2001, enforcer.stats().total());
  }

  @Test
  void sharesOneLineAmongUntrackedNames() {
    SetCookieEnforcer enforcer = enforcer(GuardMode.ENFORCE);
    for (int i = 0; i < ViolationLog.MAX_TRACKED + 500; i++) {
      enforcer.admit("random" + i + "=1", Consent.none());
    }
    assertEquals(ViolationLog.MAX_TRACKED + 1, logged.size());
    assertEquals(ViolationLog.MAX_TRACKED + 500, enforcer.stats().count(Reason.UNDECLARED));
  }

  @Test
  void parsesModes() {
    assertEquals(GuardMode.REPORT, GuardMode.parse(" report "));
    assertEquals(GuardMode.STRICT, GuardMode.parse("STRICT"));
    assertThrows(IllegalArgumentException.class, () -> GuardMode.parse("drop"));
    assertThrows(IllegalArgumentException.class, () -> GuardMode.parse(null));
  }

  /** Records "LEVEL message" lines. */
  @Test
  void startUpLineNamesModeDeclarationsAndRegistries() {
    enforcer(GuardMode.REPORT).logStartUp("test container");
    assertEquals(List.of("INFO cookie guard (test container) in REPORT mode: "
        + GUARD.registry().declarations().size() + " declarations from 1 registry"
        + " [declarations given in code]"), logged);
  }

  @Test
  void anEmptyRegistryInEnforceModeIsALoudWarningNamingTheCause() {
    SetCookieEnforcer empty = SetCookieEnforcer.of(CookieGuard.of(CookieRegistry.merge(Set.<CookieRegistryProvider>of())),
        GuardMode.ENFORCE, new RecordingLogger(logged), clock, Duration.ofMinutes(1));
    empty.logStartUp("Jetty handler");
    assertEquals(1, logged.size());
    String line = logged.get(0);
    assertTrue(line.startsWith("WARNING [cookieregistry:empty-registry] cookie guard (Jetty handler)"
        + " in ENFORCE mode: 0 declarations from 0 registries. EVERY COOKIE WILL BE DROPPED"), line);
    assertTrue(line.contains("annotationProcessorPaths"), line);
  }

  static final class RecordingLogger implements System.Logger {
    private final List<String> lines;

    RecordingLogger(List<String> lines) {
      this.lines = lines;
    }

    @Override
    public String getName() {
      return "test";
    }

    @Override
    public boolean isLoggable(Level level) {
      return true;
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
      lines.add(level + " " + msg);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
      lines.add(level + " " + format);
    }
  }

  /** A clock that tests move by hand. */
  static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-03-01T12:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
