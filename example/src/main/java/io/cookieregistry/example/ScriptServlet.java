package io.cookieregistry.example;

import io.cookieregistry.runtime.policy.ConsentDialog;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /cookie-consent.js}: the consent dialog's script, the same for every page and language. */
final class ScriptServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final String SCRIPT = ConsentDialog.script();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setContentType(ConsentDialog.SCRIPT_MEDIA_TYPE);
    response.setHeader("Cache-Control", "public, max-age=3600");
    response.getWriter().write(SCRIPT);
  }
}
