package io.cookieregistry.runtime.policy;

import io.cookieregistry.runtime.internal.Checks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON tree that prints itself deterministically, two spaces per level, strings through
 * {@link JsonPolicyRenderer#quote}. For the nested configurations of {@link ConsentExport}.
 *
 * <p>Each kind of value prints itself: a cold compiler prints thousands of them for every export,
 * and a method per kind is what the JIT compiles quickest.
 */
abstract sealed class Json permits Json.Scalar, Json.Members, Json.Items {
  static Json of(String text) {
    return new Scalar(JsonPolicyRenderer.quote(Checks.notNull(text, "text")));
  }

  static Json of(boolean flag) {
    return new Scalar(Boolean.toString(flag));
  }

  static Json of(long number) {
    return new Scalar(Long.toString(number));
  }

  static Json object() {
    return new Members();
  }

  static Json array(List<Json> items) {
    return new Items(List.copyOf(items));
  }

  /**
   * Adds a member to an object, in order; returns the object.
   *
   * @throws IllegalStateException if this is not an object
   */
  Json put(String name, Json member) {
    throw new IllegalStateException("member '" + name + "': only a JSON object has members, not"
        + " an array, a string, a boolean or a number");
  }

  String text() {
    StringBuilder out = new StringBuilder();
    write(out, 0);
    return out.toString();
  }

  /** Prints the value, nested {@code depth} levels deep. */
  abstract void write(StringBuilder out, int depth);

  /** A line break, and two spaces per level. */
  private static StringBuilder newLine(StringBuilder out, int depth) {
    out.append('\n');
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
    return out;
  }

  /** A string, a boolean or a number, held as the JSON that writes it. */
  static final class Scalar extends Json {
    private final String json;

    Scalar(String json) {
      this.json = json;
    }

    @Override
    void write(StringBuilder out, int depth) {
      out.append(json);
    }
  }

  static final class Members extends Json {
    private final Map<String, Json> members = new LinkedHashMap<>();

    @Override
    Json put(String name, Json member) {
      members.put(name, member);
      return this;
    }

    @Override
    void write(StringBuilder out, int depth) {
      if (members.isEmpty()) {
        out.append("{}");
        return;
      }
      char separator = '{';
      for (Map.Entry<String, Json> member : members.entrySet()) {
        newLine(out.append(separator), depth + 1).append(JsonPolicyRenderer.quote(member.getKey()))
            .append(": ");
        member.getValue().write(out, depth + 1);
        separator = ',';
      }
      newLine(out, depth).append('}');
    }
  }

  static final class Items extends Json {
    private final List<Json> items;

    Items(List<Json> items) {
      this.items = items;
    }

    @Override
    void write(StringBuilder out, int depth) {
      if (items.isEmpty()) {
        out.append("[]");
        return;
      }
      char separator = '[';
      for (Json item : items) {
        newLine(out.append(separator), depth + 1);
        item.write(out, depth + 1);
        separator = ',';
      }
      newLine(out, depth).append(']');
    }
  }
}
