package io.cookieregistry.spring.boot;

import io.cookieregistry.runtime.policy.CookiePolicy;
import io.cookieregistry.runtime.policy.PolicyFormat;
import io.cookieregistry.runtime.policy.PolicyLanguage;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Serves the merged cookie policy of the application's class path at the configured path: HTML by
 * default; the path with {@code .md}, {@code .json} or {@code .html}, or an {@code Accept} header
 * that prefers Markdown or JSON, chooses the format. HTML and Markdown come in the visitor's
 * language ({@code ?lang=fr}, else {@code Accept-Language}; English when none of ours is asked
 * for); the JSON carries every language. Rendered once per format and language, by the runtime's
 * renderers.
 */
final class PolicyServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient Map<PolicyFormat, Map<PolicyLanguage, byte[]>> rendered =
      new EnumMap<>(PolicyFormat.class);

  PolicyServlet(CookiePolicy policy) {
    for (PolicyFormat format : PolicyFormat.values()) {
      Map<PolicyLanguage, byte[]> languages = new EnumMap<>(PolicyLanguage.class);
      for (PolicyLanguage language : PolicyLanguage.values()) {
        languages.put(language, format.render(policy, language).getBytes(StandardCharsets.UTF_8));
      }
      rendered.put(format, languages);
    }
  }

  /** The servlet mappings for a policy path: the path itself and the path with each format's extension. */
  static String[] mappings(String path) {
    List<String> mappings = new java.util.ArrayList<>(List.of(path));
    for (PolicyFormat format : PolicyFormat.values()) {
      mappings.add(path + "." + format.extension());
    }
    return mappings.toArray(String[]::new);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    PolicyFormat format = PolicyFormat.negotiate(request.getServletPath(), request.getHeader("Accept"));
    PolicyLanguage language = PolicyLanguage.choose(request.getParameter("lang"),
        request.getHeader("Accept-Language"));
    byte[] body = rendered.get(format).get(language);
    response.setContentType(format.mediaType());
    response.setHeader("Vary", "Accept, Accept-Language");
    if (format.perLanguage()) {
      response.setHeader("Content-Language", language.tag());
    }
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** Whether an {@code Accept} header prefers HTML to the JSON and Markdown we also serve. */
  static boolean prefersHtml(String accept) {
    return accept != null && PolicyFormat.negotiate("", accept) == PolicyFormat.HTML
        && accept.toLowerCase(Locale.ROOT).contains("text/html");
  }
}
