package io.cookieregistry.runtime.internal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.runtime.CookieAttribute;
import io.cookieregistry.runtime.CookieDeclaration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryContractTest {
  private static final CookieDeclaration FULL = CookieDeclaration.builder("_ga_*",
      CookieCategory.STATISTICS, "stats").provider("Google").function("Analytics")
      .duration("P13M").thirdParty(true).anonymized(true).secure(true).httpOnly(true).build();
  private static final CookieDeclaration PLAIN =
      CookieDeclaration.builder("sid", CookieCategory.NECESSARY, "session").build();

  @Test
  void aRowHasOneColumnPerAttributeInSchemaOrder() {
    assertEquals(List.of("sid", "NECESSARY", "", "", "session", "session", "false", "false",
        "false", "false"), RegistryContract.row(PLAIN));
    assertEquals(CookieAttribute.all().size(), RegistryContract.row(FULL).size());
  }

  @Test
  void rowsReadBackAsTheSameDeclarations() {
    List<String> cells = new ArrayList<>(RegistryContract.row(FULL));
    cells.addAll(RegistryContract.row(PLAIN));
    assertEquals(List.of(FULL, PLAIN), RegistryContract.declarations(
        cells.subList(0, 10).toArray(String[]::new), cells.subList(10, 20).toArray(String[]::new)));
  }

  @Test
  void aBrokenTableIsRefusedSayingWhy() {
    assertEquals("a registry table of 3 cells is not rows of 10", assertThrows(
        IllegalArgumentException.class,
        () -> RegistryContract.declarations(new String[] {"a", "b", "c"})).getMessage());
    String[] badFlag = RegistryContract.row(PLAIN).toArray(String[]::new);
    badFlag[9] = "yes";
    assertEquals("httpOnly must be true or false, not 'yes'", assertThrows(
        IllegalArgumentException.class, () -> RegistryContract.declarations(badFlag)).getMessage());
    String[] badRule = RegistryContract.row(PLAIN).toArray(String[]::new);
    badRule[0] = "__Host-sid";
    assertEquals("cookie '__Host-sid' starts with __Host-, so browsers accept it only with the"
        + " Secure attribute: add secure = true", assertThrows(IllegalArgumentException.class,
        () -> RegistryContract.declarations(badRule)).getMessage());
  }
}
