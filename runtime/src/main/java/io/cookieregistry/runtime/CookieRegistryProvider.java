package io.cookieregistry.runtime;

import java.util.List;

/**
 * A source of declarations, found through {@link java.util.ServiceLoader}. The annotation processor
 * generates one implementation per compilation and registers it in {@code
 * META-INF/services/io.cookieregistry.runtime.CookieRegistryProvider}; applications rarely
 * implement it by hand.
 */
public interface CookieRegistryProvider {

  /** The name that error messages use for this registry; by default its class name. */
  default String registryName() {
    return getClass().getName();
  }

  /** The site name the policy was generated for ({@code cookieregistry.site}), or empty. */
  default String site() {
    return "";
  }

  /** The declarations of this registry. */
  List<CookieDeclaration> declarations();
}
