package io.cookieregistry.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.DeclaredCookie;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CookieAttributeTest {

  @Test
  void theSchemaIsTheAnnotationsMembersWithTheirTypesAndDefaults() {
    Set<String> members = Arrays.stream(DeclaredCookie.class.getDeclaredMethods())
        .map(Method::getName).collect(Collectors.toSet());
    assertEquals(members, CookieAttribute.all().stream().map(CookieAttribute::name)
        .collect(Collectors.toSet()));
    for (CookieAttribute<?> attribute : CookieAttribute.all()) {
      Method member = Arrays.stream(DeclaredCookie.class.getDeclaredMethods())
          .filter(m -> m.getName().equals(attribute.name())).findFirst().orElseThrow();
      Class<?> type = member.getReturnType() == boolean.class ? Boolean.class
          : member.getReturnType() == int.class ? Integer.class : member.getReturnType();
      assertEquals(type, attribute.type(), attribute.name());
      assertEquals(Optional.ofNullable(member.getDefaultValue()), attribute.defaultValue().map(v -> v),
          attribute.name());
    }
  }

  @Test
  void valuesReadBackFromTheirText() {
    assertEquals(CookieCategory.MARKETING, CookieAttribute.CATEGORY.parse("MARKETING"));
    assertEquals("MARKETING", CookieAttribute.CATEGORY.format(CookieCategory.MARKETING));
    assertEquals(true, CookieAttribute.SECURE.parse("true"));
    assertEquals("false", CookieAttribute.SECURE.format(false));
    assertEquals("a;b", CookieAttribute.PURPOSE.parse("a;b"));
    assertEquals("category has no constant 'TASTY'", assertThrows(IllegalArgumentException.class,
        () -> CookieAttribute.CATEGORY.parse("TASTY")).getMessage());
    assertEquals("secure takes a Boolean, not a String", assertThrows(
        IllegalArgumentException.class, () -> CookieAttribute.SECURE.format("yes")).getMessage());
  }

  @Test
  void aRowStartsWithTheName() {
    assertEquals(CookieAttribute.NAME, CookieAttribute.all().get(0), "a row starts with the name");
  }
}
