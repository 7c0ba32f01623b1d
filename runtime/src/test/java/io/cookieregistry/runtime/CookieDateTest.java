package io.cookieregistry.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The RFC 6265bis §5.1.1 cookie-date algorithm, with the date spellings found in the wild. */
class CookieDateTest {

  private static long parse(String text) {
    return CookieDate.parseMillis(text, 0, text.length());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "Wed, 21 Oct 2015 07:28:00 GMT|2015-10-21T07:28:00Z",
      "Wednesday, 21-Oct-15 07:28:00 GMT|2015-10-21T07:28:00Z",
      "Wed Oct 21 07:28:00 2015|2015-10-21T07:28:00Z",
      "21 oct 2015 7:28:0|2015-10-21T07:28:00Z",
      "OCTOBER 21 2015 07:28:00 UTC+5|2015-10-21T07:28:00Z",
      "Thu, 01 Jan 1970 00:00:00 GMT|1970-01-01T00:00:00Z",
      "Thu, 01-Jan-70 00:00:01 GMT|1970-01-01T00:00:01Z",
      "Sat, 01-Jan-69 00:00:00 GMT|2069-01-01T00:00:00Z",
      "Thu, 29 Feb 2024 23:59:59 GMT|2024-02-29T23:59:59Z",
      "Fri, 31 Dec 9999 23:59:59 GMT|9999-12-31T23:59:59Z",
      "Mon, 01 Jan 1601 00:00:00 GMT|1601-01-01T00:00:00Z"})
  void readsDates(String text, String expected) {
    assertEquals(Instant.parse(expected).toEpochMilli(), parse(text));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "", "yesterday", "0", "Wed, 21 Oct 2015 GMT", "Wed, 21 Oct 07:28:00 GMT",
      "Wed, Oct 2015 07:28:00 GMT", "Wed, 21 2015 07:28:00 GMT",
      "Thu, 30 Feb 2023 00:00:00 GMT", "Thu, 29 Feb 2023 00:00:00 GMT", "Wed, 32 Oct 2015 07:28:00 GMT",
      "Wed, 21 Oct 2015 24:00:00 GMT", "Wed, 21 Oct 2015 07:60:00 GMT", "Wed, 21 Oct 2015 07:28:60 GMT",
      "Wed, 21 Oct 1600 07:28:00 GMT", "Wed, 21 Oct 2015 07:28 GMT", "Wed, 21 Oct 2015 007:28:00 GMT"})
  void refusesWhatIsNotADate(String text) {
    assertEquals(CookieDate.NOT_A_DATE, parse(text));
  }

  @org.junit.jupiter.api.Test
  void readsARegionOfALongerText() {
    String header = "x=1; Expires=Wed, 21 Oct 2015 07:28:00 GMT; Path=/";
    int start = header.indexOf("Wed");
    int end = header.indexOf("; Path");
    assertEquals(Instant.parse("2015-10-21T07:28:00Z").toEpochMilli(),
        CookieDate.parseMillis(header, start, end));
  }
}
