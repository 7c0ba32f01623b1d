package io.cookieregistry.processor.diagnostics;

import io.cookieregistry.runtime.DeclarationProblem;
import java.util.Locale;

/**
 * The stable keys of the processor's diagnostics. Each message starts with {@code
 * [cookieregistry:key]}, so a build log, a test or an IDE filter can recognise it whatever the
 * wording around it.
 */
public enum DiagnosticKey {
  /** A declared name is not an RFC 6265 token or a well-formed prefix pattern. */
  INVALID_NAME,
  /** A declaration's purpose is empty or whitespace. */
  BLANK_PURPOSE,
  /** A {@code @CookieProvider} value is empty or whitespace. */
  BLANK_PROVIDER,
  /** One name is declared twice with different attributes. */
  CONFLICT,
  /** A pattern lies inside a broader pattern that declares the same thing. */
  REDUNDANT_PATTERN,
  /** A duration is neither {@code session} nor a positive ISO-8601 period or duration. */
  INVALID_DURATION,
  /** A duration longer than browsers keep cookies (400 days). */
  LONG_DURATION,
  /** {@code anonymized = true} on a category other than STATISTICS. */
  ANONYMIZED_CATEGORY,
  /** A {@code __Secure-} or {@code __Host-} name not declared {@code secure}. */
  PREFIX_RULE,
  /** A processor option has a value it does not accept. */
  BAD_OPTION,
  /** The runtime library is not on the compile class path, so no registry class is generated. */
  NO_RUNTIME,
  /** A cookie write whose name is not declared. */
  UNDECLARED,
  /** A cookie write whose name is not a compile-time constant. */
  DYNAMIC_NAME,
  /** A declared exact name that no code of the compilation writes (opt-in). */
  UNUSED,
  /** A cookie-texts bundle translates a cookie that no declaration names, or a key that is no cookie text. */
  TRANSLATION_UNDECLARED,
  /** A cookie-texts bundle lacks the translation of a declared cookie's text. */
  TRANSLATION_MISSING,
  /** A cookie-texts bundle that cannot be read as a properties file. */
  BAD_TRANSLATIONS,
  /** The write check cannot run with this compiler. */
  WRITE_CHECK_UNAVAILABLE,
  /**
   * The registry or the policy could not be written (disk full, a file already created), or not
   * written again for cookies declared after processing (local classes, implicit compilation).
   */
  OUTPUT,
  /** A failure inside the processor itself. */
  INTERNAL;

  /** The key of the diagnostic that reports a broken declaration rule. */
  public static DiagnosticKey of(DeclarationProblem.Rule rule) {
    return valueOf(rule.name());
  }

  /** The key as it appears in messages: {@code invalid-name}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The bracketed prefix of a message: {@code [cookieregistry:invalid-name]}. */
  public String tag() {
    return "[cookieregistry:" + id() + "]";
  }
}
