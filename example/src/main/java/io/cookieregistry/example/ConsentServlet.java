package io.cookieregistry.example;

import io.cookieregistry.runtime.Consent;
import io.cookieregistry.runtime.ConsentCookie;
import io.cookieregistry.runtime.CookieRegistry;
import io.cookieregistry.runtime.servlet.ConsentResolver;
import io.cookieregistry.runtime.servlet.ConsentWithdrawal;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /consent}: the visitor's cookie choices. GET shows the consent dialog as a page; POST is
 * where its form goes when the page runs no script: {@code choice=all}, {@code choice=none}, or the
 * chosen {@code category} values. The choice is stored in {@code cookies_preferences}, and the
 * cookies of every category the visitor no longer agrees to are deleted.
 */
final class ConsentServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final CookieRegistry REGISTRY = CookieRegistry.load();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setContentType("text/html; charset=utf-8");
    response.setHeader("Vary", "Accept-Language");
    Consent current = ConsentResolver.fromPreferencesCookie().resolve(request);
    response.getWriter().write(ConsentPages.dialog().page(ConsentPages.language(request),
        ConsentPages.SCRIPT_PATH, current));
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) {
    Consent consent = ConsentPages.dialog().consentOf(request.getParameter("choice"),
        request.getParameterValues("category"));
    PreferenceCookies.rememberConsent(response, ConsentCookie.format(consent),
        ConsentCookie.lifetime(REGISTRY.declarations()));
    ConsentWithdrawal.deleteWithdrawn(request, response, REGISTRY, consent);
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", ConsentPages.CHOICES_PATH);
  }
}
