package io.cookieregistry.runtime.internal.registry;

import io.cookieregistry.runtime.CookieAttribute;
import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.CookieRegistryProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * What the annotation processor's registry writer, the registries it generates and the readers of
 * those registries agree on, in one place: the package, the service file, and the layout of a
 * declaration as a row of text. <strong>Not API.</strong>
 *
 * <p>A generated registry keeps its declarations in string tables, which it hands to {@link
 * #declarations} once: one row per declaration, one column per {@link CookieAttribute} in {@link
 * CookieAttribute#all()} order, each value as {@link CookieAttribute#format} writes it.
 */
public final class RegistryContract {
  /** The package of default registry names; dependent modules look for registries here. */
  public static final String GENERATED_PACKAGE = "io.cookieregistry.generated";
  /** The resource that registers generated registries for {@link java.util.ServiceLoader}. */
  public static final String SERVICE_FILE =
      "META-INF/services/" + CookieRegistryProvider.class.getName();
  /** The columns of a row. */
  public static final List<CookieAttribute<?>> COLUMNS = CookieAttribute.all();

  private RegistryContract() {}

  /** One declaration as a row. */
  public static List<String> row(CookieDeclaration declaration) {
    List<String> row = new ArrayList<>(COLUMNS.size());
    COLUMNS.forEach(column -> row.add(column.format(declaration.get(column))));
    return row;
  }

  /**
   * The declarations of the given tables, each a sequence of rows.
   *
   * @throws IllegalArgumentException when a table is not whole rows, or a row is no valid
   *     declaration (a registry edited by hand); the message names the cookie and the problem
   */
  public static List<CookieDeclaration> declarations(String[]... tables) {
    List<CookieDeclaration> out = new ArrayList<>();
    for (String[] table : tables) {
      if (table.length % COLUMNS.size() != 0) {
        throw new IllegalArgumentException("a registry table of " + table.length
            + " cells is not rows of " + COLUMNS.size());
      }
      for (int row = 0; row < table.length; row += COLUMNS.size()) {
        out.add(declaration(table, row));
      }
    }
    return List.copyOf(out);
  }

  private static CookieDeclaration declaration(String[] table, int row) {
    CookieDeclaration.Builder builder = CookieDeclaration.builder();
    for (int column = 0; column < COLUMNS.size(); column++) {
      set(builder, COLUMNS.get(column), table[row + column]);
    }
    return builder.build();
  }

  private static <T> void set(CookieDeclaration.Builder builder, CookieAttribute<T> attribute,
      String text) {
    builder.set(attribute, attribute.parse(text));
  }
}
