package io.cookieregistry.runtime.policy;

import io.cookieregistry.runtime.CookieAttribute;
import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.internal.CookieLifetime;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.BiFunction;

/**
 * Renders the policy as JSON, schema version {@value #SCHEMA_VERSION}; the fields are documented
 * in {@code docs/policy-json.md}. A cookie has one field per {@link CookieAttribute}, in schema
 * order, named as the annotation names it, and after some of them a field derived from it ({@link
 * #DERIVED}). The structure is fixed and every string goes through {@link #quote}, which follows
 * RFC 8259 §7; the tests parse the output with a real JSON parser.
 */
final class JsonPolicyRenderer {
  static final int SCHEMA_VERSION = 1;

  /**
   * A field computed from a declaration, written after the attribute it derives from; given the
   * declaration and the words of the durations worked out so far in this rendering, by declared
   * text (cookies share a few durations, and each would be parsed again).
   */
  private record Derived(String field,
      BiFunction<CookieDeclaration, Map<String, String>, String> json) {}

  private static final Map<CookieAttribute<?>, Derived> DERIVED = Map.of(
      CookieAttribute.NAME, new Derived("pattern", (d, durations) -> String.valueOf(d.isPattern())),
      CookieAttribute.DURATION, new Derived("durationText", (d, durations) -> durations
          .computeIfAbsent(d.duration(), text -> quote(CookieLifetime.parse(text).describe()))),
      CookieAttribute.ANONYMIZED, new Derived("requiresConsent",
          (d, durations) -> String.valueOf(d.requiresConsent())));

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
    Map<String, String> durations = new HashMap<>();
    Iterator<CookieDeclaration> it = policy.declarations().iterator();
    while (it.hasNext()) {
      CookieDeclaration d = it.next();
      StringJoiner fields = new StringJoiner(",\n", "\n    {\n", "\n    }");
      for (CookieAttribute<?> attribute : CookieAttribute.all()) {
        fields.add(field(attribute.name(), value(d, attribute)));
        Derived derived = DERIVED.get(attribute);
        if (derived != null) {
          fields.add(field(derived.field(), derived.json().apply(d, durations)));
        }
      }
      fields.add(field("translations", translations(policy.translations(), d)));
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
   * An attribute's value in JSON: a boolean or a number as itself, text and enum constants as
   * strings; an empty provider, which means the site itself, and no order, as {@code null}.
   */
  private static String value(CookieDeclaration d, CookieAttribute<?> attribute) {
    Object value = d.get(attribute);
    if (attribute == CookieAttribute.ORDER && attribute.defaultValue().orElseThrow().equals(value)) {
      return "null";
    }
    if (value instanceof Boolean || value instanceof Integer) {
      return value.toString();
    }
    String text = attribute.format(value);
    return attribute == CookieAttribute.PROVIDER && text.isEmpty() ? "null" : quote(text);
  }

  /** The site's translations of a cookie's texts: {@code {"fr": {"purpose": …}}}, per language. */
  private static String translations(CookieTranslations translations, CookieDeclaration d) {
    StringJoiner languages = new StringJoiner(", ", "{", "}");
    for (PolicyLanguage language : translations.languages()) {
      StringJoiner texts = new StringJoiner(", ", "{", "}");
      for (String field : CookieTranslations.FIELDS) {
        String text = translations.entries(language).get(CookieTranslations.key(d.name(), field));
        if (text != null && !text.isEmpty()) {
          texts.add(quote(field) + ": " + quote(text));
        }
      }
      if (texts.length() > 2) {
        languages.add(quote(language.tag()) + ": " + texts);
      }
    }
    return languages.toString();
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
