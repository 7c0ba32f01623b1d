package io.cookieregistry.spring.boot;

import io.cookieregistry.runtime.policy.CookiePolicy;
import io.cookieregistry.runtime.policy.PolicyFormat;
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
 * that prefers Markdown or JSON, chooses the format. Rendered once, by the runtime's renderers.
 */
final class PolicyServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient Map<PolicyFormat, byte[]> rendered = new EnumMap<>(PolicyFormat.class);

  PolicyServlet(CookiePolicy policy) {
    for (PolicyFormat format : PolicyFormat.values()) {
      rendered.put(format, format.render(policy).getBytes(StandardCharsets.UTF_8));
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
    PolicyFormat format = format(request.getServletPath(), request.getHeader("Accept"));
    byte[] body = rendered.get(format);
    response.setContentType(format.mediaType());
    response.setHeader("Vary", "Accept");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** The format a request asks for: an extension on the path first, then the {@code Accept} header. */
  static PolicyFormat format(String path, String accept) {
    int dot = path.lastIndexOf('.');
    if (dot > path.lastIndexOf('/')) {
      return PolicyFormat.parse(path.substring(dot + 1));
    }
    PolicyFormat best = PolicyFormat.HTML;
    double bestQuality = 0;
    for (String range : (accept == null ? "" : accept).split(",")) {
      String[] parts = range.split(";");
      PolicyFormat candidate = formatOf(parts[0].strip().toLowerCase(Locale.ROOT));
      double quality = quality(parts);
      if (candidate != null && quality > bestQuality) {
        best = candidate;
        bestQuality = quality;
      }
    }
    return best;
  }

  private static PolicyFormat formatOf(String mediaRange) {
    for (PolicyFormat format : PolicyFormat.values()) {
      if (format.mediaType().startsWith(mediaRange + ";") || format.mediaType().equals(mediaRange)) {
        return format;
      }
    }
    return null;
  }

  private static double quality(String[] parameters) {
    for (int i = 1; i < parameters.length; i++) {
      String p = parameters[i].strip();
      if (p.startsWith("q=")) {
        try {
          return Double.parseDouble(p.substring(2));
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }
}
