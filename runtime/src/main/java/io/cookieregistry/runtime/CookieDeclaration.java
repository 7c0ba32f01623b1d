package io.cookieregistry.runtime;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.runtime.internal.CookieLifetime;
import io.cookieregistry.runtime.internal.CookieNames;
import java.util.Objects;

/**
 * One declared cookie, as a {@code @DeclaredCookie} annotation said it, with its provider already
 * resolved. Immutable; two declarations are equal when every attribute is.
 *
 * <p>Instances are made by the generated registries and by {@link #builder}; the builder checks the
 * same rules the annotation processor reports at compile time.
 */
public final class CookieDeclaration {
  private final String name;
  private final CookieCategory category;
  private final String purpose;
  private final String provider;
  private final String function;
  private final CookieLifetime duration;
  private final boolean thirdParty;
  private final boolean anonymized;
  private final boolean secure;
  private final boolean httpOnly;

  private CookieDeclaration(Builder b) {
    this.name = b.name;
    this.category = b.category;
    this.purpose = b.purpose;
    this.provider = b.provider;
    this.function = b.function;
    this.duration = b.duration;
    this.thirdParty = b.thirdParty;
    this.anonymized = b.anonymized;
    this.secure = b.secure;
    this.httpOnly = b.httpOnly;
  }

  /** Starts a declaration of {@code name} (an RFC 6265 token or a prefix pattern ending in {@code *}). */
  public static Builder builder(String name, CookieCategory category, String purpose) {
    return new Builder(name, category, purpose);
  }

  /** The declared name, or the pattern including its trailing {@code *}. */
  public String name() {
    return name;
  }

  /** Whether {@link #name()} is a prefix pattern such as {@code _ga_*}. */
  public boolean isPattern() {
    return CookieNames.isPattern(name);
  }

  public CookieCategory category() {
    return category;
  }

  /** The "Purposes" column. */
  public String purpose() {
    return purpose;
  }

  /** The "Service provider's name" column; empty when the site itself sets the cookie. */
  public String provider() {
    return provider;
  }

  /** The "Function and location" column; may be empty. */
  public String function() {
    return function;
  }

  /** How long the cookie lives. */
  public CookieLifetime duration() {
    return duration;
  }

  /** Set by, or for, another site. */
  public boolean thirdParty() {
    return thirdParty;
  }

  /** Anonymised audience measurement (STATISTICS only). */
  public boolean anonymized() {
    return anonymized;
  }

  /** The cookie must carry {@code Secure}. */
  public boolean secure() {
    return secure;
  }

  /** The cookie must carry {@code HttpOnly}. */
  public boolean httpOnly() {
    return httpOnly;
  }

  /**
   * Whether setting this cookie needs the visitor's consent: never for NECESSARY, not for
   * anonymised STATISTICS, always otherwise.
   */
  public boolean requiresConsent() {
    switch (category) {
      case NECESSARY:
        return false;
      case STATISTICS:
        return !anonymized;
      default:
        return true;
    }
  }

  /** Whether this and {@code other} declare the same cookie in the same words. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CookieDeclaration)) {
      return false;
    }
    CookieDeclaration d = (CookieDeclaration) o;
    return name.equals(d.name) && category == d.category && purpose.equals(d.purpose)
        && provider.equals(d.provider) && function.equals(d.function)
        && duration.equals(d.duration) && thirdParty == d.thirdParty
        && anonymized == d.anonymized && secure == d.secure && httpOnly == d.httpOnly;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, category, purpose, provider, function, duration, thirdParty,
        anonymized, secure, httpOnly);
  }

  @Override
  public String toString() {
    return "CookieDeclaration{name=" + name + ", category=" + category + ", purpose=" + purpose
        + ", provider=" + provider + ", function=" + function + ", duration=" + duration
        + ", thirdParty=" + thirdParty + ", anonymized=" + anonymized + ", secure=" + secure
        + ", httpOnly=" + httpOnly + "}";
  }

  /** Builds a {@link CookieDeclaration}; {@link #build()} validates it. */
  public static final class Builder {
    private final String name;
    private final CookieCategory category;
    private final String purpose;
    private String provider = "";
    private String function = "";
    private CookieLifetime duration = CookieLifetime.parse(CookieLifetime.SESSION);
    private boolean thirdParty;
    private boolean anonymized;
    private boolean secure;
    private boolean httpOnly;

    private Builder(String name, CookieCategory category, String purpose) {
      this.name = Objects.requireNonNull(name, "name");
      this.category = Objects.requireNonNull(category, "category");
      this.purpose = Objects.requireNonNull(purpose, "purpose");
    }

    public Builder provider(String provider) {
      this.provider = Objects.requireNonNull(provider, "provider");
      return this;
    }

    public Builder function(String function) {
      this.function = Objects.requireNonNull(function, "function");
      return this;
    }

    /** {@code session} or an ISO-8601 period or duration; see {@link CookieLifetime#parse}. */
    public Builder duration(String duration) {
      this.duration = CookieLifetime.parse(duration);
      return this;
    }

    public Builder thirdParty(boolean thirdParty) {
      this.thirdParty = thirdParty;
      return this;
    }

    public Builder anonymized(boolean anonymized) {
      this.anonymized = anonymized;
      return this;
    }

    public Builder secure(boolean secure) {
      this.secure = secure;
      return this;
    }

    public Builder httpOnly(boolean httpOnly) {
      this.httpOnly = httpOnly;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException naming the cookie and the rule it breaks
     */
    public CookieDeclaration build() {
      CookieNames.problem(name).ifPresent(p -> fail("name " + p));
      if (purpose.isBlank()) {
        fail("purpose is blank");
      }
      if (anonymized && category != CookieCategory.STATISTICS) {
        fail("is anonymized but its category is " + category + "; only STATISTICS cookies can be");
      }
      if (CookieNames.hasSecurePrefix(name) && !secure) {
        fail("starts with " + CookieNames.SECURE_PREFIX + " and so must be declared secure");
      }
      if (CookieNames.hasHostPrefix(name) && !secure) {
        fail("starts with " + CookieNames.HOST_PREFIX + " and so must be declared secure");
      }
      return new CookieDeclaration(this);
    }

    private void fail(String problem) {
      throw new IllegalArgumentException("cookie '" + name + "': " + problem);
    }
  }
}
