package io.cookieregistry.runtime.servlet;

import io.cookieregistry.runtime.Consent;
import io.cookieregistry.runtime.ConsentCookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
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
      return ConsentCookie.fromCookieHeaders(headers == null ? null : Collections.list(headers));
    };
  }
}
