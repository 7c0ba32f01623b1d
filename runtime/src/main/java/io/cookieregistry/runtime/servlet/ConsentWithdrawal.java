package io.cookieregistry.runtime.servlet;

import io.cookieregistry.runtime.Consent;
import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.CookieRegistry;
import io.cookieregistry.runtime.internal.Checks;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Withdrawing consent on the server: when a visitor's new choice no longer allows a category, the
 * cookies of that category they still carry are deleted, HttpOnly ones included, which no page
 * script can reach. A deletion carries no data, so the guard lets it pass whatever the consent.
 */
public final class ConsentWithdrawal {
  private ConsentWithdrawal() {}

  /**
   * Adds to {@code response} a deletion ({@code Max-Age=0}, {@code Path=/}) of every cookie that
   * {@code request} carries, that {@code registry} declares, and that {@code consent} does not
   * allow.
   *
   * @return the names of the deleted cookies, in the order the request sent them
   */
  public static List<String> deleteWithdrawn(HttpServletRequest request,
      HttpServletResponse response, CookieRegistry registry, Consent consent) {
    Checks.notNull(request, "request");
    Checks.notNull(response, "response");
    Checks.notNull(registry, "registry");
    Checks.notNull(consent, "consent");
    Cookie[] sent = request.getCookies();
    List<String> deleted = new ArrayList<>();
    for (Cookie cookie : sent == null ? new Cookie[0] : sent) {
      Optional<CookieDeclaration> declared = registry.find(cookie.getName());
      if (declared.isPresent() && !consent.allows(declared.get())) {
        Cookie deletion = new Cookie(cookie.getName(), "");
        deletion.setPath("/");
        deletion.setMaxAge(0);
        response.addCookie(deletion);
        deleted.add(cookie.getName());
      }
    }
    return deleted;
  }
}
