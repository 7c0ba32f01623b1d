package io.cookieregistry.runtime.policy;

import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A site's own translations of its cookies' purposes and functions, one resource bundle per
 * language: {@code cookie-texts_fr.properties}, {@code cookie-texts_de.properties}, … (UTF-8),
 * keyed by cookie name: {@code sessionid.purpose=…}, {@code sessionid.function=…}. The declared
 * texts are the site's own language; a translation replaces them on the pages of its language.
 *
 * <p>The annotation processor checks the bundles against the declarations (a translation of an
 * undeclared cookie, a missing one of a declared cookie) and renders the policy with them; the
 * runtime {@linkplain #load loads} the same bundles from the class path. Immutable.
 */
public final class CookieTranslations {
  /** The bundle's base name unless the processor option {@code cookieregistry.bundle} says otherwise. */
  public static final String DEFAULT_BUNDLE = "cookie-texts";
  /** The texts a cookie has, as the last part of a key. */
  public static final List<String> FIELDS = List.of("purpose", "function");

  private static final CookieTranslations NONE = new CookieTranslations(Map.of());

  /** Language, then key ({@code sessionid.purpose}), then text; keys sorted for stable output. */
  private final Map<PolicyLanguage, Map<String, String>> texts;

  private CookieTranslations(Map<PolicyLanguage, Map<String, String>> texts) {
    this.texts = texts;
  }

  /** No translations: every page shows the declared texts. */
  public static CookieTranslations none() {
    return NONE;
  }

  /**
   * Reads one bundle per language from {@code readers} (properties syntax, UTF-8 text).
   *
   * @throws UncheckedIOException when a reader fails
   * @throws IllegalArgumentException when a bundle is not in properties syntax
   */
  public static CookieTranslations read(Map<PolicyLanguage, Reader> readers) {
    Checks.notNull(readers, "readers");
    Map<PolicyLanguage, Map<String, String>> texts = new EnumMap<>(PolicyLanguage.class);
    readers.forEach((language, reader) -> {
      Properties properties = new Properties();
      try {
        properties.load(reader);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the " + language.tag() + " cookie texts", e);
      }
      Map<String, String> keyed = new TreeMap<>();
      properties.stringPropertyNames().forEach(k -> keyed.put(k, properties.getProperty(k).strip()));
      texts.put(language, Map.copyOf(keyed));
    });
    return new CookieTranslations(texts);
  }

  /**
   * Loads the bundles {@code <baseName>_<tag>.properties} that {@code loader} sees, for every
   * {@link PolicyLanguage}; a language without a bundle shows the declared texts.
   */
  public static CookieTranslations load(ClassLoader loader, String baseName) {
    Checks.notNull(loader, "loader");
    Checks.notNull(baseName, "baseName");
    Map<PolicyLanguage, Reader> readers = new LinkedHashMap<>();
    try {
      for (PolicyLanguage language : PolicyLanguage.values()) {
        InputStream in = loader.getResourceAsStream(resourceName(baseName, language));
        if (in != null) {
          readers.put(language, new InputStreamReader(in, StandardCharsets.UTF_8));
        }
      }
      return read(readers);
    } finally {
      for (Reader reader : readers.values()) {
        try {
          reader.close();
        } catch (IOException e) {
          // read already, nothing lost
        }
      }
    }
  }

  /** The resource name of a language's bundle: {@code cookie-texts_fr.properties}. */
  public static String resourceName(String baseName, PolicyLanguage language) {
    return baseName + "_" + language.tag() + ".properties";
  }

  /** The languages that have a bundle. */
  public java.util.Set<PolicyLanguage> languages() {
    return texts.keySet();
  }

  /** Every key of a language's bundle with its text, sorted by key. */
  public Map<String, String> entries(PolicyLanguage language) {
    return texts.getOrDefault(language, Map.of());
  }

  /** The key of a cookie's text: {@code sessionid.purpose}. */
  public static String key(String cookieName, String field) {
    return cookieName + "." + field;
  }

  /** The cookie name a key is about, when it ends in one of the {@link #FIELDS}. */
  public static Optional<String> cookieName(String key) {
    return FIELDS.stream().filter(f -> key.endsWith("." + f) && key.length() > f.length() + 1)
        .map(f -> key.substring(0, key.length() - f.length() - 1)).findFirst();
  }

  /** The purpose in {@code language}: the translation, else the declared text. */
  public String purpose(PolicyLanguage language, CookieDeclaration d) {
    return text(language, d, "purpose", d.purpose());
  }

  /** The function in {@code language}: the translation, else the declared text. */
  public String function(PolicyLanguage language, CookieDeclaration d) {
    return text(language, d, "function", d.function());
  }

  private String text(PolicyLanguage language, CookieDeclaration d, String field, String declared) {
    String translated = entries(language).get(key(d.name(), field));
    return translated == null || translated.isEmpty() ? declared : translated;
  }
}
