package io.cookieregistry.runtime.policy;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.internal.CookieLifetime;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The visitor-facing prose of the policy and the consent dialog in one language, shared by every
 * format so that they say the same thing. The words live in {@code text/policy_<tag>.properties}
 * (UTF-8), one file per {@link PolicyLanguage}, each with the keys of the English one.
 */
final class PolicyText {
  static final String RESOURCE = "text/policy_%s.properties";
  /** The columns of a policy table, by key, in order; the first three are the seed page's. */
  static final List<String> COLUMN_KEYS = List.of("column.provider", "column.function",
      "column.name", "column.purpose", "column.duration", "column.party");
  /** The column that names the cookie, the row header of HTML tables. */
  static final int NAME_COLUMN = COLUMN_KEYS.indexOf("column.name");

  private final PolicyLanguage language;
  private final Map<String, String> words;
  /** Declared durations in words, by their text: as many as the declarations have. */
  private final Map<String, String> durations = new ConcurrentHashMap<>();

  private PolicyText(PolicyLanguage language, Map<String, String> words) {
    this.language = language;
    this.words = words;
  }

  static PolicyText load(PolicyLanguage language) {
    String resource = String.format(RESOURCE, language.tag());
    Properties properties = new Properties();
    try (InputStream in = PolicyText.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the policy text " + resource + " is missing");
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the policy text " + resource, e);
    }
    Map<String, String> words = new java.util.HashMap<>();
    properties.stringPropertyNames().forEach(k -> words.put(k, properties.getProperty(k)));
    return new PolicyText(language, Map.copyOf(words));
  }

  PolicyLanguage language() {
    return language;
  }

  /** The keys this language defines; the same for every language. */
  java.util.Set<String> keys() {
    return words.keySet();
  }

  /** The text of {@code key}. */
  String get(String key) {
    String text = words.get(key);
    if (text == null) {
      throw new IllegalStateException("the " + language.tag() + " policy text has no '" + key + "'");
    }
    return text;
  }

  /** The text of {@code key} with {@code {name}} replaced by its value, for each pair given. */
  String get(String key, String... namesAndValues) {
    String text = get(key);
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      text = text.replace("{" + namesAndValues[i] + "}", namesAndValues[i + 1]);
    }
    return text;
  }

  String site(CookiePolicy policy) {
    return policy.site().isEmpty() ? get("site.default") : policy.site();
  }

  String intro(CookiePolicy policy) {
    return get("intro", "site", site(policy));
  }

  String usedOn(CookiePolicy policy) {
    return get("used.title", "site", site(policy));
  }

  /** The category's name, as heading of its table and its choice in the dialog. */
  String heading(CookieCategory category) {
    return get("kind." + kindKey(category) + ".term");
  }

  /** What the cookies of a category are for, in a sentence or two. */
  String explanation(CookieCategory category) {
    return get("kind." + kindKey(category) + ".text");
  }

  /** The kinds explained on the page: the categories, then third-party cookies. */
  List<String> kinds() {
    return List.of("necessary", "preferences", "statistics", "marketing", "thirdParty");
  }

  static String kindKey(CookieCategory category) {
    return category.name().toLowerCase(Locale.ROOT);
  }

  String consentNote(List<CookieDeclaration> rows) {
    long needConsent = rows.stream().filter(CookieDeclaration::requiresConsent).count();
    return get(needConsent == 0 ? "consent.none"
        : needConsent == rows.size() ? "consent.all" : "consent.some");
  }

  List<String> columns() {
    return COLUMN_KEYS.stream().map(this::get).toList();
  }

  /** The cells of a declaration's row, in the order of {@link #COLUMN_KEYS}. */
  List<String> cells(CookiePolicy policy, CookieDeclaration d) {
    return List.of(provider(policy, d), function(policy, d), d.name(), purpose(policy, d),
        duration(d), get(d.thirdParty() ? "party.third" : "party.first"));
  }

  /** The cookie's purpose in this language: the site's translation, else as declared. */
  String purpose(CookiePolicy policy, CookieDeclaration d) {
    return policy.translations().purpose(language, d);
  }

  /** The cookie's function in this language: the site's translation, else as declared. */
  String function(CookiePolicy policy, CookieDeclaration d) {
    return policy.translations().function(language, d);
  }

  /** Who sets the cookie: its provider, else the site itself. */
  String provider(CookiePolicy policy, CookieDeclaration d) {
    return d.provider().isEmpty() ? site(policy) : d.provider();
  }

  /**
   * How long a declared cookie lives, in words; worked out once per declared text, as every row
   * of every page asks again.
   */
  String duration(CookieDeclaration d) {
    return durations.computeIfAbsent(d.duration(), text -> duration(CookieLifetime.parse(text)));
  }

  /** A lifetime in words: "Session", "13 months", "1 day 12 hours". */
  String duration(CookieLifetime lifetime) {
    if (lifetime.isSession()) {
      return get("duration.session");
    }
    StringBuilder out = new StringBuilder();
    lifetime.parts().forEach((unit, amount) -> {
      String name = unit.name().toLowerCase(Locale.ROOT);
      out.append(out.length() == 0 ? "" : " ").append(amount).append(' ')
          .append(get("unit." + name.substring(0, name.length() - 1)
              + (amount == 1 ? ".one" : ".other")));
    });
    return out.length() == 0 ? lifetime.text() : out.toString();
  }

  /** A date as this language writes it in running text: "25 November 2026", "1er mars 2026". */
  String date(LocalDate date) {
    String day = date.getDayOfMonth() == 1 ? get("date.firstDay") : String.valueOf(date.getDayOfMonth());
    String month = get("date.months").split(",")[date.getMonthValue() - 1];
    return get("date.pattern", "day", day, "month", month, "year", String.valueOf(date.getYear()));
  }
}
