package io.cookieregistry.runtime.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON tree that prints itself deterministically, two spaces per level, strings through
 * {@link JsonPolicyRenderer#quote}. For the nested configurations of {@link ConsentExport}.
 */
final class Json {
  private final Object value;

  private Json(Object value) {
    this.value = value;
  }

  static Json of(String text) {
    return new Json(text);
  }

  static Json of(boolean flag) {
    return new Json(flag);
  }

  static Json of(long number) {
    return new Json(number);
  }

  static Json object() {
    return new Json(new LinkedHashMap<String, Json>());
  }

  static Json array(List<Json> items) {
    return new Json(new ArrayList<>(items));
  }

  /** Adds a member to an object, in order; returns the object. */
  @SuppressWarnings("unchecked")
  Json put(String name, Json member) {
    ((Map<String, Json>) value).put(name, member);
    return this;
  }

  String text() {
    StringBuilder out = new StringBuilder();
    write(out, "");
    return out.toString();
  }

  @SuppressWarnings("unchecked")
  private void write(StringBuilder out, String indent) {
    String inner = indent + "  ";
    if (value instanceof Map) {
      Map<String, Json> members = (Map<String, Json>) value;
      if (members.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      int i = 0;
      for (Map.Entry<String, Json> member : members.entrySet()) {
        out.append(inner).append(JsonPolicyRenderer.quote(member.getKey())).append(": ");
        member.getValue().write(out, inner);
        out.append(++i < members.size() ? ",\n" : "\n");
      }
      out.append(indent).append('}');
    } else if (value instanceof List) {
      List<Json> items = (List<Json>) value;
      if (items.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append("[\n");
      for (int i = 0; i < items.size(); i++) {
        out.append(inner);
        items.get(i).write(out, inner);
        out.append(i + 1 < items.size() ? ",\n" : "\n");
      }
      out.append(indent).append(']');
    } else if (value instanceof String) {
      out.append(JsonPolicyRenderer.quote((String) value));
    } else {
      out.append(value);
    }
  }
}
