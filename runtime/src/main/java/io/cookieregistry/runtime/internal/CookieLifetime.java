package io.cookieregistry.runtime.internal;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A declared cookie lifetime: {@code session}, or an ISO-8601 period ({@code P1D}, {@code P13M},
 * {@code P1Y}) or duration ({@code PT30M}, {@code P1DT12H}).
 *
 * <p>Months and years have no fixed length; for comparisons (such as the 400-day cap of RFC
 * 6265bis) they count as their average length, as {@link ChronoUnit#MONTHS} and {@link
 * ChronoUnit#YEARS} define it, so {@code P13M} is about 396 days.
 */
public final class CookieLifetime {
  /** The spelling of a cookie that lasts until the browser session ends. */
  public static final String SESSION = "session";
  /** RFC 6265bis §5.5: user agents cap Max-Age and Expires at 400 days. */
  public static final Duration BROWSER_CAP = Duration.ofDays(400);

  private final String text;
  private final Duration approximate;
  private final Period period;

  private CookieLifetime(String text, Duration approximate, Period period) {
    this.text = text;
    this.approximate = approximate;
    this.period = period;
  }

  /**
   * Parses a declared lifetime.
   *
   * @throws IllegalArgumentException naming the text when it is neither {@code session} nor a
   *     positive ISO-8601 period or duration
   */
  public static CookieLifetime parse(String text) {
    Objects.requireNonNull(text, "duration");
    if (text.equals(SESSION)) {
      return new CookieLifetime(SESSION, null, null);
    }
    Duration approximate;
    Period period = null;
    try {
      if (text.contains("T")) {
        approximate = Duration.parse(text);
      } else {
        period = Period.parse(text);
        approximate = ChronoUnit.YEARS.getDuration().multipliedBy(period.getYears())
            .plus(ChronoUnit.MONTHS.getDuration().multipliedBy(period.getMonths()))
            .plusDays(period.getDays());
      }
    } catch (DateTimeParseException | ArithmeticException e) {
      throw new IllegalArgumentException("duration '" + text + "' is neither 'session' nor an"
          + " ISO-8601 period or duration such as PT30M, P1D or P13M");
    }
    if (approximate.isNegative() || approximate.isZero()
        || (period != null && (period.getYears() < 0 || period.getMonths() < 0 || period.getDays() < 0))) {
      throw new IllegalArgumentException("duration '" + text + "' is not positive; a cookie that"
          + " should not outlive the browser session is declared as 'session'");
    }
    return new CookieLifetime(text, approximate, period);
  }

  /** The text as declared. */
  public String text() {
    return text;
  }

  /** Whether the cookie lasts only for the browser session. */
  public boolean isSession() {
    return approximate == null;
  }

  /** The lifetime as a duration (months and years at their average length); empty for a session cookie. */
  public Optional<Duration> approximateDuration() {
    return Optional.ofNullable(approximate);
  }

  /** Whether browsers will cut this lifetime short (more than 400 days). */
  public boolean exceedsBrowserCap() {
    return approximate != null && approximate.compareTo(BROWSER_CAP) > 0;
  }

  /** The lifetime in words for a policy reader: "Session", "30 minutes", "13 months", "1 day 12 hours". */
  public String describe() {
    if (isSession()) {
      return "Session";
    }
    StringBuilder out = new StringBuilder();
    parts().forEach((unit, amount) -> {
      String word = unit.name().toLowerCase(Locale.ROOT);
      out.append(out.length() == 0 ? "" : " ").append(amount).append(' ')
          .append(amount == 1 ? word.substring(0, word.length() - 1) : word);
    });
    return out.length() == 0 ? text : out.toString();
  }

  /**
   * The lifetime as declared, split into its non-zero parts from the largest unit down: years,
   * months and days of a period; days, hours, minutes and seconds of a duration. Empty for a
   * session cookie. Policies write these parts in the reader's words.
   */
  public Map<ChronoUnit, Long> parts() {
    Map<ChronoUnit, Long> parts = new LinkedHashMap<>();
    if (period != null) {
      put(parts, ChronoUnit.YEARS, period.getYears());
      put(parts, ChronoUnit.MONTHS, period.getMonths());
      put(parts, ChronoUnit.DAYS, period.getDays());
    } else if (approximate != null) {
      long seconds = approximate.getSeconds();
      put(parts, ChronoUnit.DAYS, seconds / 86_400);
      put(parts, ChronoUnit.HOURS, seconds % 86_400 / 3_600);
      put(parts, ChronoUnit.MINUTES, seconds % 3_600 / 60);
      put(parts, ChronoUnit.SECONDS, seconds % 60);
    }
    return Collections.unmodifiableMap(parts);
  }

  private static void put(Map<ChronoUnit, Long> parts, ChronoUnit unit, long amount) {
    if (amount != 0) {
      parts.put(unit, amount);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CookieLifetime && ((CookieLifetime) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
