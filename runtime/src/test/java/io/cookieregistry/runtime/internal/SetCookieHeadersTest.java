package io.cookieregistry.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SetCookieHeadersTest {
  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Set-Cookie | true", "set-cookie | true", "SET-COOKIE | true", "sEt-CoOkIe | true",
      "Set-Cookie2 | false", "' Set-Cookie' | true", "'Set-Cookie\t' | true", "Set-Cookie: | false", "Cookie | false",
      "Set_Cookie | false", "'' | false"})
  void oneRuleForTheHeaderName(String name, boolean setCookie) {
    assertEquals(setCookie, SetCookieHeaders.isSetCookie(name));
  }
}
