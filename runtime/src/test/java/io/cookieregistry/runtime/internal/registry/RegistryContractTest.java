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
      .duration("P13M").thirdParty(true).anonymized(true).secure(true).httpOnly(true)
      .order(3).build();
  private static final CookieDeclaration PLAIN =
      CookieDeclaration.builder("sid", CookieCategory.NECESSARY, "session").build();

  @Test
  void aRowHasOneColumnPerAttributeInSchemaOrder() {
    List<String> row = RegistryContract.row(FULL);
    assertEquals(CookieAttribute.all().size(), row.size());
    assertEquals("_ga_*", row.get(column(CookieAttribute.NAME)));
    assertEquals("STATISTICS", row.get(column(CookieAttribute.CATEGORY)));
    assertEquals("Google", row.get(column(CookieAttribute.PROVIDER)));
    assertEquals("Analytics", row.get(column(CookieAttribute.FUNCTION)));
    assertEquals("stats", row.get(column(CookieAttribute.PURPOSE)));
    assertEquals("P13M", row.get(column(CookieAttribute.DURATION)));
    assertEquals("true", row.get(column(CookieAttribute.THIRD_PARTY)));
    assertEquals("true", row.get(column(CookieAttribute.ANONYMIZED)));
    assertEquals("true", row.get(column(CookieAttribute.SECURE)));
    assertEquals("true", row.get(column(CookieAttribute.HTTP_ONLY)));
    assertEquals("3", row.get(column(CookieAttribute.ORDER)));
    assertEquals("", RegistryContract.row(PLAIN).get(column(CookieAttribute.PROVIDER)));
    assertEquals("false", RegistryContract.row(PLAIN).get(column(CookieAttribute.SECURE)));
    assertEquals(String.valueOf(Integer.MAX_VALUE),
        RegistryContract.row(PLAIN).get(column(CookieAttribute.ORDER)));
  }

  private static int column(CookieAttribute<?> attribute) {
    return RegistryContract.COLUMNS.indexOf(attribute);
  }

  @Test
  void rowsReadBackAsTheSameDeclarations() {
    List<String> cells = new ArrayList<>(RegistryContract.row(FULL));
    int columns = cells.size();
    cells.addAll(RegistryContract.row(PLAIN));
    cells.addAll(RegistryContract.row(FULL));
    assertEquals(List.of(FULL, PLAIN, FULL), RegistryContract.declarations(
        cells.subList(0, 2 * columns).toArray(String[]::new),
        cells.subList(2 * columns, 3 * columns).toArray(String[]::new)));
  }

  @Test
  void aBrokenTableIsRefusedSayingWhy() {
    assertEquals("a registry table of 3 cells is not rows of " + CookieAttribute.all().size(),
        assertThrows(
        IllegalArgumentException.class,
        () -> RegistryContract.declarations(new String[] {"a", "b", "c"})).getMessage());
    String[] badFlag = RegistryContract.row(PLAIN).toArray(String[]::new);
    badFlag[column(CookieAttribute.HTTP_ONLY)] = "yes";
    assertEquals("httpOnly must be true or false, not 'yes'", assertThrows(
        IllegalArgumentException.class, () -> RegistryContract.declarations(badFlag)).getMessage());
    String[] badOrder = RegistryContract.row(PLAIN).toArray(String[]::new);
    badOrder[column(CookieAttribute.ORDER)] = "first";
    assertEquals("order must be a whole number, not 'first'", assertThrows(
        IllegalArgumentException.class, () -> RegistryContract.declarations(badOrder)).getMessage());
    String[] badRule = RegistryContract.row(PLAIN).toArray(String[]::new);
    badRule[column(CookieAttribute.NAME)] = "__Host-sid";
    assertEquals("cookie '__Host-sid' starts with __Host-, so browsers accept it only with the"
        + " Secure attribute: add secure = true", assertThrows(IllegalArgumentException.class,
        () -> RegistryContract.declarations(badRule)).getMessage());
  }
}
