package io.cookieregistry.runtime.policy;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.internal.CookieLifetime;
import java.util.List;

/** The prose of the policy page, shared by every format so that they say the same thing. */
final class PolicyText {
  static final String TITLE = "Cookie policy";
  static final String WHAT_IS_A_COOKIE = "What is a cookie?";
  static final String KINDS = "Kinds of cookies";
  static final String NO_COOKIES = "This site sets no cookies.";
  static final List<String> COLUMNS = List.of("Service provider's name", "Function and location",
      "Cookie name(s)", "Purposes", "Duration", "Party");

  private PolicyText() {}

  static String intro(CookiePolicy policy) {
    return "This page lists every cookie that " + policy.siteDisplayName() + " may store in your"
        + " browser: who sets it, what it is for and how long it is kept. The list is generated"
        + " from the application's source code each time the application is built, so it follows"
        + " the code as it changes.";
  }

  static final String COOKIE_DEFINITION = "A cookie is a short piece of text, stored under a"
      + " name, that a website asks your browser to keep. The browser sends it back with each"
      + " later request to that website until it expires or you delete it. Cookies let a website"
      + " keep you signed in, remember your settings, measure how its pages are used and, in some"
      + " cases, follow your visits for advertising.";

  /** One paragraph per kind, each as a term and its explanation. */
  static final List<String[]> KIND_DEFINITIONS = List.of(
      new String[] {"Necessary cookies", "make the site work: they keep you signed in, protect"
          + " forms against forgery and remember your cookie choices. The site cannot work"
          + " without them, so they are set without asking for your consent."},
      new String[] {"Preference cookies", "remember choices you made, such as your language."
          + " They are set only with your consent."},
      new String[] {"Statistics cookies", "measure how visitors use the site. When the"
          + " measurement is anonymised, so that it can never identify you, it needs no consent;"
          + " otherwise these cookies are set only with your consent."},
      new String[] {"Marketing cookies", "follow your visits to show you advertising. They are"
          + " set only with your consent."},
      new String[] {"Third-party cookies", "are set by, or on behalf of, another site than the"
          + " one you are visiting, often an advertising or analytics service, which can then"
          + " recognise you on every site that uses it. First-party cookies are set by the site"
          + " you are visiting."});

  static String usedOn(CookiePolicy policy) {
    return "What cookies are used on " + policy.siteDisplayName();
  }

  static String heading(CookieCategory category) {
    switch (category) {
      case NECESSARY:
        return "Necessary cookies";
      case PREFERENCES:
        return "Preference cookies";
      case STATISTICS:
        return "Statistics cookies";
      case MARKETING:
        return "Marketing cookies";
      default:
        throw new AssertionError(category);
    }
  }

  static String consentNote(List<CookieDeclaration> rows) {
    long needConsent = rows.stream().filter(CookieDeclaration::requiresConsent).count();
    if (needConsent == 0) {
      return "These cookies do not need your consent.";
    }
    if (needConsent == rows.size()) {
      return "These cookies are set only with your consent.";
    }
    return "Anonymised measurement cookies do not need your consent; the others are set only"
        + " with your consent.";
  }

  static String party(CookieDeclaration d) {
    return d.thirdParty() ? "Third party" : "First party";
  }

  /** The cells of a declaration's row, in the order of {@link #COLUMNS}. */
  static List<String> cells(CookiePolicy policy, CookieDeclaration d) {
    return List.of(policy.providerOf(d), d.function(), d.name(), d.purpose(),
        CookieLifetime.parse(d.duration()).describe(), party(d));
  }
}
