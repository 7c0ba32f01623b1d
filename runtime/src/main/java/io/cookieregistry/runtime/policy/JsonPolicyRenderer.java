package io.cookieregistry.runtime.policy;

import io.cookieregistry.runtime.CookieDeclaration;
import java.util.Iterator;

/**
 * Renders the policy as JSON, schema version {@value #SCHEMA_VERSION}; the fields are documented
 * in {@code docs/policy-json.md}. The structure is fixed and every string goes through {@link
 * #quote}, which follows RFC 8259 §7; the tests parse the output with a real JSON parser.
 */
final class JsonPolicyRenderer {
  static final int SCHEMA_VERSION = 1;

  private JsonPolicyRenderer() {}

  static String render(CookiePolicy policy) {
    StringBuilder out = new StringBuilder();
    out.append("{\n");
    out.append("  \"schemaVersion\": ").append(SCHEMA_VERSION).append(",\n");
    out.append("  \"site\": ").append(quote(policy.site())).append(",\n");
    out.append("  \"languages\": [");
    for (PolicyLanguage language : PolicyLanguage.values()) {
      out.append(language.ordinal() == 0 ? "" : ", ").append(quote(language.tag()));
    }
    out.append("],\n");
    out.append("  \"updated\": ")
        .append(policy.updated().map(date -> quote(date.toString())).orElse("null")).append(",\n");
    out.append("  \"controller\": ").append(quote(policy.controller())).append(",\n");
    out.append("  \"contact\": ").append(quote(policy.contact())).append(",\n");
    out.append("  \"choicesUrl\": ").append(quote(policy.choicesUrl())).append(",\n");
    out.append("  \"cookies\": [");
    Iterator<CookieDeclaration> it = policy.declarations().iterator();
    while (it.hasNext()) {
      CookieDeclaration d = it.next();
      out.append("\n    {\n");
      field(out, "name", quote(d.name()), true);
      field(out, "pattern", String.valueOf(d.isPattern()), true);
      field(out, "category", quote(d.category().name()), true);
      field(out, "provider", d.provider().isEmpty() ? "null" : quote(d.provider()), true);
      field(out, "function", quote(d.function()), true);
      field(out, "purpose", quote(d.purpose()), true);
      field(out, "duration", quote(d.duration().text()), true);
      field(out, "durationText", quote(d.duration().describe()), true);
      field(out, "thirdParty", String.valueOf(d.thirdParty()), true);
      field(out, "anonymized", String.valueOf(d.anonymized()), true);
      field(out, "requiresConsent", String.valueOf(d.requiresConsent()), true);
      field(out, "secure", String.valueOf(d.secure()), true);
      field(out, "httpOnly", String.valueOf(d.httpOnly()), false);
      out.append("    }");
      if (it.hasNext()) {
        out.append(',');
      }
    }
    out.append(policy.declarations().isEmpty() ? "]\n" : "\n  ]\n");
    out.append("}\n");
    return out.toString();
  }

  private static void field(StringBuilder out, String name, String json, boolean more) {
    out.append("      \"").append(name).append("\": ").append(json).append(more ? ",\n" : "\n");
  }

  /** A JSON string literal: quotes, backslashes and every control character escaped. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        default:
          // U+2028/2029 are valid JSON but break JavaScript that embeds it; '<' keeps "</script>" inert.
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == '<') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }
}
