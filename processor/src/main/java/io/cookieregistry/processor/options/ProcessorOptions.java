package io.cookieregistry.processor.options;

import io.cookieregistry.processor.diagnostics.DiagnosticKey;
import io.cookieregistry.processor.diagnostics.Reporter;
import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.policy.CookiePolicy;
import io.cookieregistry.runtime.policy.CookieTranslations;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import io.cookieregistry.runtime.internal.CookieNames;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
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
  public static final String SESSION_COOKIE = "cookieregistry.sessionCookie";
  public static final String WRITE_CHECK = "cookieregistry.writeCheck";

  /** Every option, as {@code @SupportedOptions} lists them. */
  public static final Set<String> ALL = Set.of(SITE, PROVIDER, REGISTRY, DYNAMIC_NAMES, UNUSED,
      SESSION_COOKIE, WRITE_CHECK, UPDATED, CONTROLLER, CONTACT, CHOICES_URL, BUNDLE, TRANSLATIONS);

  /** The servlet containers' session cookie name, unless {@code cookieregistry.sessionCookie} says. */
  static final String CONTAINER_SESSION_COOKIE = "JSESSIONID";
  private static final String NO_SESSION_COOKIE = "none";

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
  private final Optional<String> sessionCookie;
  private final boolean writeCheck;
  private final String bundle;
  private final Level translations;
  /** The policy's own settings (date, controller, contact, choices page), applied to every policy. */
  private final UnaryOperator<CookiePolicy> policySettings;

  private ProcessorOptions(String site, String provider, String registry, Level dynamicNames,
      Level unused, Optional<String> sessionCookie, boolean writeCheck, String bundle,
      Level translations, UnaryOperator<CookiePolicy> policySettings) {
    this.site = site;
    this.provider = provider;
    this.registry = registry;
    this.dynamicNames = dynamicNames;
    this.unused = unused;
    this.sessionCookie = sessionCookie;
    this.writeCheck = writeCheck;
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
    } else if (registry.startsWith("java.")) {
      reporter.global(Diagnostic.Kind.ERROR, DiagnosticKey.BAD_OPTION, "-A" + REGISTRY + "="
          + registry + " is in a java.* package, where only the JDK may define classes; choose a"
          + " package of your own such as com.example.CookieRegistry");
      registry = "";
    }
    return new ProcessorOptions(
        text(options, SITE),
        text(options, PROVIDER),
        registry,
        level(options, DYNAMIC_NAMES, Level.WARNING, reporter),
        level(options, UNUSED, Level.IGNORE, reporter),
        sessionCookie(options, reporter),
        !"off".equals(choice(options, WRITE_CHECK, List.of("on", "off"), "on", reporter)),
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

  private static Optional<String> sessionCookie(Map<String, String> options, Reporter reporter) {
    String value = text(options, SESSION_COOKIE);
    if (value.isEmpty()) {
      return Optional.of(CONTAINER_SESSION_COOKIE);
    }
    if (value.equals(NO_SESSION_COOKIE)) {
      return Optional.empty();
    }
    Optional<String> problem = CookieNames.problem(value).or(() -> CookieNames.isPattern(value)
        ? Optional.of("is a pattern, which names no single cookie") : Optional.empty());
    problem.ifPresent(p -> reporter.global(Diagnostic.Kind.ERROR, DiagnosticKey.BAD_OPTION, "-A"
        + SESSION_COOKIE + "=" + value + " is not a cookie name: it " + p + ". Give the name your"
        + " container gives its session cookie, or none; using " + CONTAINER_SESSION_COOKIE));
    return Optional.of(problem.isPresent() ? CONTAINER_SESSION_COOKIE : value);
  }

  /** A text option; absent, given without a value ({@code -Akey}) or blank means the default. */
  private static String text(Map<String, String> options, String key) {
    String value = options.get(key);
    return value == null ? "" : value.strip();
  }

  private static Level level(Map<String, String> options, String key, Level fallback,
      Reporter reporter) {
    List<String> levels = Stream.of(Level.values()).map(l -> l.name().toLowerCase(Locale.ROOT))
        .toList();
    return Level.valueOf(choice(options, key, levels, fallback.name().toLowerCase(Locale.ROOT),
        reporter).toUpperCase(Locale.ROOT));
  }

  /** One of {@code allowed}, in any case; a value outside them is an error and the default. */
  private static String choice(Map<String, String> options, String key, List<String> allowed,
      String fallback, Reporter reporter) {
    String value = text(options, key);
    if (value.isEmpty()) {
      return fallback;
    }
    String chosen = value.toLowerCase(Locale.ROOT);
    if (allowed.contains(chosen)) {
      return chosen;
    }
    reporter.global(Diagnostic.Kind.ERROR, DiagnosticKey.BAD_OPTION, "-A" + key + "=" + value
        + " is not one of " + String.join(", ", allowed) + "; using " + fallback);
    return fallback;
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

  /**
   * The name of the servlet container's session cookie, which creating an HTTP session writes
   * ({@code cookieregistry.sessionCookie}); empty when the option is {@code none}.
   */
  public Optional<String> sessionCookie() {
    return sessionCookie;
  }

  /**
   * Whether to check cookie writes ({@code cookieregistry.writeCheck=on|off}); off for test
   * compilations, whose requests and assertions carry cookies that no server writes.
   */
  public boolean writeCheck() {
    return writeCheck;
  }

  /** How to report a declared name that nothing writes ({@code cookieregistry.unused}). */
  public Level unused() {
    return unused;
  }
}
