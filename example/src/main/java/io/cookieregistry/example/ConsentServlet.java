package io.cookieregistry.example;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.runtime.Consent;
import io.cookieregistry.runtime.ConsentCookie;
import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.CookieRegistry;
import io.cookieregistry.runtime.servlet.ConsentResolver;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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
    List<CookieCategory> offered = ConsentPages.dialog().choices();
    Set<CookieCategory> chosen = EnumSet.noneOf(CookieCategory.class);
    String choice = Optional.ofNullable(request.getParameter("choice")).orElse("save");
    String[] values = request.getParameterValues("category");
    for (CookieCategory category : offered) {
      String name = category.name().toLowerCase(Locale.ROOT);
      boolean ticked = values != null && List.of(values).contains(name);
      if (choice.equals("all") || (choice.equals("save") && ticked)) {
        chosen.add(category);
      }
    }
    Consent consent = Consent.of(chosen);
    PreferenceCookies.rememberConsent(response, ConsentCookie.format(consent));
    deleteWithdrawn(request, response, consent);
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", ConsentPages.CHOICES_PATH);
  }

  /**
   * Deletes the cookies the visitor sent that the new choice no longer allows, HttpOnly ones too,
   * which the dialog's script cannot reach. Deletions carry no data, and the guard lets them pass.
   */
  @SuppressWarnings("cookieregistry") // the names come from the request and the registry
  private static void deleteWithdrawn(HttpServletRequest request, HttpServletResponse response,
      Consent consent) {
    Cookie[] sent = request.getCookies();
    for (Cookie cookie : sent == null ? new Cookie[0] : sent) {
      Optional<CookieDeclaration> declared = REGISTRY.find(cookie.getName());
      if (declared.isPresent() && !consent.allows(declared.get())) {
        Cookie deletion = new Cookie(cookie.getName(), "");
        deletion.setPath("/");
        deletion.setMaxAge(0);
        response.addCookie(deletion);
      }
    }
  }
}
