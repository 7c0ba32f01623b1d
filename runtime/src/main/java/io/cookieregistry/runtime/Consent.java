package io.cookieregistry.runtime;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.runtime.internal.Checks;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The categories of cookies a visitor has agreed to. Necessary cookies and anonymised statistics
 * need no consent and are always allowed, whatever the visitor chose. Immutable; {@link #allows}
 * allocates nothing.
 *
 * <p>{@link ConsentCookie} stores a consent in the {@code cookies_preferences} cookie and reads it back.
 */
public final class Consent {
  private static final Consent NONE = new Consent(0);
  private static final Consent ALL = new Consent(maskOf(EnumSet.allOf(CookieCategory.class)));

  /** One bit per {@link CookieCategory#ordinal()}; the necessary bit is always set. */
  private final int granted;

  private Consent(int granted) {
    this.granted = granted | bit(CookieCategory.NECESSARY);
  }

  /** No optional category: only necessary cookies and anonymised statistics. */
  public static Consent none() {
    return NONE;
  }

  /** Every category. */
  public static Consent all() {
    return ALL;
  }

  /** Exactly these categories (necessary is implied). */
  public static Consent of(CookieCategory... categories) {
    return fromMask(maskOf(Arrays.asList(Checks.notNull(categories, "categories"))));
  }

  /** Exactly these categories (necessary is implied). */
  public static Consent of(Collection<CookieCategory> categories) {
    return fromMask(maskOf(Checks.notNull(categories, "categories")));
  }

  private static Consent fromMask(int mask) {
    Consent consent = new Consent(mask);
    return consent.granted == NONE.granted ? NONE : consent.granted == ALL.granted ? ALL : consent;
  }

  /** Whether the visitor agreed to this category; always true for {@code NECESSARY}. */
  public boolean allows(CookieCategory category) {
    Checks.notNull(category, "category");
    return (granted & bit(category)) != 0;
  }

  /** Whether a cookie so declared may be set: it needs no consent, or its category was agreed to. */
  public boolean allows(CookieDeclaration declaration) {
    Checks.notNull(declaration, "declaration");
    return !declaration.requiresConsent() || allows(declaration.category());
  }

  /** The categories agreed to, {@code NECESSARY} included, in declaration order. */
  public Set<CookieCategory> categories() {
    EnumSet<CookieCategory> set = EnumSet.noneOf(CookieCategory.class);
    for (CookieCategory c : CookieCategory.values()) {
      if (allows(c)) {
        set.add(c);
      }
    }
    return Collections.unmodifiableSet(set);
  }

  private static int maskOf(Collection<CookieCategory> categories) {
    int mask = 0;
    for (CookieCategory c : categories) {
      mask |= bit(c);
    }
    return mask;
  }

  private static int bit(CookieCategory category) {
    return 1 << category.ordinal();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Consent && ((Consent) o).granted == granted;
  }

  @Override
  public int hashCode() {
    return granted;
  }

  @Override
  public String toString() {
    return "Consent" + categories();
  }
}
