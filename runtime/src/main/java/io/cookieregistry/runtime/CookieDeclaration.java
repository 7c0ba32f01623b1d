package io.cookieregistry.runtime;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.runtime.internal.Checks;
import io.cookieregistry.runtime.internal.CookieNames;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

/**
 * One declared cookie, as a {@code @DeclaredCookie} annotation said it, with its provider already
 * resolved: a value for every {@link CookieAttribute}. Immutable; two declarations are equal when
 * every attribute is.
 *
 * <p>Instances are made by the generated registries and by {@link #builder}; the builder checks the
 * same rules the annotation processor reports at compile time.
 */
public final class CookieDeclaration {
  private final Object[] values;

  private CookieDeclaration(Object[] values) {
    this.values = values;
  }

  /** Starts a declaration of {@code name} (an RFC 6265 token or a prefix pattern ending in {@code *}). */
  public static Builder builder(String name, CookieCategory category, String purpose) {
    return builder().set(CookieAttribute.NAME, name).set(CookieAttribute.CATEGORY, category)
        .set(CookieAttribute.PURPOSE, purpose);
  }

  /**
   * Starts a declaration with every attribute at its default; the required ones ({@link
   * CookieAttribute#defaultValue()} empty) must be {@linkplain Builder#set set} before {@link
   * Builder#build()}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The value of one attribute. */
  public <T> T get(CookieAttribute<T> attribute) {
    return attribute.type().cast(values[Checks.notNull(attribute, "attribute").index()]);
  }

  /** The declared name, or the pattern including its trailing {@code *}. */
  public String name() {
    return get(CookieAttribute.NAME);
  }

  /** Whether {@link #name()} is a prefix pattern such as {@code _ga_*}. */
  public boolean isPattern() {
    return CookieNames.isPattern(name());
  }

  public CookieCategory category() {
    return get(CookieAttribute.CATEGORY);
  }

  /** The "Purposes" column. */
  public String purpose() {
    return get(CookieAttribute.PURPOSE);
  }

  /** The "Service provider's name" column; empty when the site itself sets the cookie. */
  public String provider() {
    return get(CookieAttribute.PROVIDER);
  }

  /** The "Function and location" column; may be empty. */
  public String function() {
    return get(CookieAttribute.FUNCTION);
  }

  /** How long the cookie lives, as declared: {@code session} or an ISO-8601 period or duration. */
  public String duration() {
    return get(CookieAttribute.DURATION);
  }

  /** Set by, or for, another site. */
  public boolean thirdParty() {
    return get(CookieAttribute.THIRD_PARTY);
  }

  /** Anonymised audience measurement (STATISTICS only). */
  public boolean anonymized() {
    return get(CookieAttribute.ANONYMIZED);
  }

  /** The cookie must carry {@code Secure}. */
  public boolean secure() {
    return get(CookieAttribute.SECURE);
  }

  /** The cookie must carry {@code HttpOnly}. */
  public boolean httpOnly() {
    return get(CookieAttribute.HTTP_ONLY);
  }

  /** Where the row stands in its category's table, lower first; {@code Integer.MAX_VALUE} when unordered. */
  public int order() {
    return get(CookieAttribute.ORDER);
  }

  /**
   * Whether setting this cookie needs the visitor's consent: never for NECESSARY, not for
   * anonymised STATISTICS, always otherwise.
   */
  public boolean requiresConsent() {
    switch (category()) {
      case NECESSARY:
        return false;
      case STATISTICS:
        return !anonymized();
      default:
        return true;
    }
  }

  /** Whether this and {@code other} declare the same cookie in the same words. */
  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof CookieDeclaration
        && Arrays.equals(values, ((CookieDeclaration) o).values));
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    StringJoiner out = new StringJoiner(", ", "CookieDeclaration{", "}");
    CookieAttribute.all().forEach(a -> out.add(a.name() + "=" + values[a.index()]));
    return out.toString();
  }

  /**
   * Builds a {@link CookieDeclaration}: every attribute starts at its default, the setters only
   * refuse {@code null}, and {@link #build()} checks the declaration's rules.
   */
  public static final class Builder {
    private final Object[] values = new Object[CookieAttribute.all().size()];

    private Builder() {
      CookieAttribute.all().forEach(a -> values[a.index()] = a.defaultValue().orElse(null));
    }

    /** Sets one attribute. */
    public <T> Builder set(CookieAttribute<T> attribute, T value) {
      Checks.notNull(attribute, "attribute");
      values[attribute.index()] = attribute.cast(value);
      return this;
    }

    public Builder provider(String provider) {
      return set(CookieAttribute.PROVIDER, provider);
    }

    public Builder function(String function) {
      return set(CookieAttribute.FUNCTION, function);
    }

    /** {@code session} or an ISO-8601 period or duration such as {@code PT30M} or {@code P13M}. */
    public Builder duration(String duration) {
      return set(CookieAttribute.DURATION, duration);
    }

    public Builder thirdParty(boolean thirdParty) {
      return set(CookieAttribute.THIRD_PARTY, thirdParty);
    }

    public Builder anonymized(boolean anonymized) {
      return set(CookieAttribute.ANONYMIZED, anonymized);
    }

    public Builder secure(boolean secure) {
      return set(CookieAttribute.SECURE, secure);
    }

    public Builder httpOnly(boolean httpOnly) {
      return set(CookieAttribute.HTTP_ONLY, httpOnly);
    }

    public Builder order(int order) {
      return set(CookieAttribute.ORDER, order);
    }

    private void requireSet() {
      for (CookieAttribute<?> attribute : CookieAttribute.all()) {
        if (values[attribute.index()] == null) {
          throw new IllegalStateException("the declaration's " + attribute + " is not set");
        }
      }
    }

    /**
     * What is wrong with the declaration so far, errors and warnings, in the words the annotation
     * processor reports; empty when it is fine.
     *
     * @throws IllegalStateException naming a required attribute that is not set
     */
    public List<DeclarationProblem> problems() {
      requireSet();
      return DeclarationRules.check(new DeclarationRules.Values() {
        @Override
        public <T> T get(CookieAttribute<T> attribute) {
          return attribute.type().cast(values[attribute.index()]);
        }
      });
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException with the message of the first {@linkplain #problems()
     *     error}, which names the cookie and the rule it breaks
     * @throws IllegalStateException naming a required attribute that is not set
     */
    public CookieDeclaration build() {
      for (DeclarationProblem problem : problems()) {
        if (problem.isError()) {
          throw new IllegalArgumentException(problem.message());
        }
      }
      return new CookieDeclaration(values.clone());
    }
  }
}
