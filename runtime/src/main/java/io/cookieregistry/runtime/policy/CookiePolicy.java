package io.cookieregistry.runtime.policy;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.CookieRegistry;
import io.cookieregistry.runtime.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a cookie policy page shows: the site, its declarations in policy order, and what a
 * publishable page adds around them (the date of the last update, the controller and how to
 * reach them, where visitors change their choices). Rendered by {@link PolicyFormat}; the
 * annotation processor and the runtime build it the same way, so the policy shipped in a jar and
 * the one printed from a running class path cannot differ.
 *
 * <p>Immutable: the {@code with…} methods return a copy.
 */
public final class CookiePolicy {
  /** Where visitors change their cookie choices unless {@link #withChoicesUrl} says otherwise. */
  public static final String DEFAULT_CHOICES_URL = "/cookie-consent";

  private final String site;
  private final List<CookieDeclaration> declarations;
  private final LocalDate updated;
  private final String controller;
  private final String contact;
  private final String choicesUrl;
  private final CookieTranslations translations;
  /** The declarations of each category that has any, in category order, each in policy order. */
  private final Map<CookieCategory, List<CookieDeclaration>> byCategory;
  private final List<CookieCategory> categories;

  private CookiePolicy(String site, List<CookieDeclaration> declarations, LocalDate updated,
      String controller, String contact, String choicesUrl, CookieTranslations translations) {
    this.site = site;
    this.declarations = declarations;
    this.updated = updated;
    this.controller = controller;
    this.contact = contact;
    this.choicesUrl = choicesUrl;
    this.translations = translations;
    Map<CookieCategory, List<CookieDeclaration>> grouped = new EnumMap<>(CookieCategory.class);
    for (CookieDeclaration d : declarations) {
      grouped.computeIfAbsent(d.category(), c -> new ArrayList<>()).add(d);
    }
    grouped.replaceAll((category, members) -> List.copyOf(members));
    this.byCategory = grouped;
    this.categories = List.copyOf(grouped.keySet());
  }

  /** The policy of {@code declarations} for a site; an empty site name reads as "this site". */
  public static CookiePolicy of(String site, List<CookieDeclaration> declarations) {
    List<CookieDeclaration> sorted = new ArrayList<>(Checks.notNull(declarations, "declarations"));
    sorted.sort(CookieRegistry.POLICY_ORDER);
    return new CookiePolicy(Checks.notNull(site, "site").strip(), List.copyOf(sorted),
        null, "", "", DEFAULT_CHOICES_URL, CookieTranslations.none());
  }

  /** The policy of a loaded registry, for the site it was generated for. */
  public static CookiePolicy of(CookieRegistry registry) {
    return of(registry.site(), registry.declarations());
  }

  /** This policy, dated: the page says when it was last updated. */
  public CookiePolicy withUpdated(LocalDate updated) {
    return new CookiePolicy(site, declarations, Checks.notNull(updated, "updated"),
        controller, contact, choicesUrl,
        translations);
  }

  /** This policy, naming the controller: who is responsible for the site and its cookies. */
  public CookiePolicy withController(String controller) {
    return new CookiePolicy(site, declarations, updated,
        Checks.notNull(controller, "controller").strip(), contact, choicesUrl, translations);
  }

  /**
   * This policy, with the controller's contact: an e-mail address or an {@code http(s)} URL.
   *
   * @throws IllegalArgumentException naming the contact when it is neither
   */
  public CookiePolicy withContact(String contact) {
    String c = Checks.notNull(contact, "contact").strip();
    if (!c.isEmpty() && PolicyLinks.contactHref(c).isEmpty()) {
      throw new IllegalArgumentException("contact '" + contact + "' is neither an e-mail address"
          + " nor an http(s) URL");
    }
    return new CookiePolicy(site, declarations, updated, controller, c, choicesUrl, translations);
  }

  /**
   * This policy, with the address of the page where visitors change their cookie choices: a path
   * on the site ({@code /cookie-consent}) or an {@code http(s)} URL.
   *
   * @throws IllegalArgumentException naming the address when it is neither
   */
  public CookiePolicy withChoicesUrl(String choicesUrl) {
    String url = Checks.notNull(choicesUrl, "choicesUrl").strip();
    if (!PolicyLinks.isPageAddress(url)) {
      throw new IllegalArgumentException("choicesUrl '" + choicesUrl + "' is neither a path"
          + " starting with / nor an http(s) URL");
    }
    return new CookiePolicy(site, declarations, updated, controller, contact, url, translations);
  }

  /** This policy, with the site's translations of its cookies' purposes and functions. */
  public CookiePolicy withTranslations(CookieTranslations translations) {
    return new CookiePolicy(site, declarations, updated, controller, contact, choicesUrl,
        Checks.notNull(translations, "translations"));
  }

  /** The site's translations of its cookies' texts; {@link CookieTranslations#none()} by default. */
  public CookieTranslations translations() {
    return translations;
  }

  /** The site name as configured; may be empty. */
  public String site() {
    return site;
  }

  /** All declarations in policy order. */
  public List<CookieDeclaration> declarations() {
    return declarations;
  }

  /** The declarations of one category, in policy order. */
  public List<CookieDeclaration> declarations(CookieCategory category) {
    return byCategory.getOrDefault(Checks.notNull(category, "category"), List.of());
  }

  /** The categories that have at least one declaration, in category order. */
  public List<CookieCategory> categories() {
    return categories;
  }

  /** When the policy was last updated, if it says. */
  public Optional<LocalDate> updated() {
    return Optional.ofNullable(updated);
  }

  /** Who is responsible for the site and its cookies; may be empty. */
  public String controller() {
    return controller;
  }

  /** How to reach the controller: an e-mail address or an http(s) URL; may be empty. */
  public String contact() {
    return contact;
  }

  /** Where visitors change their cookie choices. */
  public String choicesUrl() {
    return choicesUrl;
  }
}
