package io.cookieregistry.processor.options;

import io.cookieregistry.processor.diagnostics.DiagnosticKey;
import io.cookieregistry.processor.diagnostics.Reporter;
import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.policy.CookiePolicy;
import io.cookieregistry.runtime.policy.CookieTranslations;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.lang.model.SourceVersion;
import javax.tools.Diagnostic;

/** The processor options ({@code -Akey=value}), read and validated once. */
public final class ProcessorOptions {
  public static final String SITE = "cookieregistry.site";
  public static final String PROVIDER = "cookieregistry.provider";
  public static final String REGISTRY = "cookieregistry.registry";
  public static final String DYNAMIC_NAMES = "cookieregistry.dynamicNames";
  public static final String UNUSED = "cookieregistry.unused";
  public static final String UPDATED = "cookieregistry.updated";
  public static final String CONTROLLER = "cookieregistry.controller";
  public static final String CONTACT = "cookieregistry.contact";
  public static final String CHOICES_URL = "cookieregistry.choicesUrl";
  public static final String BUNDLE = "cookieregistry.bundle";
  public static final String TRANSLATIONS = "cookieregistry.translations";

  /** Every option, as {@code @SupportedOptions} lists them. */
  public static final Set<String> ALL = Set.of(SITE, PROVIDER, REGISTRY, DYNAMIC_NAMES, UNUSED,
      UPDATED, CONTROLLER, CONTACT, CHOICES_URL, BUNDLE, TRANSLATIONS);

  /** What to do with a finding that users may want as an error, a warning, or not at all. */
  public enum Level {
    ERROR, WARNING, IGNORE;

    /** The compiler diagnostic kind of this level; {@code null} for IGNORE. */
    public Diagnostic.Kind kind() {
      return this == ERROR ? Diagnostic.Kind.ERROR
          : this == WARNING ? Diagnostic.Kind.WARNING : null;
    }
  }

  private final String site;
  private final String provider;
  private final String registry;
  private final Level dynamicNames;
  private final Level unused;
  private final String bundle;
  private final Level translations;
  /** The policy's own settings (date, controller, contact, choices page), applied to every policy. */
  private final UnaryOperator<CookiePolicy> policySettings;

  private ProcessorOptions(String site, String provider, String registry, Level dynamicNames,
      Level unused, String bundle, Level translations, UnaryOperator<CookiePolicy> policySettings) {
    this.site = site;
    this.provider = provider;
    this.registry = registry;
    this.dynamicNames = dynamicNames;
    this.unused = unused;
    this.bundle = bundle;
    this.translations = translations;
    this.policySettings = policySettings;
  }

  /** Reads the options, reporting every bad value and falling back to the default for it. */
  public static ProcessorOptions read(Map<String, String> options, Reporter reporter) {
    String registry = text(options, REGISTRY);
    if (!registry.isEmpty() && !SourceVersion.isName(registry)) {
      reporter.global(Diagnostic.Kind.ERROR, DiagnosticKey.BAD_OPTION, "-A" + REGISTRY + "="
          + registry + " is not a fully qualified Java class name such as com.example.CookieRegistry");
      registry = "";
    }
    return new ProcessorOptions(
        text(options, SITE),
        text(options, PROVIDER),
        registry,
        level(options, DYNAMIC_NAMES, Level.WARNING, reporter),
        level(options, UNUSED, Level.IGNORE, reporter),
        text(options, BUNDLE).isEmpty() ? CookieTranslations.DEFAULT_BUNDLE : text(options, BUNDLE),
        level(options, TRANSLATIONS, Level.WARNING, reporter),
        policySettings(options, reporter));
  }

  /**
   * The policy settings, each checked by applying it to an empty policy: the policy's own rules
   * decide what is accepted, and a value they refuse is reported here and left out.
   */
  private static UnaryOperator<CookiePolicy> policySettings(Map<String, String> options,
      Reporter reporter) {
    UnaryOperator<CookiePolicy> settings = UnaryOperator.identity();
    String updated = text(options, UPDATED);
    if (!updated.isEmpty()) {
      try {
        LocalDate date = LocalDate.parse(updated);
        settings = then(settings, p -> p.withUpdated(date));
      } catch (DateTimeParseException e) {
        reporter.global(Diagnostic.Kind.ERROR, DiagnosticKey.BAD_OPTION, "-A" + UPDATED + "="
            + updated + " is not a date such as 2026-03-01 (ISO-8601, year-month-day)");
      }
    }
    List<Map.Entry<String, UnaryOperator<CookiePolicy>>> texts = List.of(
        Map.entry(CONTROLLER, p -> p.withController(text(options, CONTROLLER))),
        Map.entry(CONTACT, p -> p.withContact(text(options, CONTACT))),
        Map.entry(CHOICES_URL, p -> p.withChoicesUrl(text(options, CHOICES_URL))));
    for (Map.Entry<String, UnaryOperator<CookiePolicy>> text : texts) {
      String value = text(options, text.getKey());
      if (value.isEmpty()) {
        continue;
      }
      try {
        text.getValue().apply(CookiePolicy.of("", List.of()));
        settings = then(settings, text.getValue());
      } catch (IllegalArgumentException e) {
        reporter.global(Diagnostic.Kind.ERROR, DiagnosticKey.BAD_OPTION, "-A" + text.getKey()
            + "=" + value + ": " + e.getMessage());
      }
    }
    return settings;
  }

  private static UnaryOperator<CookiePolicy> then(UnaryOperator<CookiePolicy> first,
      UnaryOperator<CookiePolicy> next) {
    return p -> next.apply(first.apply(p));
  }

  /** A text option; absent, given without a value ({@code -Akey}) or blank means the default. */
  private static String text(Map<String, String> options, String key) {
    String value = options.get(key);
    return value == null ? "" : value.strip();
  }

  private static Level level(Map<String, String> options, String key, Level fallback,
      Reporter reporter) {
    String value = text(options, key);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      return Level.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      reporter.global(Diagnostic.Kind.ERROR, DiagnosticKey.BAD_OPTION, "-A" + key + "=" + value
          + " is not one of error, warning, ignore; using " + fallback.name().toLowerCase(Locale.ROOT));
      return fallback;
    }
  }

  /** The site name for the policy ({@code cookieregistry.site}); may be empty. */
  public String site() {
    return site;
  }

  /** The default provider ({@code cookieregistry.provider}); empty means the site itself. */
  public String provider() {
    return provider;
  }

  /** The registry class name ({@code cookieregistry.registry}); empty means the default. */
  public String registry() {
    return registry;
  }

  /** How to report a cookie write whose name is not a constant ({@code cookieregistry.dynamicNames}). */
  public Level dynamicNames() {
    return dynamicNames;
  }

  /** The cookie policy of {@code declarations}, with the site and the policy settings of the options. */
  public CookiePolicy policy(List<CookieDeclaration> declarations) {
    return policySettings.apply(CookiePolicy.of(site, declarations));
  }

  /** The base name of the cookie texts' bundles ({@code cookieregistry.bundle}). */
  public String bundle() {
    return bundle;
  }

  /** How to report a translation of an undeclared cookie, or a missing one ({@code cookieregistry.translations}). */
  public Level translations() {
    return translations;
  }

  /** How to report a declared name that nothing writes ({@code cookieregistry.unused}). */
  public Level unused() {
    return unused;
  }
}
