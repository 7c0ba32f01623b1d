package io.cookieregistry.example;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The few HTML pages of the example share one small layout. */
final class Html {
  private Html() {}

  /** Sends a complete page; {@code body} is HTML the caller built from escaped text. */
  static void send(HttpServletResponse response, String title, String body) throws IOException {
    response.setContentType("text/html; charset=utf-8");
    response.getWriter().write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>" + escape(title) + "</title></head><body><h1>" + escape(title) + "</h1>\n"
        + body + "\n<nav><a href=\"/\">Home</a> · <a href=\"/consent\">Cookie choices</a> · "
        + "<a href=\"/track\">Tracked page</a> · <a href=\"/experiment\">Experiment</a> · "
        + "<a href=\"/cookie-policy\">Cookie policy</a> · <a href=\"/guard-stats\">Guard stats</a>"
        + "</nav></body></html>\n");
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
