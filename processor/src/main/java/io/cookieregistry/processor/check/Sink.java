package io.cookieregistry.processor.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of the {@link SinkCatalogue}: a constructor or method that writes a cookie, and which
 * argument carries its name.
 *
 * <p>A row is written as a signature, {@code "new jakarta.servlet.http.Cookie(String name, String
 * value)"} or {@code "io.javalin.http.Context.cookie(String name, String value, ...)"}: the
 * parameter called {@code name} carries the cookie name; a trailing {@code ...} accepts further
 * parameters of any type; the owner {@code *} matches any type. A row with parameters {@code
 * header, value} is a raw header write: it counts when the header is {@code Set-Cookie}, and the
 * name is read from the value. A parameter called {@code cookie} in a row that has no {@code name}
 * is a cookie copied, name and all.
 *
 * @param owner the canonical name of the declaring type, or {@code *} for any type
 * @param method the method's simple name, or {@code <init>} for a constructor
 * @param parameterTypes the leading parameters' types, canonical names; {@code null} for any type
 * @param moreParameters whether further parameters may follow
 * @param nameIndex the parameter that carries the name; for a header row, the header name; -1 in
 *     the rows that match calls rather than name cookies (see {@link SinkCatalogue#COOKIE_TEXTS})
 * @param valueIndex for a header row, the parameter with the header value; else -1
 * @param copy whether the parameter at {@code nameIndex} is a cookie whose name is copied, written
 *     {@code cookie}
 * @param display how diagnostics name the sink
 * @param configuration for a configuration row, what it does to its framework's cookie; else
 *     {@code null}
 */
record Sink(String owner, String method, List<String> parameterTypes, boolean moreParameters,
    int nameIndex, int valueIndex, boolean copy, String display, Configuration configuration) {

  static final String CONSTRUCTOR = "<init>";
  static final String ANY_OWNER = "*";

  /** Whether this row is a raw {@code Set-Cookie} header write. */
  boolean isHeader() {
    return valueIndex >= 0;
  }

  /** Parses a row; a malformed row is a bug in the catalogue, so it throws. */
  static Sink parse(String row) {
    return parse(row, null);
  }

  /**
   * Parses a configuration row of {@code cookie}: its parameter {@code name} carries the new name,
   * {@code replacement} hands over to another object, {@code create} starts the framework's cookie
   * unless it is the constant {@code false}; without any of these the call starts it.
   */
  static Sink configuration(String row, FrameworkCookie cookie) {
    return parse(row, cookie);
  }

  private static Sink parse(String row, FrameworkCookie cookie) {
    boolean constructor = row.startsWith("new ");
    String signature = constructor ? row.substring(4) : row;
    int open = signature.indexOf('(');
    if (open < 0 || !signature.endsWith(")")) {
      throw new IllegalArgumentException("catalogue row without a parameter list: " + row);
    }
    String qualified = signature.substring(0, open);
    String owner = constructor ? qualified : qualified.substring(0, qualified.lastIndexOf('.'));
    String method = constructor ? CONSTRUCTOR : qualified.substring(qualified.lastIndexOf('.') + 1);
    List<String> types = new ArrayList<>();
    List<String> names = new ArrayList<>();
    boolean more = false;
    for (String parameter : signature.substring(open + 1, signature.length() - 1).split(",")) {
      String p = parameter.strip();
      if (p.isEmpty()) {
        continue; // no parameters at all: "toString()"
      }
      if (p.equals("...")) {
        more = true;
        continue;
      }
      int space = p.lastIndexOf(' ');
      types.add(space < 0 ? null : canonical(p.substring(0, space)));
      names.add(p.substring(space + 1));
    }
    int header = names.indexOf("header");
    int copied = cookie == null ? names.indexOf("cookie") : -1;
    int nameIndex = header >= 0 ? header : names.contains("name") ? names.indexOf("name") : copied;
    Configuration configuration = cookie == null ? null : Configuration.of(cookie, names);
    String display = cookie != null ? cookie.framework() : (owner.equals(ANY_OWNER) ? "" : owner)
        + (constructor ? "" : (owner.equals(ANY_OWNER) ? "" : ".") + method)
        + "(" + String.join(", ", names) + (more ? ", …" : "") + ")";
    // An unmodifiable view, not List.copyOf: null entries mean "any type".
    return new Sink(owner, method, Collections.unmodifiableList(types), more, nameIndex,
        header >= 0 ? names.indexOf("value") : -1, copied >= 0 && nameIndex == copied, display,
        configuration);
  }

  /** What a configuration row does to its framework's cookie, and with which argument. */
  record Configuration(FrameworkCookie cookie, Effect effect, int argument) {
    static Configuration of(FrameworkCookie cookie, List<String> parameters) {
      for (Effect effect : Effect.values()) {
        int index = parameters.indexOf(effect.parameter);
        if (effect.parameter != null && index >= 0) {
          return new Configuration(cookie, effect, index);
        }
      }
      return new Configuration(cookie, Effect.STARTS, -1);
    }
  }

  /** The effects of configuration rows, by the row parameter that marks them. */
  enum Effect {
    /** Names the cookie: the argument is written, and the default name is not. */
    NAMES("name"),
    /** Hands the cookie over to another configured object, checked where that one is made. */
    HANDS_OVER("replacement"),
    /** Starts the cookie under its default name unless the argument is the constant false. */
    STARTS_UNLESS_FALSE("create"),
    /** Starts the cookie under its default name, unless something names it. */
    STARTS(null);

    final String parameter;

    Effect(String parameter) {
      this.parameter = parameter;
    }
  }

  private static String canonical(String type) {
    return type.contains(".") || Character.isLowerCase(type.charAt(0)) ? type : "java.lang." + type;
  }
}
