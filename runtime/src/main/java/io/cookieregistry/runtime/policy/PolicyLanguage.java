package io.cookieregistry.runtime.policy;

import io.cookieregistry.runtime.internal.Checks;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The languages the policy page and the consent dialog are written in. A visitor whose language is
 * not among them reads {@link #ENGLISH}.
 */
public enum PolicyLanguage {
  ENGLISH("en"),
  FRENCH("fr"),
  GERMAN("de"),
  SPANISH("es"),
  ITALIAN("it"),
  DUTCH("nl");

  private static final List<String> TAGS =
      Arrays.stream(values()).map(PolicyLanguage::tag).toList();

  private final String tag;
  private final Locale locale;
  private volatile PolicyText text;

  PolicyLanguage(String tag) {
    this.tag = tag;
    this.locale = Locale.forLanguageTag(tag);
  }

  /** The BCP 47 language tag: {@code en}, {@code fr}, … */
  public String tag() {
    return tag;
  }

  /** The locale of this language. */
  public Locale locale() {
    return locale;
  }

  /** The language of {@code locale} ({@code fr-CA} reads French), else English. */
  public static PolicyLanguage of(Locale locale) {
    Checks.notNull(locale, "locale");
    for (PolicyLanguage language : values()) {
      if (language.tag.equals(locale.getLanguage())) {
        return language;
      }
    }
    return ENGLISH;
  }

  /**
   * The language a visitor prefers, from an HTTP {@code Accept-Language} header (RFC 9110 §12.5.4)
   * with its weights; English when the header is missing, malformed or names none of ours.
   */
  public static PolicyLanguage negotiate(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return ENGLISH;
    }
    try {
      List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
      // Only the primary subtag matters here: fr-CA asks for French.
      for (Locale.LanguageRange range : ranges) {
        if (range.getWeight() > 0) {
          String primary = range.getRange().split("-", 2)[0];
          if (TAGS.contains(primary)) {
            return of(Locale.forLanguageTag(primary));
          }
        }
      }
    } catch (IllegalArgumentException e) {
      // a malformed header reads as no preference
    }
    return ENGLISH;
  }

  /** The page's text in this language, read once. */
  PolicyText text() {
    PolicyText loaded = text;
    if (loaded == null) {
      loaded = PolicyText.load(this);
      text = loaded;
    }
    return loaded;
  }
}
