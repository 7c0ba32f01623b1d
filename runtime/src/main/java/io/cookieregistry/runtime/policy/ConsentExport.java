package io.cookieregistry.runtime.policy;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.internal.CookieNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The policy as configuration for the consent managers sites already run, from the same
 * declarations as the policy page and the guard: orestbida CookieConsent v3 ({@code categories},
 * {@code services}, and a {@code cookieTable} per category in every language) and Klaro ({@code
 * services} and translations). The processor writes them beside the policy.
 *
 * <p>JSON cannot hold a regular expression, and both managers match cookies by name or by one:
 * a cookie name that starts with {@code ^} is a regular expression (a declared pattern such as
 * {@code _pk_id.*} becomes {@code ^_pk_id\.}). Revive them when loading the file:
 * {@code JSON.parse(text, (k, v) => typeof v === 'string' && v.startsWith('^') ? new RegExp(v) : v)}.
 */
public enum ConsentExport {
  COOKIECONSENT_V3("cookieconsent-v3.json", ConsentExport::cookieConsent),
  KLARO("klaro.json", ConsentExport::klaro);

  private final String fileName;
  private final Function<CookiePolicy, Json> renderer;

  ConsentExport(String fileName, Function<CookiePolicy, Json> renderer) {
    this.fileName = fileName;
    this.renderer = renderer;
  }

  /** The configuration as JSON text ending in a newline; deterministic. */
  public String render(CookiePolicy policy) {
    return renderer.apply(policy).text() + "\n";
  }

  /** The resource path of the file in a jar, beside the policy: {@code META-INF/cookie-registry/klaro.json}. */
  public String resourcePath() {
    return PolicyFormat.DIRECTORY + fileName;
  }

  private static Json cookieConsent(CookiePolicy policy) {
    List<CookieCategory> choices = ConsentDialog.of(policy).choices();
    Json categories = Json.object();
    for (CookieCategory category : policy.categories()) {
      Json entry = Json.object();
      if (!choices.contains(category)) {
        entry.put("enabled", Json.of(true)).put("readOnly", Json.of(true));
      }
      List<Json> cookies = policy.declarations(category).stream()
          .map(d -> Json.object().put("name", Json.of(matcher(d)))).toList();
      entry.put("autoClear", Json.object().put("cookies", Json.array(cookies)));
      Json services = Json.object();
      providers(policy, category).forEach((provider, declared) -> services.put(slug(provider),
          Json.object().put("label", Json.of(provider)).put("cookies", Json.array(declared.stream()
              .map(d -> Json.object().put("name", Json.of(matcher(d)))).toList()))));
      entry.put("services", services);
      categories.put(PolicyText.kindKey(category), entry);
    }
    Json translations = Json.object();
    for (PolicyLanguage language : PolicyLanguage.values()) {
      PolicyText text = language.text();
      String title = text.get("dialog.title");
      String description = text.get("dialog.text", "site", text.site(policy));
      List<Json> sections = new ArrayList<>();
      List<String> columns = text.columns();
      for (CookieCategory category : policy.categories()) {
        Json headers = Json.object().put("name", Json.of(columns.get(PolicyText.NAME_COLUMN)))
            .put("provider", Json.of(columns.get(0))).put("purpose", Json.of(columns.get(3)))
            .put("duration", Json.of(columns.get(4)));
        List<Json> body = policy.declarations(category).stream().map(d -> Json.object()
            .put("name", Json.of(d.name())).put("provider", Json.of(text.provider(policy, d)))
            .put("purpose", Json.of(text.purpose(policy, d))).put("duration", Json.of(text.duration(d))))
            .toList();
        sections.add(Json.object().put("title", Json.of(text.heading(category)))
            .put("description", Json.of(text.explanation(category)))
            .put("linkedCategory", Json.of(PolicyText.kindKey(category)))
            .put("cookieTable", Json.object().put("headers", headers).put("body", Json.array(body))));
      }
      translations.put(language.tag(), Json.object()
          .put("consentModal", Json.object().put("title", Json.of(title))
              .put("description", Json.of(description))
              .put("acceptAllBtn", Json.of(text.get("dialog.acceptAll")))
              .put("acceptNecessaryBtn", Json.of(text.get("dialog.rejectAll")))
              .put("showPreferencesBtn", Json.of(text.get("dialog.manage"))))
          .put("preferencesModal", Json.object().put("title", Json.of(title))
              .put("acceptAllBtn", Json.of(text.get("dialog.acceptAll")))
              .put("acceptNecessaryBtn", Json.of(text.get("dialog.rejectAll")))
              .put("savePreferencesBtn", Json.of(text.get("dialog.save")))
              .put("sections", Json.array(sections))));
    }
    return Json.object().put("categories", categories).put("language", Json.object()
        .put("default", Json.of(PolicyLanguage.ENGLISH.tag())).put("translations", translations));
  }

