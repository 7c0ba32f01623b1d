package io.cookieregistry.example;

import io.cookieregistry.runtime.policy.PolicyFormat;
import io.cookieregistry.runtime.policy.PolicyLanguage;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /cookie-policy}: the policy generated at compile time, as HTML by default; {@code .json} and
 * {@code .md} (or an {@code Accept} of {@code application/json} or {@code text/markdown}) choose
 * the other formats. The language is the visitor's ({@code Accept-Language}, or {@code ?lang=fr}).
 */
final class PolicyServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    PolicyFormat format = PolicyFormat.negotiate(request.getServletPath(), request.getHeader("Accept"));
    PolicyLanguage language = ConsentPages.language(request);
    response.setContentType(format.mediaType());
    response.setCharacterEncoding("utf-8");
    response.setHeader("Vary", "Accept, Accept-Language");
    if (format.perLanguage()) {
      response.setHeader("Content-Language", language.tag());
    }
    response.getWriter().write(GeneratedPolicy.read(format, language));
  }
}
