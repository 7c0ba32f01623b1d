package io.cookieregistry.runtime;

import io.cookieregistry.runtime.internal.Checks;
import io.cookieregistry.runtime.internal.CookieNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Every cookie an application declares: the merged contents of the registries that the annotation
 * processor generated into each jar on the classpath.
 *
 * <p>Immutable and safe to share between threads. {@link #find} on an exact name is one hash
 * lookup and allocates nothing; a pattern lookup walks the name once, whatever the number of
 * patterns.
 */
public final class CookieRegistry {
  /**
   * Policy order: by category (the order of {@link io.cookieregistry.CookieCategory}), then the
   * declared {@code order} (unordered rows last), then first party before named providers, then
   * provider, then name.
   */
  public static final Comparator<CookieDeclaration> POLICY_ORDER =
      Comparator.comparing(CookieDeclaration::category)
          .thenComparingInt(CookieDeclaration::order)
          .thenComparing(d -> !d.provider().isEmpty())
          .thenComparing(CookieDeclaration::provider)
          .thenComparing(CookieDeclaration::name);

  private final List<CookieDeclaration> declarations;
  /** Optionals made once, so that a lookup hands out a shared one instead of allocating. */
  private final Map<String, Optional<CookieDeclaration>> exact;
  private final PrefixTrie patterns;
  private final String site;
  private final List<String> registryNames;

  private CookieRegistry(List<CookieDeclaration> sorted, String site, List<String> registryNames) {
    this.declarations = List.copyOf(sorted);
    this.registryNames = List.copyOf(registryNames);
    Map<String, Optional<CookieDeclaration>> byName = new HashMap<>();
    PrefixTrie.Builder trie = new PrefixTrie.Builder();
    for (CookieDeclaration d : sorted) {
      if (d.isPattern()) {
        trie.put(CookieNames.literalPart(d.name()), d);
      } else {
        byName.put(d.name(), Optional.of(d));
      }
    }
    this.exact = byName;
    this.patterns = trie.build();
    this.site = site;
  }

  /**
   * Loads and merges every registry on the class path of the thread's context class loader (or of
   * this library when there is none).
   *
   * @throws IllegalStateException when two registries declare one name differently, naming both
   */
  public static CookieRegistry load() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return load(loader != null ? loader : CookieRegistry.class.getClassLoader());
  }

  /** Loads and merges every registry that {@code loader} sees; see {@link #load()}. */
  public static CookieRegistry load(ClassLoader loader) {
    Checks.notNull(loader, "loader");
    List<CookieRegistryProvider> providers = new ArrayList<>();
    try {
      for (CookieRegistryProvider provider : ServiceLoader.load(CookieRegistryProvider.class, loader)) {
        providers.add(provider);
      }
    } catch (ServiceConfigurationError e) {
      throw new IllegalStateException("A cookie registry on the classpath cannot be loaded: "
          + e.getMessage(), e);
    }
    // ServiceLoader's order follows the class path; sort so the merge and its errors do not.
    providers.sort(Comparator.comparing(CookieRegistryProvider::registryName));
    return merge(providers);
  }

  /**
   * Merges the given registries, in their order; see {@link #load()}.
   *
   * @throws IllegalStateException when two of them declare one name differently, naming both
   */
  public static CookieRegistry merge(Collection<? extends CookieRegistryProvider> providers) {
    Checks.notNull(providers, "providers");
    return merge(providers, null);
  }

  /** Merges {@code providers}; {@code registryNames} names the result, else the providers' names. */
  private static CookieRegistry merge(Collection<? extends CookieRegistryProvider> providers,
      List<String> registryNames) {
    Map<String, CookieDeclaration> merged = new LinkedHashMap<>();
    Map<String, String> declaredBy = new HashMap<>();
    String site = "";
    List<String> names = new ArrayList<>();
    for (CookieRegistryProvider provider : providers) {
      String registry = Checks.notNull(provider, "a registry in providers").registryName();
      names.add(registry);
      List<CookieDeclaration> declared = Objects.requireNonNull(provider.declarations(),
          () -> "registry " + registry + " returned no declarations list");
      for (CookieDeclaration d : declared) {
        Checks.notNull(d, "a declaration of " + registry);
        CookieDeclaration previous = merged.putIfAbsent(d.name(), d);
        if (previous == null) {
          declaredBy.put(d.name(), registry);
        } else if (!previous.equals(d)) {
          throw new IllegalStateException("Cookie '" + d.name() + "' is declared differently by "
              + declaredBy.get(d.name()) + " (" + previous + ") and by " + registry + " (" + d
              + "); declare it once, in a module both can see, or make the declarations agree");
        }
      }
      if (site.isEmpty() && provider.site() != null) {
        site = provider.site();
      }
    }
    List<CookieDeclaration> sorted = new ArrayList<>(merged.values());
    sorted.sort(POLICY_ORDER);
    return new CookieRegistry(sorted, site, registryNames == null ? names : registryNames);
  }

  /**
   * A registry of exactly these declarations; a name may be declared more than once alike.
   *
   * @throws IllegalStateException when two of them declare one name differently, naming both by
   *     their place in the list
   */
  public static CookieRegistry of(List<CookieDeclaration> declarations) {
    Checks.notNull(declarations, "declarations");
    List<CookieRegistryProvider> each = new ArrayList<>(declarations.size());
    for (int i = 0; i < declarations.size(); i++) {
      each.add(new ListEntry("declarations[" + i + "] of CookieRegistry.of",
          Checks.notNull(declarations.get(i), "declarations[" + i + "]")));
    }
    return merge(each, List.of("declarations given in code"));
  }

  /** One declaration of a list, named by its place for conflict messages. */
  private record ListEntry(String registryName, CookieDeclaration declaration)
      implements CookieRegistryProvider {
    @Override
    public List<CookieDeclaration> declarations() {
      return List.of(declaration);
    }
  }

  /**
   * The declaration covering a cookie name: the exact declaration if there is one, else the
   * pattern with the longest matching prefix. Names are case-sensitive.
   */
  public Optional<CookieDeclaration> find(String name) {
    Checks.notNull(name, "name");
    Optional<CookieDeclaration> d = exact.get(name);
    return d != null ? d : patterns.longestPrefixOf(name);
  }

  /**
   * The pattern with the longest prefix of the name {@code text[start, end)}: lets the guard,
   * which keeps the exact names in a table of its own, finish a lookup where the name stands in a
   * header, without copying it out. Allocates nothing.
   */
  Optional<CookieDeclaration> findPattern(CharSequence text, int start, int end) {
    return patterns.longestPrefixOf(text, start, end);
  }

  /** Every declaration, in {@link #POLICY_ORDER policy order}. */
  public List<CookieDeclaration> declarations() {
    return declarations;
  }

  /**
   * The {@link CookieRegistryProvider#registryName() names} of the registries merged into this one,
   * in the order they were merged; empty when none was found.
   */
  public List<String> registryNames() {
    return registryNames;
  }

  /** The site name that the registries were generated for, or empty. */
  public String site() {
    return site;
  }

  @Override
  public String toString() {
    return "CookieRegistry" + declarations.stream().map(CookieDeclaration::name).toList();
  }
}