  private static Json klaro(CookiePolicy policy) {
    List<CookieCategory> choices = ConsentDialog.of(policy).choices();
    List<Json> services = new ArrayList<>();
    for (CookieCategory category : policy.categories()) {
      providers(policy, category).forEach((provider, declared) -> {
        Json perLanguage = Json.object();
        for (PolicyLanguage language : PolicyLanguage.values()) {
          PolicyText text = language.text();
          String purposes = String.join(" ", declared.stream().map(d -> text.purpose(policy, d))
              .distinct().toList());
          perLanguage.put(language.tag(), Json.object().put("title", Json.of(provider))
              .put("description", Json.of(purposes)));
        }
        boolean required = !choices.contains(category)
            || declared.stream().noneMatch(CookieDeclaration::requiresConsent);
        services.add(Json.object()
            .put("name", Json.of(slug(provider) + "-" + PolicyText.kindKey(category)))
            .put("title", Json.of(provider))
            .put("purposes", Json.array(List.of(Json.of(PolicyText.kindKey(category)))))
            .put("cookies", Json.array(declared.stream().map(d -> Json.of(matcher(d))).toList()))
            .put("required", Json.of(required)).put("default", Json.of(required))
            .put("translations", perLanguage));
      });
    }
    Json translations = Json.object();
    for (PolicyLanguage language : PolicyLanguage.values()) {
      PolicyText text = language.text();
      Json purposes = Json.object();
      for (CookieCategory category : policy.categories()) {
        purposes.put(PolicyText.kindKey(category), Json.object()
            .put("title", Json.of(text.heading(category)))
            .put("description", Json.of(text.explanation(category))));
      }
      translations.put(language.tag(), Json.object()
          .put("consentModal", Json.object().put("title", Json.of(text.get("dialog.title")))
              .put("description", Json.of(text.get("dialog.text", "site", text.site(policy)))))
          .put("acceptAll", Json.of(text.get("dialog.acceptAll")))
          .put("decline", Json.of(text.get("dialog.rejectAll")))
          .put("acceptSelected", Json.of(text.get("dialog.save")))
          .put("purposes", purposes));
    }
    return Json.object().put("version", Json.of(1)).put("elementID", Json.of("klaro"))
        .put("storageMethod", Json.of("cookie")).put("mustConsent", Json.of(false))
        .put("acceptAll", Json.of(true)).put("hideDeclineAll", Json.of(false))
        .put("lang", Json.of(PolicyLanguage.ENGLISH.tag()))
        .put("translations", translations).put("services", Json.array(services));
  }

  /** The declarations of a category grouped by who sets them, in policy order. */
  private static Map<String, List<CookieDeclaration>> providers(CookiePolicy policy,
      CookieCategory category) {
    PolicyText english = PolicyLanguage.ENGLISH.text();
    Map<String, List<CookieDeclaration>> byProvider = new LinkedHashMap<>();
    for (CookieDeclaration d : policy.declarations(category)) {
      byProvider.computeIfAbsent(english.provider(policy, d), p -> new ArrayList<>()).add(d);
    }
    return byProvider;
  }

  /** A cookie name as the managers match it: the name itself, or an anchored regular expression. */
  static String matcher(CookieDeclaration d) {
    if (d.isPattern()) {
      return "^" + regexQuote(CookieNames.literalPart(d.name()));
    }
    return d.name().startsWith("^") ? "^" + regexQuote(d.name()) + "$" : d.name();
  }

  private static String regexQuote(String literal) {
    StringBuilder out = new StringBuilder();
    for (char c : literal.toCharArray()) {
      out.append(".^$|?*+()[]{}\\/".indexOf(c) >= 0 ? "\\" + c : String.valueOf(c));
    }
    return out.toString();
  }

  /** A key for a service: lower-case letters, digits and dashes. */
  static String slug(String provider) {
    StringBuilder slug = new StringBuilder();
    boolean dash = false; // a run of other characters is one dash, and none at either end
    for (char c : provider.toLowerCase(Locale.ROOT).toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (dash && slug.length() > 0) {
          slug.append('-');
        }
        slug.append(c);
        dash = false;
      } else {
        dash = true;
      }
    }
    return slug.length() == 0 ? "site" : slug.toString();
  }
}
