package io.cookieregistry.example;

import io.cookieregistry.runtime.CookieRegistry;
import io.cookieregistry.runtime.policy.ConsentDialog;
import io.cookieregistry.runtime.policy.CookiePolicy;
import io.cookieregistry.runtime.policy.CookieTranslations;
import io.cookieregistry.runtime.policy.PolicyLanguage;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The consent dialog of the example, generated from the registry the guard uses, so that the
 * categories a visitor can choose are the ones the guard enforces.
 */
final class ConsentPages {
  /** The choices page; the processor option {@code cookieregistry.choicesUrl} names it too. */
  static final String CHOICES_PATH = "/consent";
  static final String SCRIPT_PATH = "/cookie-consent.js";
  static final String POLICY_PATH = "/cookie-policy";

  private static final ConsentDialog DIALOG = ConsentDialog.of(
          CookiePolicy.of(CookieRegistry.load()).withChoicesUrl(CHOICES_PATH)
              .withTranslations(CookieTranslations.load(ConsentPages.class.getClassLoader(),
                  CookieTranslations.DEFAULT_BUNDLE)))
      .withPolicyUrl(POLICY_PATH)
      .withGoogleConsentMode(true);

  private ConsentPages() {}

  static ConsentDialog dialog() {
    return DIALOG;
  }

  /** The visitor's language: {@code ?lang=fr} if given, else the {@code Accept-Language} header. */
  static PolicyLanguage language(HttpServletRequest request) {
    String asked = request.getParameter("lang");
    return asked != null && !asked.isBlank()
        ? PolicyLanguage.negotiate(asked) : PolicyLanguage.negotiate(request.getHeader("Accept-Language"));
  }
}
