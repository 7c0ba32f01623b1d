package io.cookieregistry.example;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The few HTML pages of the example share one small layout, with the consent dialog on each. */
final class Html {
  private Html() {}

  /** Sends a complete page; {@code body} is HTML the caller built from escaped text. */
  static void send(HttpServletRequest request, HttpServletResponse response, String title,
      String body) throws IOException {
    response.setContentType("text/html; charset=utf-8");
    response.setHeader("Vary", "Accept-Language");
    response.getWriter().write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + escape(title) + "</title>"
        + ConsentPages.dialog().scriptTag(ConsentPages.SCRIPT_PATH) + "</head><body><main><h1>"
        + escape(title) + "</h1>\n" + body + "\n<nav aria-label=\"Example pages\"><a href=\"/\">Home</a> · "
        + "<a href=\"" + ConsentPages.CHOICES_PATH + "\" data-cookie-consent-open>Cookie choices</a> · "
        + "<a href=\"/track\">Tracked page</a> · <a href=\"/experiment\">Experiment</a> · "
        + "<a href=\"" + ConsentPages.POLICY_PATH + "\">Cookie policy</a> · "
        + "<a href=\"/guard-stats\">Guard stats</a></nav></main>\n"
        + ConsentPages.dialog().html(ConsentPages.language(request)) + "</body></html>\n");
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '&':
          out.append("&amp;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }
}
