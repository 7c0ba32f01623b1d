package io.cookieregistry.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cookieregistry.runtime.SetCookieParser.Flag;
import io.cookieregistry.runtime.SetCookieParser.Malformation;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parser's named results: what is malformed, where the name is, which flags are set. */
class SetCookieParserTest {
  private static final long NOW = 1_000_000_000_000L;

  @Test
  void namesEachMalformation() {
    assertEquals(Malformation.MISSING, SetCookieParser.malformation(SetCookieParser.parseName(null)));
    assertEquals(Malformation.CONTROL_CHARACTER,
        SetCookieParser.malformation(SetCookieParser.parseName("a=b\r\nX: y")));
    assertEquals(Malformation.NO_NAME, SetCookieParser.malformation(SetCookieParser.parseName("ab")));
    assertEquals(Malformation.NO_NAME, SetCookieParser.malformation(SetCookieParser.parseName(" =b")));
    assertEquals(Malformation.OVERSIZE,
        SetCookieParser.malformation(SetCookieParser.parseName("a=" + "b".repeat(4096))));
    assertEquals(Malformation.UNENCODABLE,
        SetCookieParser.malformation(SetCookieParser.parseName("a=1; Max-Age\u0100=0")));
  }

  @Test
  void countsNameAndValueInUtf8Octets() {
    // U+00E9 is two octets: 1 + 2 * 2047 = 4095 fits, 1 + 2 * 2048 = 4097 does not.
    assertNull(SetCookieParser.malformation(SetCookieParser.parseName("a=" + "\u00e9".repeat(2047))));
    assertEquals(Malformation.OVERSIZE,
        SetCookieParser.malformation(SetCookieParser.parseName("a=" + "\u00e9".repeat(2048))));
  }

  @Test
  void aNameIsItsPlaceInTheHeader() {
    long parsed = SetCookieParser.parseName("  sid = 1; Secure");
    assertNull(SetCookieParser.malformation(parsed));
    assertEquals(2, SetCookieParser.nameStart(parsed));
    assertEquals(5, SetCookieParser.nameEnd(parsed));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "a=1|''",
      "a=1; Secure; HttpOnly|SECURE HTTP_ONLY",
      "a=1; Domain=example.org; Path=/|DOMAIN PATH_ROOT",
      "a=1; Domain=; Path=/x|''",
      "a=1; Path=/; Path=/x|''",
      "a=1; SameSite=None; Secure|SAME_SITE_NONE SECURE",
      "a=1; SameSite=None; SameSite=Lax|''",
      "a=1; Max-Age=0|DELETION",
      "a=1; Max-Age=-5|DELETION",
      "a=1; Max-Age=0; Max-Age=10|''",
      "a=1; Max-Age=x|''",
      "a=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT|DELETION",
      "a=1; Max-Age=60; Expires=Thu, 01 Jan 1970 00:00:00 GMT|''"})
  void readsTheAttributesIntoNamedFlags(String header, String expected) {
    int flags = SetCookieParser.scanAttributes(header, SetCookieParser.attributesStart(header, 1),
        NOW);
    Set<Flag> set = EnumSet.noneOf(Flag.class);
    for (Flag flag : Flag.values()) {
      if (flag.in(flags)) {
        set.add(flag);
      }
    }
    Set<Flag> want = EnumSet.noneOf(Flag.class);
    for (String name : expected.split(" ")) {
      if (!name.isEmpty()) {
        want.add(Flag.valueOf(name));
      }
    }
    assertEquals(want, set);
  }

  @Test
  void settingAFlagLeavesTheOthers() {
    int flags = Flag.SECURE.with(Flag.DOMAIN.with(0, true), true);
    assertTrue(Flag.SECURE.in(flags) && Flag.DOMAIN.in(flags));
    flags = Flag.DOMAIN.with(flags, false);
    assertFalse(Flag.DOMAIN.in(flags));
    assertTrue(Flag.SECURE.in(flags));
  }
}
