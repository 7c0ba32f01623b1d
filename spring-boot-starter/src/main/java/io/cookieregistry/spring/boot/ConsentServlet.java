package io.cookieregistry.spring.boot;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.runtime.Consent;
import io.cookieregistry.runtime.ConsentCookie;
import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.CookieRegistry;
import io.cookieregistry.runtime.policy.ConsentDialog;
import io.cookieregistry.runtime.policy.PolicyLanguage;
import io.cookieregistry.runtime.servlet.ConsentResolver;
import io.cookieregistry.runtime.servlet.ConsentWithdrawal;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The visitor's cookie choices, kept in the {@code cookies_preferences} cookie ({@link
 * ConsentCookie}): {@code GET} answers them as JSON; {@code POST} records the categories named by
 * the {@code categories} parameters ({@code statistics}, {@code marketing}, ..., comma-separated or
 * repeated; {@code all} or {@code none}) and answers the new choices, or redirects to the local path
 * in {@code redirect}. The cookie carries the {@code Secure} and {@code HttpOnly} attributes its
 * declaration asks for, and {@code Secure} on HTTPS.
 *
 * <p>For people: a {@code GET} that prefers HTML answers the consent dialog as a page, in the
 * visitor's language ({@code ?lang=}, else {@code Accept-Language}); the path with {@code .js}
 * serves its script; a {@code POST} of the dialog's form ({@code choice}, {@code category}) records
 * the choice and returns to the page. Either {@code POST} deletes the cookies the visitor still
 * carries that the new choice no longer allows ({@link ConsentWithdrawal}).
 */
final class ConsentServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient CookieRegistry registry;
  private final transient ConsentResolver resolver;
  private final transient Optional<CookieDeclaration> declaration;
  private final long maxAgeSeconds;
  private final transient ConsentDialog dialog;

  ConsentServlet(CookieRegistry registry, ConsentResolver resolver, Duration maxAge,
      ConsentDialog dialog) {
    this.registry = registry;
    this.resolver = resolver;
    this.dialog = dialog;
    this.declaration = registry.find(ConsentCookie.NAME);
    this.maxAgeSeconds = maxAge.toSeconds();
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getServletPath();
    if (path.endsWith(".js")) {
      response.setContentType(ConsentDialog.SCRIPT_MEDIA_TYPE);
      response.getWriter().write(ConsentDialog.script());
    } else if (PolicyServlet.prefersHtml(request.getHeader("Accept"))) {
      PolicyLanguage language = PolicyLanguage.choose(request.getParameter("lang"),
          request.getHeader("Accept-Language"));
      response.setContentType("text/html; charset=utf-8");
      response.setHeader("Vary", "Accept, Accept-Language");
      response.setHeader("Cache-Control", "no-store");
      response.getWriter().write(dialog.page(language,
          request.getContextPath() + path + ".js", resolver.resolve(request)));
    } else {
      answer(response, resolver.resolve(request));
    }
  }

  /** The servlet mappings for a consent path: the path itself and its script. */
  static String[] mappings(String path) {
    return new String[] {path, path + ".js"};
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Consent consent;
    String redirect = request.getParameter("redirect");
    if (request.getParameter("choice") != null || request.getParameterValues("category") != null) {
      consent = dialog.consentOf(request.getParameter("choice"), request.getParameterValues("category"));
      redirect = redirect == null ? request.getServletPath() : redirect;
    } else {
      try {
        consent = parse(request.getParameterValues("categories"));
      } catch (IllegalArgumentException e) {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        return;
      }
    }
    response.addHeader("Set-Cookie", setCookie(consent, request.isSecure()));
    ConsentWithdrawal.deleteWithdrawn(request, response, registry, consent);
    if (isLocalPath(redirect)) {
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", request.getContextPath() + redirect);
    } else {
      answer(response, consent);
    }
  }

  /** The {@code Set-Cookie} value that records {@code consent}. */
  String setCookie(Consent consent, boolean secureRequest) {
    boolean secure = secureRequest || declaration.map(CookieDeclaration::secure).orElse(false);
    boolean httpOnly = declaration.map(CookieDeclaration::httpOnly).orElse(false);
    return ConsentCookie.NAME + "=" + ConsentCookie.format(consent) + "; Path=/; Max-Age="
        + maxAgeSeconds + "; SameSite=Lax" + (secure ? "; Secure" : "") + (httpOnly ? "; HttpOnly" : "");
  }

  /**
   * The consent that {@code categories} values name.
   *
   * @throws IllegalArgumentException naming an unknown category
   */
  static Consent parse(String[] values) {
    Set<CookieCategory> categories = EnumSet.noneOf(CookieCategory.class);
    for (String value : values == null ? new String[0] : values) {
      for (String token : value.split(",")) {
        String t = token.strip().toLowerCase(Locale.ROOT);
        if (t.equals("all")) {
          categories.addAll(EnumSet.allOf(CookieCategory.class));
        } else if (!t.isEmpty() && !t.equals("none")) {
          categories.add(category(t));
        }
      }
    }
    return Consent.of(categories);
  }

  private static CookieCategory category(String token) {
    for (CookieCategory c : CookieCategory.values()) {
      if (c.name().toLowerCase(Locale.ROOT).equals(token)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown cookie category '" + token
        + "'; use preferences, statistics, marketing, all or none");
  }

  private static boolean isLocalPath(String redirect) {
    return redirect != null && redirect.startsWith("/") && !redirect.startsWith("//")
        && redirect.chars().noneMatch(c -> c == '\\' || c < 0x21 || c == 0x7f);
  }

  private static void answer(HttpServletResponse response, Consent consent) throws IOException {
    response.setContentType("application/json");
    response.setHeader("Cache-Control", "no-store");
    String categories = consent.categories().stream()
        .map(c -> "\"" + c.name().toLowerCase(Locale.ROOT) + "\"")
        .collect(Collectors.joining(", ", "[", "]"));
    response.getWriter().write("{\"cookie\": \"" + ConsentCookie.NAME + "\", \"value\": \""
        + ConsentCookie.format(consent) + "\", \"categories\": " + categories + "}\n");
  }
}
