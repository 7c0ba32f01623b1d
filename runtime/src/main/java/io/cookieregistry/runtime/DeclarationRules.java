package io.cookieregistry.runtime;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.runtime.DeclarationProblem.Rule;
import io.cookieregistry.runtime.internal.CookieLifetime;
import io.cookieregistry.runtime.internal.CookieNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a declaration, written once: the annotation processor reports what they find, the
 * {@link CookieDeclaration.Builder} throws it, so the compiler and the runtime cannot disagree on
 * what a valid declaration is.
 */
final class DeclarationRules {
  private DeclarationRules() {}

  /** Every problem of the declaration that {@code values} holds, errors and warnings. */
  static List<DeclarationProblem> check(Values values) {
    String name = values.get(CookieAttribute.NAME);
    String cookie = "cookie '" + name + "'";
    List<DeclarationProblem> problems = new ArrayList<>();
    CookieNames.problem(name).ifPresent(p -> problems.add(new DeclarationProblem(Rule.INVALID_NAME,
        CookieAttribute.NAME, cookie + ": its name " + p + "; use an RFC 6265 token such as"
        + " 'sessionid', or a prefix pattern such as '_ga_*'")));
    if (values.get(CookieAttribute.PURPOSE).isBlank()) {
      problems.add(new DeclarationProblem(Rule.BLANK_PURPOSE, CookieAttribute.PURPOSE, cookie
          + " needs a purpose: say in the visitor's words what it is for, e.g. purpose = \"To"
          + " remember the visitor's language\""));
    }
    String duration = values.get(CookieAttribute.DURATION);
    Optional<CookieLifetime> lifetime = Optional.empty();
    try {
      lifetime = Optional.of(CookieLifetime.parse(duration));
    } catch (IllegalArgumentException e) {
      problems.add(new DeclarationProblem(Rule.INVALID_DURATION, CookieAttribute.DURATION,
          cookie + ": " + e.getMessage()));
    }
    lifetime.filter(CookieLifetime::exceedsBrowserCap).ifPresent(l -> problems.add(
        new DeclarationProblem(Rule.LONG_DURATION, CookieAttribute.DURATION, cookie + " is"
            + " declared to last " + duration + " (" + l.describe() + "), but browsers keep a"
            + " cookie at most 400 days (RFC 6265bis); declare at most P400D")));
    CookieCategory category = values.get(CookieAttribute.CATEGORY);
    if (values.get(CookieAttribute.ANONYMIZED) && category != CookieCategory.STATISTICS) {
      problems.add(new DeclarationProblem(Rule.ANONYMIZED_CATEGORY, CookieAttribute.ANONYMIZED,
          cookie + " is declared anonymized, which only exempts STATISTICS cookies from consent;"
          + " its category is " + category + ": remove anonymized or change the category"));
    }
    String prefix = CookieNames.hasSecurePrefix(name) ? CookieNames.SECURE_PREFIX
        : CookieNames.hasHostPrefix(name) ? CookieNames.HOST_PREFIX : null;
    if (prefix != null && !values.get(CookieAttribute.SECURE)) {
      problems.add(new DeclarationProblem(Rule.PREFIX_RULE, CookieAttribute.NAME, cookie
          + " starts with " + prefix + ", so browsers accept it only with the Secure attribute:"
          + " add secure = true"));
    }
    return problems;
  }

  /** The attribute values a declaration is made of. */
  interface Values {
    <T> T get(CookieAttribute<T> attribute);
  }
}
