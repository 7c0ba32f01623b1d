package io.cookieregistry.runtime;

import io.cookieregistry.runtime.internal.Checks;

/**
 * What is wrong with a declaration: the rule it breaks, the attribute at fault and a message that
 * names the cookie and says how to fix it. The annotation processor reports these on the
 * annotation; {@link CookieDeclaration.Builder#build()} throws the first error.
 *
 * @param rule the rule broken
 * @param attribute the attribute a diagnostic should point at
 * @param message the problem and its fix, starting with the cookie's name
 */
public record DeclarationProblem(Rule rule, CookieAttribute<?> attribute, String message) {

  public DeclarationProblem {
    Checks.notNull(rule, "rule");
    Checks.notNull(attribute, "attribute");
    Checks.notNull(message, "message");
  }

  /** Whether the declaration is unusable; a warning's declaration is still valid. */
  public boolean isError() {
    return !rule.warning;
  }

  /** The rules of a declaration, each with the stable key of its diagnostic. */
  public enum Rule {
    /** The name is not an RFC 6265 token or a well-formed prefix pattern. */
    INVALID_NAME(false),
    /** The purpose is empty or whitespace. */
    BLANK_PURPOSE(false),
    /** The duration is neither {@code session} nor a positive ISO-8601 period or duration. */
    INVALID_DURATION(false),
    /** The duration is longer than browsers keep cookies (400 days): a warning. */
    LONG_DURATION(true),
    /** {@code anonymized} on a category other than STATISTICS. */
    ANONYMIZED_CATEGORY(false),
    /** A {@code __Secure-} or {@code __Host-} name not declared {@code secure}. */
    PREFIX_RULE(false);

    private final boolean warning;

    Rule(boolean warning) {
      this.warning = warning;
    }
  }
}
