package io.cookieregistry.runtime.policy;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.runtime.CookieDeclaration;
import java.util.List;

/**
 * Renders the policy as a standalone HTML page that a site can publish as it is: one table per
 * category (column headers, the cookie name as row header), stacked as cards on narrow screens,
 * printable, with no external resource. Every text is escaped.
 */
final class HtmlPolicyRenderer {
  /** One stylesheet: readable type, AA contrast, cards below 40rem, and paper-friendly print. */
  static final String STYLE = ":root{color-scheme:light}"
      + "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;line-height:1.55;"
      + "max-width:62rem;margin:0 auto;padding:1.5rem 1rem 3rem;color:#1b1b1b;background:#fff}"
      + "h1{font-size:2rem;line-height:1.2;margin:0 0 .5rem}h2{margin-top:2.5rem}"
      + "h3{margin:2rem 0 .25rem}.updated{color:#4a4a4a;margin-top:0}"
      + "a{color:#0a4fb3}a:focus-visible{outline:3px solid #0a4fb3;outline-offset:2px}"
      + "dt{font-weight:600;margin-top:.75rem}dd{margin:0 0 0 1rem}"
      + "table{border-collapse:collapse;width:100%;margin:.75rem 0 1.5rem}"
      + "th,td{border:1px solid #8a8a8a;padding:.45rem .6rem;text-align:left;vertical-align:top;"
      + "overflow-wrap:break-word}thead th{background:#eef1f4}code{font-size:.95em}"
      + ".choices{display:inline-block;padding:.55rem 1rem;border:2px solid #0a4fb3;"
      + "border-radius:.4rem;font-weight:600;text-decoration:none}"
      + ".choices:hover{background:#0a4fb3;color:#fff}"
      + "@media (max-width:40rem){table,tbody,tr,th,td{display:block}"
      + "thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}"
      + "tr{display:flex;flex-direction:column;border:1px solid #8a8a8a;border-radius:.4rem;"
      + "margin:0 0 1rem;padding:.25rem .75rem}th,td{border:0;padding:.35rem 0;overflow-wrap:anywhere}"
      + "td:empty{display:none}"
      + "th[scope=row]{order:-1;font-size:1.1rem;border-bottom:1px solid #c4c4c4}"
      + "td::before{content:attr(data-label);display:block;font-size:.85rem;font-weight:600;"
      + "color:#4a4a4a}}"
      + "@media print{body{max-width:none;padding:0;font-size:10pt;color:#000}a{color:#000}"
      + "a[href^='http']::after,a[href^='mailto:']::after{content:' <' attr(href) '>'}"
      + ".choices{border:0;padding:0}thead{display:table-header-group}"
      + "tr{break-inside:avoid}h2,h3{break-after:avoid}}";

  private HtmlPolicyRenderer() {}

  static String render(CookiePolicy policy, PolicyText text) {
    StringBuilder out = new StringBuilder();
    String title = text.get("title") + (policy.site().isEmpty() ? "" : " – " + policy.site());
    out.append("<!DOCTYPE html>\n<html lang=\"").append(text.language().tag()).append("\">\n")
        .append("<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title)).append("</title>\n")
        .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
    element(out, "h1", text.get("title"));
    policy.updated().ifPresent(date -> out.append("<p class=\"updated\">")
        .append(escape(text.get("updated", "date", text.date(date)))).append("</p>\n"));
    element(out, "p", text.intro(policy));
    element(out, "h2", text.get("what.title"));
    element(out, "p", text.get("what.text"));
    element(out, "h2", text.get("kinds.title"));
    out.append("<dl>\n");
    for (String kind : text.kinds()) {
      element(out, "dt", text.get("kind." + kind + ".term"));
      element(out, "dd", text.get("kind." + kind + ".text"));
    }
    out.append("</dl>\n");
    element(out, "h2", text.usedOn(policy));
    if (policy.declarations().isEmpty()) {
      element(out, "p", text.get("none"));
    }
    for (CookieCategory category : policy.categories()) {
      table(out, policy, text, category, policy.declarations(category));
    }
    element(out, "h2", text.get("choices.title"));
    element(out, "p", text.get("choices.text"));
    out.append("<p><a class=\"choices\" href=\"").append(escape(policy.choicesUrl())).append("\">")
        .append(escape(text.get("choices.link"))).append("</a></p>\n");
    element(out, "p", text.get("choices.browser"));
    contact(out, policy, text);
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void table(StringBuilder out, CookiePolicy policy, PolicyText text,
      CookieCategory category, List<CookieDeclaration> rows) {
    String id = "cookies-" + PolicyText.kindKey(category);
    out.append("<section aria-labelledby=\"").append(id).append("\">\n");
    out.append("<h3 id=\"").append(id).append("\">").append(escape(text.heading(category)))
        .append("</h3>\n");
    element(out, "p", text.consentNote(rows));
    // The heading names the table; a caption would say it a second time.
    out.append("<table aria-labelledby=\"").append(id).append("\">\n<thead>\n<tr>");
    List<String> columns = text.columns();
    for (String column : columns) {
      out.append("<th scope=\"col\">").append(escape(column)).append("</th>");
    }
    out.append("</tr>\n</thead>\n<tbody>\n");
    for (CookieDeclaration d : rows) {
      out.append("<tr>");
      List<String> cells = text.cells(policy, d);
      for (int i = 0; i < cells.size(); i++) {
        if (i == PolicyText.NAME_COLUMN) {
          out.append("<th scope=\"row\"><code>").append(escape(cells.get(i))).append("</code></th>");
        } else {
          out.append("<td data-label=\"").append(escape(columns.get(i))).append("\">")
              .append(escape(cells.get(i))).append("</td>");
        }
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private static void contact(StringBuilder out, CookiePolicy policy, PolicyText text) {
    if (policy.controller().isEmpty() && policy.contact().isEmpty()) {
      return;
    }
    element(out, "h2", text.get("contact.title"));
    if (!policy.controller().isEmpty()) {
      element(out, "p", text.get("contact.controller", "controller", policy.controller()));
    }
    if (!policy.contact().isEmpty()) {
      String sentence = text.get("contact.contact");
      int at = sentence.indexOf("{contact}");
      String href = PolicyLinks.contactHref(policy.contact()).orElseThrow();
      out.append("<p>").append(escape(sentence.substring(0, at))).append("<a href=\"")
          .append(escape(href)).append("\">").append(escape(policy.contact())).append("</a>")
          .append(escape(sentence.substring(at + "{contact}".length()))).append("</p>\n");
    }
  }

  private static void element(StringBuilder out, String tag, String text) {
    out.append('<').append(tag).append('>').append(escape(text)).append("</").append(tag)
        .append(">\n");
  }

  /** Escapes text for element content and quoted attribute values alike. */
  static String escape(String text) {
    StringBuilder out = null;
    int copied = 0; // the text before this index is in out already
    for (int i = 0; i < text.length(); i++) {
      String entity = switch (text.charAt(i)) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (entity != null) {
        out = out == null ? new StringBuilder(text.length() + 16) : out;
        out.append(text, copied, i).append(entity);
        copied = i + 1;
      }
    }
    // Runs of plain text are copied whole; a text with nothing to escape is returned as it is.
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }
}
