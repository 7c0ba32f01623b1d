package io.cookieregistry.runtime.policy;

import io.cookieregistry.runtime.CookieAttribute;
import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.internal.CookieLifetime;
import java.util.Iterator;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * Renders the policy as JSON, schema version {@value #SCHEMA_VERSION}; the fields are documented
 * in {@code docs/policy-json.md}. A cookie has one field per {@link CookieAttribute}, in schema
 * order, named as the annotation names it, and after some of them a field derived from it ({@link
 * #DERIVED}). The structure is fixed and every string goes through {@link #quote}, which follows
 * RFC 8259 §7; the tests parse the output with a real JSON parser.
 */
final class JsonPolicyRenderer {
  static final int SCHEMA_VERSION = 1;

  /** A field computed from a declaration, written after the attribute it derives from. */
  private record Derived(String field, Function<CookieDeclaration, String> json) {}

  private static final Map<CookieAttribute<?>, Derived> DERIVED = Map.of(
      CookieAttribute.NAME, new Derived("pattern", d -> String.valueOf(d.isPattern())),
      CookieAttribute.DURATION, new Derived("durationText",
          d -> quote(CookieLifetime.parse(d.duration()).describe())),
      CookieAttribute.ANONYMIZED, new Derived("requiresConsent",
          d -> String.valueOf(d.requiresConsent())));

  private JsonPolicyRenderer() {}

  static String render(CookiePolicy policy) {
    StringBuilder out = new StringBuilder();
    out.append("{\n");
    out.append("  \"schemaVersion\": ").append(SCHEMA_VERSION).append(",\n");
    out.append("  \"site\": ").append(quote(policy.site())).append(",\n");
    out.append("  \"cookies\": [");
    Iterator<CookieDeclaration> it = policy.declarations().iterator();
    while (it.hasNext()) {
      CookieDeclaration d = it.next();
      StringJoiner fields = new StringJoiner(",\n", "\n    {\n", "\n    }");
      for (CookieAttribute<?> attribute : CookieAttribute.all()) {
        fields.add(field(attribute.name(), value(d, attribute)));
        Derived derived = DERIVED.get(attribute);
        if (derived != null) {
          fields.add(field(derived.field(), derived.json().apply(d)));
        }
      }
      out.append(fields);
      if (it.hasNext()) {
        out.append(',');
      }
    }
    out.append(policy.declarations().isEmpty() ? "]\n" : "\n  ]\n");
    out.append("}\n");
    return out.toString();
  }

  /**
   * An attribute's value in JSON: a boolean as itself, text and enum constants as strings; an empty
   * provider, which means the site itself, as {@code null}.
   */
  private static String value(CookieDeclaration d, CookieAttribute<?> attribute) {
    Object value = d.get(attribute);
    if (value instanceof Boolean) {
      return value.toString();
    }
    String text = attribute.format(value);
    return attribute == CookieAttribute.PROVIDER && text.isEmpty() ? "null" : quote(text);
  }

  private static String field(String name, String json) {
    return "      \"" + name + "\": " + json;
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
