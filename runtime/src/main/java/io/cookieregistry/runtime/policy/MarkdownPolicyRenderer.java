package io.cookieregistry.runtime.policy;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.runtime.CookieDeclaration;
import java.util.List;

/** Renders the policy as CommonMark with GitHub-flavoured tables. */
final class MarkdownPolicyRenderer {
  private MarkdownPolicyRenderer() {}

  static String render(CookiePolicy policy) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(escape(PolicyText.TITLE)).append("\n\n");
    out.append(escape(PolicyText.intro(policy))).append("\n\n");
    out.append("## ").append(escape(PolicyText.WHAT_IS_A_COOKIE)).append("\n\n");
    out.append(escape(PolicyText.COOKIE_DEFINITION)).append("\n\n");
    out.append("## ").append(escape(PolicyText.KINDS)).append("\n\n");
    for (String[] kind : PolicyText.KIND_DEFINITIONS) {
      out.append("- **").append(escape(kind[0])).append("** ").append(escape(kind[1])).append('\n');
    }
    out.append('\n');
    out.append("## ").append(escape(PolicyText.usedOn(policy))).append("\n\n");
    if (policy.declarations().isEmpty()) {
      out.append(escape(PolicyText.NO_COOKIES)).append('\n');
    }
    for (CookieCategory category : CookieCategory.values()) {
      List<CookieDeclaration> rows = policy.declarations(category);
      if (rows.isEmpty()) {
        continue;
      }
      out.append("### ").append(escape(PolicyText.heading(category))).append("\n\n");
      out.append(escape(PolicyText.consentNote(rows))).append("\n\n");
      row(out, PolicyText.COLUMNS);
      out.append('|');
      PolicyText.COLUMNS.forEach(c -> out.append(" --- |"));
      out.append('\n');
      for (CookieDeclaration d : rows) {
        row(out, PolicyText.cells(policy, d));
      }
      out.append('\n');
    }
    return out.toString().stripTrailing() + "\n";
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
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\r':
        case '\n':
          out.append(' ');
          break;
        case '_':
          boolean inWord = i > 0 && i + 1 < text.length()
              && Character.isLetterOrDigit(text.charAt(i - 1))
              && Character.isLetterOrDigit(text.charAt(i + 1));
          out.append(inWord ? "_" : "\\_");
          break;
        case '\\': case '|': case '*': case '`': case '[': case ']': case '<': case '>':
        case '&': case '~': case '#':
          out.append('\\').append(c);
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }
}
