package io.cookieregistry.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cookieregistry.CookieCategory;
import java.util.List;
import java.util.Optional;
import io.cookieregistry.runtime.policy.CookiePolicy;
import io.cookieregistry.runtime.policy.PolicyFormat;
import org.junit.jupiter.api.Test;

public class CookieRegistryTest {
  static CookieDeclaration necessary(String name) {
    return CookieDeclaration.builder(name, CookieCategory.NECESSARY, "p").build();
  }

  static CookieRegistryProvider provider(String name, CookieDeclaration... declarations) {
    return new CookieRegistryProvider() {
      @Override
      public String registryName() {
        return name;
      }

      @Override
      public List<CookieDeclaration> declarations() {
        return List.of(declarations);
      }
    };
  }

  @Test
  void findsExactNamesBeforePatternsAndTheLongestPrefix() {
    CookieDeclaration ab = CookieDeclaration.builder("ab_*", CookieCategory.STATISTICS, "p").build();
    CookieDeclaration abTest = CookieDeclaration.builder("ab_test_*", CookieCategory.MARKETING, "p").build();
    CookieDeclaration exact = necessary("ab_test_exact");
    CookieRegistry registry = CookieRegistry.of(List.of(ab, abTest, exact));
    assertEquals(Optional.of(exact), registry.find("ab_test_exact"));
    assertEquals(Optional.of(abTest), registry.find("ab_test_other"));
    assertEquals(Optional.of(abTest), registry.find("ab_test_"));
    assertEquals(Optional.of(ab), registry.find("ab_x"));
    assertEquals(Optional.empty(), registry.find("ab"));
    assertEquals(Optional.empty(), registry.find("AB_x"), "names are case-sensitive");
    assertEquals(Optional.empty(), registry.find(""));
    assertSame(registry.find("zz"), registry.find("zz"));
  }

  @Test
  void patternsOfAnyLengthAreIndexedWithoutRecursion() {
    String prefix = "p".repeat(200_000);
    CookieDeclaration longPattern = necessary(prefix + "*");
    CookieDeclaration shorter = necessary(prefix.substring(1_000) + "*");
    CookieRegistry registry = CookieRegistry.of(List.of(longPattern, shorter));
    assertEquals(Optional.of(longPattern), registry.find(prefix + "x"));
    assertEquals(Optional.of(shorter), registry.find(prefix.substring(1) + "x"));
    assertEquals(Optional.empty(), registry.find("p"));
  }

  @Test
  void mergesRegistriesAndKeepsIdenticalDuplicatesOnce() {
    CookieRegistry registry = CookieRegistry.merge(List.of(
        provider("a.Registry", necessary("sessionid"), necessary("csrftoken")),
        provider("b.Registry", necessary("sessionid"))));
    assertEquals(List.of("csrftoken", "sessionid"),
        registry.declarations().stream().map(CookieDeclaration::name).toList());
  }

