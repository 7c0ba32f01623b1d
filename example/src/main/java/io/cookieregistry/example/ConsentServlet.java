package io.cookieregistry.example;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.runtime.Consent;
import io.cookieregistry.runtime.ConsentCookie;
import io.cookieregistry.runtime.servlet.ConsentResolver;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * {@code /consent}: the visitor's cookie choices. GET shows the form, POST stores the chosen
 * categories ({@code category=statistics&category=marketing}) in {@code cookies_preferences}.
 */
final class ConsentServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final String PARAMETER = "category";
  private static final Set<CookieCategory> OPTIONAL = EnumSet.complementOf(EnumSet.of(CookieCategory.NECESSARY));

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Consent current = ConsentResolver.fromPreferencesCookie().resolve(request);
    StringBuilder form = new StringBuilder("<form method=\"post\" action=\"/consent\"><fieldset>"
        + "<legend>Cookies you agree to (necessary cookies are always set)</legend>");
    for (CookieCategory category : OPTIONAL) {
      String value = category.name().toLowerCase(Locale.ROOT);
      form.append("<label><input type=\"checkbox\" name=\"").append(PARAMETER).append("\" value=\"")
          .append(value).append('"').append(current.allows(category) ? " checked" : "").append("> ")
          .append(Html.escape(value)).append("</label><br>");
    }
    form.append("</fieldset><button type=\"submit\">Save my choices</button></form>");
    Html.send(response, "Cookie choices", form.toString());
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) {
    Set<CookieCategory> chosen = EnumSet.noneOf(CookieCategory.class);
    String[] values = request.getParameterValues(PARAMETER);
    for (String value : values == null ? new String[0] : values) {
      for (CookieCategory category : OPTIONAL) {
        if (category.name().equalsIgnoreCase(value)) {
          chosen.add(category);
        }
      }
    }
    PreferenceCookies.rememberConsent(response, ConsentCookie.format(Consent.of(chosen)));
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", "/consent");
  }
}
