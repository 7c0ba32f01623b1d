package io.cookieregistry.runtime;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.runtime.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One attribute of {@code @DeclaredCookie}: its name (the annotation's member name), its type and
 * its default. {@link #all()} is the schema of a declaration, in policy order; the annotation
 * processor reads, compares and writes declarations by iterating it, {@link CookieDeclaration}
 * stores its values by it, and the JSON policy shows each one. Adding an attribute to the
 * annotation means adding one constant here.
 *
 * <p>A value is a {@code String}, a {@code Boolean}, an {@code Integer} or an enum constant: the
 * types an annotation member of ours can have.
 *
 * @param <T> the type of the attribute's value
 */
public final class CookieAttribute<T> {
  /** Every attribute in the order of the constants below, which is policy order. */
  private static final List<CookieAttribute<?>> DECLARED = new ArrayList<>();

  /** The cookie name or prefix pattern. */
  public static final CookieAttribute<String> NAME = required("name", String.class);
  /** The policy table the cookie goes in, and whether it needs consent. */
  public static final CookieAttribute<CookieCategory> CATEGORY =
      required("category", CookieCategory.class);
  /** The "Service provider's name"; empty for the site itself. */
  public static final CookieAttribute<String> PROVIDER = optional("provider", String.class, "");
  /** The "Function and location". */
  public static final CookieAttribute<String> FUNCTION = optional("function", String.class, "");
  /** The "Purposes". */
  public static final CookieAttribute<String> PURPOSE = required("purpose", String.class);
  /** {@code session} or an ISO-8601 period or duration, as declared. */
  public static final CookieAttribute<String> DURATION =
      optional("duration", String.class, "session");
  /** Set by, or for, another site. */
  public static final CookieAttribute<Boolean> THIRD_PARTY =
      optional("thirdParty", Boolean.class, false);
  /** Anonymised audience measurement (STATISTICS only). */
  public static final CookieAttribute<Boolean> ANONYMIZED =
      optional("anonymized", Boolean.class, false);
  /** The cookie must carry {@code Secure}. */
  public static final CookieAttribute<Boolean> SECURE = optional("secure", Boolean.class, false);
  /** The cookie must carry {@code HttpOnly}. */
  public static final CookieAttribute<Boolean> HTTP_ONLY =
      optional("httpOnly", Boolean.class, false);
  /** Where the row stands in its category's table, lower first; unordered rows last. */
  public static final CookieAttribute<Integer> ORDER =
      optional("order", Integer.class, Integer.MAX_VALUE);

  private static final List<CookieAttribute<?>> ALL = List.copyOf(DECLARED);

  private final String name;
  private final Class<T> type;
  private final T defaultValue;
  private final int index;

  private CookieAttribute(String name, Class<T> type, T defaultValue) {
    this.name = name;
    this.type = type;
    this.defaultValue = defaultValue;
    this.index = DECLARED.size();
    DECLARED.add(this);
  }

  private static <T> CookieAttribute<T> required(String name, Class<T> type) {
    return new CookieAttribute<>(name, type, null);
  }

  private static <T> CookieAttribute<T> optional(String name, Class<T> type, T defaultValue) {
    return new CookieAttribute<>(name, type, defaultValue);
  }

  /** Every attribute, in policy order (the order of the JSON policy's fields). */
  public static List<CookieAttribute<?>> all() {
    return ALL;
  }

  /** The annotation member's name, e.g. {@code httpOnly}. */
  public String name() {
    return name;
  }

  /** {@code String.class}, {@code Boolean.class}, {@code Integer.class} or an enum class. */
  public Class<T> type() {
    return type;
  }

  /** The value when the annotation leaves the attribute out; empty for a required attribute. */
  public Optional<T> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  /** Where the attribute stands in {@link #all()}. */
  int index() {
    return index;
  }

  /**
   * The value of this attribute in the form an annotation value and a registry row carry it:
   * {@code text} itself, {@code true}/{@code false}, or an enum constant's name.
   *
   * @throws IllegalArgumentException when {@code text} is no value of this attribute's type
   */
  public T parse(String text) {
    Checks.notNull(text, "text");
    if (type == String.class) {
      return type.cast(text);
    }
    if (type == Boolean.class) {
      if (!text.equals("true") && !text.equals("false")) {
        throw new IllegalArgumentException(name + " must be true or false, not '" + text + "'");
      }
      return type.cast(Boolean.valueOf(text));
    }
    if (type == Integer.class) {
      try {
        return type.cast(Integer.valueOf(text));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " must be a whole number, not '" + text + "'");
      }
    }
    for (T constant : type.getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(text)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(name + " has no constant '" + text + "'");
  }

  /**
   * The inverse of {@link #parse}.
   *
   * @throws IllegalArgumentException when {@code value} is not of this attribute's type
   */
  public String format(Object value) {
    return value instanceof Enum ? ((Enum<?>) cast(value)).name() : cast(value).toString();
  }

  /**
   * The value as this attribute's type.
   *
   * @throws NullPointerException naming the attribute when {@code value} is null
   * @throws IllegalArgumentException when it is of another type
   */
  public T cast(Object value) {
    Checks.notNull(value, name);
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException(name + " takes a " + type.getSimpleName() + ", not a "
          + value.getClass().getSimpleName());
    }
    return type.cast(value);
  }

  @Override
  public String toString() {
    return name;
  }
}
