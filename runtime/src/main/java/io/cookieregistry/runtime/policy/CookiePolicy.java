package io.cookieregistry.runtime.policy;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.CookieRegistry;
import io.cookieregistry.runtime.internal.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * What a cookie policy page shows: the site and its declarations in policy order. Rendered by
 * {@link PolicyFormat}; the annotation processor and the runtime build it the same way, so the
 * policy shipped in a jar and the one printed from a running classpath cannot differ.
 */
public final class CookiePolicy {
  private final String site;
  private final List<CookieDeclaration> declarations;

  private CookiePolicy(String site, List<CookieDeclaration> declarations) {
    this.site = Checks.notNull(site, "site").strip();
    List<CookieDeclaration> sorted = new ArrayList<>(declarations);
    sorted.sort(CookieRegistry.POLICY_ORDER);
    this.declarations = List.copyOf(sorted);
  }

  /** The policy of {@code declarations} for a site; an empty site name reads as "this site". */
  public static CookiePolicy of(String site, List<CookieDeclaration> declarations) {
    return new CookiePolicy(site, declarations);
  }

  /** The policy of a loaded registry, for the site it was generated for. */
  public static CookiePolicy of(CookieRegistry registry) {
    return new CookiePolicy(registry.site(), registry.declarations());
  }

  /** The site name as configured; may be empty. */
  public String site() {
    return site;
  }

  /** The site name for prose: the configured name, else "this site". */
  public String siteDisplayName() {
    return site.isEmpty() ? "this site" : site;
  }

  /** All declarations in policy order. */
  public List<CookieDeclaration> declarations() {
    return declarations;
  }

  /** The declarations of one category, in policy order. */
  public List<CookieDeclaration> declarations(CookieCategory category) {
    return declarations.stream().filter(d -> d.category() == category).toList();
  }

  /** The provider column of a declaration: its provider, or the site itself. */
  public String providerOf(CookieDeclaration declaration) {
    return declaration.provider().isEmpty() ? siteDisplayName() : declaration.provider();
  }
}
