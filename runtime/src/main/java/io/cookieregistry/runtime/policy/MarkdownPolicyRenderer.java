package io.cookieregistry.runtime.policy;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.runtime.CookieDeclaration;
import java.util.List;

/** Renders the policy as CommonMark with GitHub-flavoured tables. */
final class MarkdownPolicyRenderer {
  private MarkdownPolicyRenderer() {}

  static String render(CookiePolicy policy, PolicyText text) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(escape(text.get("title"))).append("\n\n");
    policy.updated().ifPresent(date -> out.append('*')
        .append(escape(text.get("updated", "date", text.date(date)))).append("*\n\n"));
    out.append(escape(text.intro(policy))).append("\n\n");
    out.append("## ").append(escape(text.get("what.title"))).append("\n\n");
    out.append(escape(text.get("what.text"))).append("\n\n");
    out.append("## ").append(escape(text.get("kinds.title"))).append("\n\n");
    for (String kind : text.kinds()) {
      out.append("- **").append(escape(text.get("kind." + kind + ".term"))).append("** – ")
          .append(escape(text.get("kind." + kind + ".text"))).append('\n');
    }
    out.append('\n');
    out.append("## ").append(escape(text.usedOn(policy))).append("\n\n");
    if (policy.declarations().isEmpty()) {
      out.append(escape(text.get("none"))).append("\n\n");
    }
    for (CookieCategory category : policy.categories()) {
      List<CookieDeclaration> rows = policy.declarations(category);
      out.append("### ").append(escape(text.heading(category))).append("\n\n");
      out.append(escape(text.consentNote(rows))).append("\n\n");
      row(out, text.columns());
      out.append('|');
      text.columns().forEach(c -> out.append(" --- |"));
      out.append('\n');
      for (CookieDeclaration d : rows) {
        row(out, text.cells(policy, d));
      }
      out.append('\n');
    }
    out.append("## ").append(escape(text.get("choices.title"))).append("\n\n");
    out.append(escape(text.get("choices.text"))).append("\n\n");
    out.append(link(text.get("choices.link"), policy.choicesUrl())).append("\n\n");
    out.append(escape(text.get("choices.browser"))).append("\n\n");
    if (!policy.controller().isEmpty() || !policy.contact().isEmpty()) {
      out.append("## ").append(escape(text.get("contact.title"))).append("\n\n");
      if (!policy.controller().isEmpty()) {
        out.append(escape(text.get("contact.controller", "controller", policy.controller())))
            .append("\n\n");
      }
      if (!policy.contact().isEmpty()) {
        String sentence = text.get("contact.contact");
        int at = sentence.indexOf("{contact}");
        out.append(escape(sentence.substring(0, at)))
            .append(link(policy.contact(), PolicyLinks.contactHref(policy.contact()).orElseThrow()))
            .append(escape(sentence.substring(at + "{contact}".length()))).append("\n\n");
      }
    }
    return out.toString().stripTrailing() + "\n";
  }

  /** An inline link; the destination in angle brackets, which {@link PolicyLinks} keeps free of them. */
  private static String link(String text, String href) {
    return "[" + escape(text) + "](<" + href + ">)";
  }

  private static void row(StringBuilder out, List<String> cells) {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(escape(cell)).append(" |");
    }
    out.append('\n');
  }

  /**
   * Makes text literal in CommonMark: line breaks become spaces (a table row is one line) and
   * every character that could start markup is backslash-escaped. An underscore between two
   * letters or digits cannot start emphasis and stays as it is, so {@code django_language} reads
   * as written in the source.
   */
  static String escape(String text) {
    StringBuilder out = null;
    int copied = 0; // the text before this index is in out already
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineBreak = c == '\r' || c == '\n';
      boolean marked = switch (c) {
        case '\\', '|', '*', '`', '[', ']', '<', '>', '&', '~', '#' -> true;
        case '_' -> !inWord(text, i);
        default -> false;
      };
      if (lineBreak || marked) {
        out = out == null ? new StringBuilder(text.length() + 16) : out;
        out.append(text, copied, i);
        if (lineBreak) {
          out.append(' ');
        } else {
          out.append('\\').append(c);
        }
        copied = i + 1;
      }
    }
    // Runs of plain text are copied whole; a text with nothing to escape is returned as it is.
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /** An underscore between letters or digits ({@code snake_case}) marks no emphasis. */
  private static boolean inWord(String text, int i) {
    return i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i - 1))
        && Character.isLetterOrDigit(text.charAt(i + 1));
  }
}