  @Test
  void aNameDeclaredDifferentlyByTwoRegistriesFailsNamingBoth() {
    CookieDeclaration marketing = CookieDeclaration.builder("sessionid", CookieCategory.MARKETING, "p")
        .build();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> CookieRegistry.merge(
        List.of(provider("a.Registry", necessary("sessionid")), provider("b.Registry", marketing))));
    assertTrue(e.getMessage().startsWith("Cookie 'sessionid' is declared differently by"
        + " a.Registry"), e.getMessage());
    assertTrue(e.getMessage().contains("and by b.Registry"), e.getMessage());
    assertTrue(e.getMessage().contains("category=MARKETING"), e.getMessage());
  }

  @Test
  void aListThatDeclaresANameTwiceDifferentlyFailsNamingBothPlaces() {
    CookieDeclaration marketing = CookieDeclaration.builder("sessionid", CookieCategory.MARKETING, "p")
        .build();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> CookieRegistry.of(
        List.of(necessary("csrftoken"), necessary("sessionid"), marketing)));
    assertTrue(e.getMessage().startsWith("Cookie 'sessionid' is declared differently by"
        + " declarations[1] of CookieRegistry.of ("), e.getMessage());
    assertTrue(e.getMessage().contains(") and by declarations[2] of CookieRegistry.of ("),
        e.getMessage());
  }

  @Test
  void publicEntriesRefuseNullNamingTheArgument() {
    CookieRegistry registry = CookieRegistry.of(List.of(necessary("sessionid")));
    assertEquals("name must not be null",
        assertThrows(NullPointerException.class, () -> registry.find(null)).getMessage());
    assertEquals("declarations must not be null",
        assertThrows(NullPointerException.class, () -> CookieRegistry.of(null)).getMessage());
    assertEquals("providers must not be null",
        assertThrows(NullPointerException.class, () -> CookieRegistry.merge(null)).getMessage());
    assertEquals("loader must not be null",
        assertThrows(NullPointerException.class, () -> CookieRegistry.load(null)).getMessage());
    assertEquals("registry must not be null",
        assertThrows(NullPointerException.class, () -> CookieGuard.of(null)).getMessage());
    assertEquals("categories must not be null", assertThrows(NullPointerException.class,
        () -> Consent.of((CookieCategory[]) null)).getMessage());
    assertEquals("policy must not be null", assertThrows(NullPointerException.class,
        () -> PolicyFormat.JSON.render(null)).getMessage());
    assertEquals("declarations must not be null", assertThrows(NullPointerException.class,
        () -> CookiePolicy.of("site", null)).getMessage());
    assertEquals("consent must not be null", assertThrows(NullPointerException.class,
        () -> ConsentCookie.format(null)).getMessage());
    assertEquals("provider must not be null", assertThrows(NullPointerException.class,
        () -> CookieDeclaration.builder("a", CookieCategory.NECESSARY, "p").provider(null))
        .getMessage());
  }

  @Test
  void declarationsAreInPolicyOrder() {
    CookieRegistry registry = CookieRegistry.of(List.of(
        CookieDeclaration.builder("m", CookieCategory.MARKETING, "p").build(),
        CookieDeclaration.builder("z", CookieCategory.NECESSARY, "p").provider("Acme").build(),
        CookieDeclaration.builder("y", CookieCategory.NECESSARY, "p").build(),
        CookieDeclaration.builder("s", CookieCategory.STATISTICS, "p").build(),
        CookieDeclaration.builder("a", CookieCategory.NECESSARY, "p").provider("Acme").build()));
    assertEquals(List.of("y", "a", "z", "s", "m"),
        registry.declarations().stream().map(CookieDeclaration::name).toList());
  }

  @Test
  void loadFindsGeneratedRegistriesThroughTheServiceLoader() {
    // src/test/resources registers TestRegistry for ServiceLoader, as a generated registry would be.
    CookieRegistry registry = CookieRegistry.load();
    assertEquals("test-site", registry.site());
    assertTrue(registry.find("test_cookie").isPresent());
  }

  @Test
  void lookupsHandOutSharedOptionalsInsteadOfAllocating() {
    CookieDeclaration d = necessary("sid");
    CookieRegistry registry = CookieRegistry.of(List.of(d,
        CookieDeclaration.builder("ab_*", CookieCategory.STATISTICS, "p").build()));
    assertSame(d, registry.find("sid").orElseThrow());
    assertSame(registry.find("sid"), registry.find("sid"));
    assertSame(registry.find("ab_1"), registry.find("ab_2"));
  }

  @Test
  void manyPatternsStillFindTheLongest() {
    List<CookieDeclaration> many = new java.util.ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      many.add(CookieDeclaration.builder("p" + i + "_*", CookieCategory.STATISTICS, "p").build());
    }
    CookieRegistry registry = CookieRegistry.of(many);
    assertEquals("p999_*", registry.find("p999_x").orElseThrow().name());
    assertEquals("p1_*", registry.find("p1_x").orElseThrow().name());
    assertEquals(Optional.empty(), registry.find("p1000_x"));
  }

  /** Registered in META-INF/services of the test resources. */
  public static final class TestRegistry implements CookieRegistryProvider {
    @Override
    public String site() {
      return "test-site";
    }

    @Override
    public List<CookieDeclaration> declarations() {
      return List.of(necessary("test_cookie"));
    }
  }
}
