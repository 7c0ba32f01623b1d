package io.cookieregistry.processor;

/**
 * Java string literals of any text, in plain ASCII, for test sources that declare cookies with
 * text pasted from documents (line and paragraph separators, control characters, emoji). Every
 * character outside printable ASCII is written as an escape that javac's lexer reads back exactly:
 * the named escapes for the usual controls, octal for the others (a Unicode escape of a line
 * break would end the literal before the lexer sees it), and Unicode escapes above ASCII, one per
 * UTF-16 unit, surrogates included.
 */
final class JavaLiteral {
  private JavaLiteral() {}

  /** {@code text} as a quoted Java string literal. */
  static String of(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\%03o", (int) c));
          } else if (c > 0x7e) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
