package io.cookieregistry.runtime.policy;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.runtime.CookieDeclaration;
import java.util.List;

/**
 * Renders the policy as a standalone, accessible HTML page: one table per category, each with a
 * caption, column headers and the cookie name as row header. Every text is escaped.
 */
final class HtmlPolicyRenderer {
  private static final int NAME_COLUMN = 2;
  private static final String STYLE = "body{font-family:system-ui,sans-serif;line-height:1.5;"
      + "max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}"
      + "table{border-collapse:collapse;width:100%;margin:1rem 0 2rem}"
      + "caption{text-align:left;font-weight:600;padding:.5rem 0}"
      + "th,td{border:1px solid #b0b0b0;padding:.4rem .6rem;text-align:left;vertical-align:top}"
      + "thead th{background:#f0f0f0}";

  private HtmlPolicyRenderer() {}

  static String render(CookiePolicy policy) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(PolicyText.TITLE + " - " + policy.siteDisplayName()))
        .append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
    element(out, "h1", PolicyText.TITLE);
    element(out, "p", PolicyText.intro(policy));
    element(out, "h2", PolicyText.WHAT_IS_A_COOKIE);
    element(out, "p", PolicyText.COOKIE_DEFINITION);
    element(out, "h2", PolicyText.KINDS);
    out.append("<dl>\n");
    for (String[] kind : PolicyText.KIND_DEFINITIONS) {
      element(out, "dt", kind[0]);
      element(out, "dd", kind[1]);
    }
    out.append("</dl>\n");
    element(out, "h2", PolicyText.usedOn(policy));
    if (policy.declarations().isEmpty()) {
      element(out, "p", PolicyText.NO_COOKIES);
    }
    for (CookieCategory category : CookieCategory.values()) {
      List<CookieDeclaration> rows = policy.declarations(category);
      if (!rows.isEmpty()) {
        table(out, policy, category, rows);
      }
    }
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void table(StringBuilder out, CookiePolicy policy, CookieCategory category,
      List<CookieDeclaration> rows) {
    String id = "cookies-" + category.name().toLowerCase(java.util.Locale.ROOT);
    out.append("<section aria-labelledby=\"").append(id).append("\">\n");
    out.append("<h3 id=\"").append(id).append("\">").append(escape(PolicyText.heading(category)))
        .append("</h3>\n");
    element(out, "p", PolicyText.consentNote(rows));
    out.append("<table>\n");
    element(out, "caption", PolicyText.heading(category));
    out.append("<thead>\n<tr>");
    for (String column : PolicyText.COLUMNS) {
      out.append("<th scope=\"col\">").append(escape(column)).append("</th>");
    }
    out.append("</tr>\n</thead>\n<tbody>\n");
    for (CookieDeclaration d : rows) {
      out.append("<tr>");
      List<String> cells = PolicyText.cells(policy, d);
      for (int i = 0; i < cells.size(); i++) {
        if (i == NAME_COLUMN) {
          out.append("<th scope=\"row\"><code>").append(escape(cells.get(i))).append("</code></th>");
        } else {
          out.append("<td>").append(escape(cells.get(i))).append("</td>");
        }
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private static void element(StringBuilder out, String tag, String text) {
    out.append('<').append(tag).append('>').append(escape(text)).append("</").append(tag)
        .append(">\n");
  }

  /** Escapes text for element content and quoted attribute values alike. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&': out.append("&amp;"); break;
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '"': out.append("&quot;"); break;
        case '\'': out.append("&#39;"); break;
        default: out.append(c);
      }
    }
    return out.toString();
  }
}
