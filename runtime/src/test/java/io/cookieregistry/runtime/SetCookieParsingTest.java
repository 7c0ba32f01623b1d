package io.cookieregistry.runtime;

import static io.cookieregistry.runtime.GuardFixtures.GUARD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cookieregistry.runtime.Decision.Reason;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** How the guard reads a Set-Cookie header: RFC 6265bis §5.6 and web-platform-tests style cases. */
class SetCookieParsingTest {

  private static Decision check(String header) {
    return GUARD.check(header, Consent.none());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "csrftoken=abc",
      "csrftoken=",
      "csrftoken = abc",
      "  csrftoken=abc  ",
      "\tcsrftoken\t=\tabc\t",
      "csrftoken=\"abc\"",
      "csrftoken=\"a b c\"; Path=/",
      "csrftoken=a=b=c",
      "csrftoken=abc;",
      "csrftoken=abc;;; ;",
      "csrftoken=abc; Path=/; Domain=example.org; SameSite=Lax",
      "csrftoken=abc; Expires=Wed, 21 Oct 2099 07:28:00 GMT",
      "csrftoken=abc; unknown-attribute=1; Partitioned",
      "csrftoken=a, b=c",
      "csrftoken=\u00e9t\u00e9"})
  void readsTheNameOfWellFormedHeaders(String header) {
    Decision decision = check(header);
    assertEquals(Reason.DECLARED, decision.reason(), decision.message());
    assertEquals("csrftoken", decision.cookieName());
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @NullAndEmptySource
  @ValueSource(strings = {
      "csrftoken", "  ", "=abc", " = abc", "=", ";", "; csrftoken=abc", "csrftoken; Path=/",
      "\"csrftoken\"", "abc; x=y"})
  void refusesEmptyAndNamelessCookies(String header) {
    assertEquals(Reason.MALFORMED, check(header).reason());
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" is {1}")
  @CsvSource(delimiter = '|', value = {
      "CSRFTOKEN=abc|UNDECLARED",
      "csrftoken2=abc|UNDECLARED",
      "csrf token=abc|UNDECLARED",
      "\"csrftoken=abc\"|UNDECLARED",
      "csrftoken =abc; SECURE; HTTPONLY; path=/|DECLARED",
      "sessionid=abc; HttpOnly|DECLARED",
      "sessionid=abc; hTTpOnLy=whatever|DECLARED",
      "sessionid=abc; HttpOnlyx|ATTRIBUTE_MISMATCH",
      "sessionid=abc; Http Only|ATTRIBUTE_MISMATCH",
      "sessionid=abc|ATTRIBUTE_MISMATCH"})
  void namesAreCaseSensitiveAndAttributesAreNot(String header, Reason expected) {
    assertEquals(expected, check(header).reason());
  }

  @ParameterizedTest(name = "U+{0}")
  @MethodSource("controlCharacters")
  void refusesEveryControlCharacterButTab(int c) {
    String ch = String.valueOf((char) c);
    Reason expected = c == '\t' ? Reason.DECLARED : Reason.MALFORMED;
    assertEquals(expected, check("csrftoken=abc;" + ch + "Path=/").reason(), "in an attribute");
    assertEquals(expected, check("csrftoken=a" + ch + "bc").reason(), "in the value");
    assertEquals(c == '\t' ? Reason.UNDECLARED : Reason.MALFORMED,
        check("csrf" + ch + "token=abc").reason(), "in the name");
  }

  static IntStream controlCharacters() {
    return IntStream.concat(IntStream.rangeClosed(0x00, 0x1F), IntStream.of(0x7F));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"csrftoken=abc\r\nSet-Cookie: ad_uid=1", "csrftoken=abc\n", "\rcsrftoken=abc"})
  void refusesHeaderInjection(String header) {
    assertEquals(Reason.MALFORMED, check(header).reason());
  }

  @ParameterizedTest(name = "{0} octets")
  @CsvSource({"4095,DECLARED", "4096,DECLARED", "4097,MALFORMED", "10000,MALFORMED"})
  void limitsNameAndValueTo4096Octets(int octets, Reason expected) {
    String value = "v".repeat(octets - "csrftoken".length());
    assertEquals(expected, check("csrftoken=" + value + "; Path=/").reason());
    assertEquals(expected, check("csrftoken=" + value).reason());
  }

  @ParameterizedTest(name = "{0} two-octet characters")
  @CsvSource({"2043,DECLARED", "2044,MALFORMED"})
  void countsOctetsNotCharacters(int characters, Reason expected) {
    // "csrftoken" is 9 octets and 'é' is 2 in UTF-8: 9 + 2 * 2043 = 4095, 9 + 2 * 2044 = 4097.
    assertEquals(expected, check("csrftoken=" + "\u00e9".repeat(characters)).reason());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "csrftoken=abc; Max-Age=" + "00000000000000000000",
      "csrftoken=abc; Max-Age=abc",
      "csrftoken=abc; Max-Age=-",
      "csrftoken=abc; Max-Age=--1",
      "csrftoken=abc; Max-Age=1e3",
      "csrftoken=abc; Max-Age=",
      "csrftoken=abc; Expires=yesterday",
      "csrftoken=abc; Expires=Wed, 21 Oct 2015 07:28:00 GMT; Max-Age=60",
      "csrftoken=abc; Max-Age=0; Max-Age=60"})
  void validMaxAgeWinsAndInvalidAttributesAreIgnored(String header) {
    Reason expected = header.contains("Max-Age=0000") ? Reason.DELETION : Reason.DECLARED;
    assertEquals(expected, check(header).reason());
  }

  @org.junit.jupiter.api.Test
  void ignoresAttributeValuesOver1024Octets() {
    assertEquals(Reason.DELETION, check("csrftoken=a; Max-Age=" + "0".repeat(1024)).reason());
    assertEquals(Reason.DECLARED, check("csrftoken=a; Max-Age=" + "0".repeat(1025)).reason());
  }
}
