package io.cookieregistry.runtime.servlet;

import io.cookieregistry.runtime.Consent;
import io.cookieregistry.runtime.ConsentCookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Enumeration;

/** Finds out what the visitor behind a request has consented to. */
@FunctionalInterface
public interface ConsentResolver {

  /** The visitor's consent; an implementation that cannot tell returns {@link Consent#none()}. */
  Consent resolve(HttpServletRequest request);

  /**
   * Reads the {@link ConsentCookie#NAME cookies_preferences} cookie from the request's {@code
   * Cookie} headers, in the {@link ConsentCookie} format. Reads the raw headers rather than {@link
   * HttpServletRequest#getCookies()}, so containers with different cookie parsers agree.
   */
  static ConsentResolver fromPreferencesCookie() {
    return request -> {
      Enumeration<String> headers = request.getHeaders("Cookie");
      if (headers == null) {
        return Consent.none();
      }
      StringBuilder all = new StringBuilder();
      while (headers.hasMoreElements()) {
        all.append(all.length() > 0 ? "; " : "").append(headers.nextElement());
      }
      return ConsentCookie.fromCookieHeader(all.toString());
    };
  }
}
