package io.cookieregistry.runtime;

/**
 * The cookie-date algorithm of RFC 6265bis §5.1.1, which reads the {@code Expires} attribute the way
 * browsers do: tolerant of any order and any delimiters ({@code Wed, 21 Oct 2015 07:28:00 GMT},
 * {@code Wednesday, 21-Oct-15 07:28:00 GMT}, {@code Oct 21 07:28:00 2015}), in UTC whatever the zone
 * text says. Works on a region of the header and allocates nothing.
 */
final class CookieDate {
  /** What {@link #parseMillis} returns when the text is not a date. */
  static final long NOT_A_DATE = Long.MIN_VALUE;

  private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";
  private static final int[] MONTH_DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private CookieDate() {}

  /** The instant {@code text[start, end)} names, in milliseconds since the epoch, or {@link #NOT_A_DATE}. */
  static long parseMillis(CharSequence text, int start, int end) {
    int hour = -1;
    int minute = -1;
    int second = -1;
    int day = -1;
    int month = -1;
    int year = -1;
    int i = start;
    while (i < end) {
      while (i < end && isDelimiter(text.charAt(i))) {
        i++;
      }
      int tokenStart = i;
      while (i < end && !isDelimiter(text.charAt(i))) {
        i++;
      }
      if (tokenStart == i) {
        break;
      }
      int time = hour < 0 ? parseTime(text, tokenStart, i) : -1;
      if (time >= 0) {
        hour = time / 10_000;
        minute = time / 100 % 100;
        second = time % 100;
      } else if (day < 0 && leadingDigits(text, tokenStart, i, 1, 2) >= 0) {
        day = leadingDigits(text, tokenStart, i, 1, 2);
      } else if (month < 0 && parseMonth(text, tokenStart, i) >= 0) {
        month = parseMonth(text, tokenStart, i);
      } else if (year < 0 && leadingDigits(text, tokenStart, i, 2, 4) >= 0) {
        year = leadingDigits(text, tokenStart, i, 2, 4);
      }
    }
    if (year >= 70 && year <= 99) {
      year += 1900;
    } else if (year >= 0 && year <= 69) {
      year += 2000;
    }
    if (hour < 0 || hour > 23 || minute > 59 || second > 59 || day < 1 || month < 0 || year < 1601) {
      return NOT_A_DATE;
    }
    if (day > MONTH_DAYS[month] + (month == 1 && isLeap(year) ? 1 : 0)) {
      return NOT_A_DATE;
    }
    long days = daysSinceEpoch(year, month + 1, day);
    return ((days * 24 + hour) * 60 + minute) * 60_000L + second * 1000L;
  }

  /** §5.1.1 delimiter: %x09 / %x20-2F / %x3B-40 / %x5B-60 / %x7B-7E. */
  private static boolean isDelimiter(char c) {
    return c == 0x09 || (c >= 0x20 && c <= 0x2F) || (c >= 0x3B && c <= 0x40)
        || (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E);
  }

  /**
   * A token that starts with {@code min} to {@code max} digits followed by a non-digit or its end:
   * the value of those digits, else -1.
   */
  private static int leadingDigits(CharSequence text, int start, int end, int min, int max) {
    int value = 0;
    int i = start;
    while (i < end && i - start < max + 1 && isDigit(text.charAt(i))) {
      value = value * 10 + (text.charAt(i) - '0');
      i++;
    }
    int count = i - start;
    return count >= min && count <= max ? value : -1;
  }

  /**
   * {@code hms-time [ non-digit *OCTET ]}, each field one or two digits: {@code hhmmss} as a number,
   * else -1. The ranges are checked later: a token that looks like a time is the time, even if
   * invalid, so it cannot be taken for a day or a year.
   */
  private static int parseTime(CharSequence text, int start, int end) {
    int total = 0;
    int i = start;
    for (int field = 0; field < 3; field++) {
      int digitsStart = i;
      int value = 0;
      while (i < end && i - digitsStart < 3 && isDigit(text.charAt(i))) {
        value = value * 10 + (text.charAt(i) - '0');
        i++;
      }
      int count = i - digitsStart;
      if (count < 1 || count > 2) {
        return -1;
      }
      if (field < 2) {
        if (i >= end || text.charAt(i) != ':') {
          return -1;
        }
        i++;
      }
      total = total * 100 + value;
    }
    return i == end || !isDigit(text.charAt(i)) ? total : -1;
  }

  /** A token that starts with a month's three letters, any case: 0 for January, else -1. */
  private static int parseMonth(CharSequence text, int start, int end) {
    if (end - start < 3) {
      return -1;
    }
    for (int m = 0; m < 12; m++) {
      boolean same = true;
      for (int k = 0; k < 3 && same; k++) {
        same = Character.toLowerCase(text.charAt(start + k)) == MONTHS.charAt(m * 3 + k);
      }
      if (same) {
        return m;
      }
    }
    return -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLeap(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  }

  /** Days from 1970-01-01 to a proleptic Gregorian date (month 1-12), without java.time objects. */
  private static long daysSinceEpoch(int year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yearOfEra = y - era * 400;
    long dayOfYear = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
  }
}
