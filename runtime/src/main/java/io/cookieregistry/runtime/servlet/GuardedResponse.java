package io.cookieregistry.runtime.servlet;

import io.cookieregistry.runtime.Consent;
import io.cookieregistry.runtime.SetCookieEnforcer;
import io.cookieregistry.runtime.servlet.internal.SetCookieFormatter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response whose every cookie write passes the guard first: {@code addCookie}, and {@code
 * addHeader}/{@code setHeader} of {@code Set-Cookie} in any case. A dropped {@code setHeader} leaves
 * the response as it was, as if the call had not been made.
 */
final class GuardedResponse extends HttpServletResponseWrapper {
  private static final String SET_COOKIE = "Set-Cookie";

  private final SetCookieEnforcer enforcer;
  private final HttpServletRequest request;
  private final ConsentResolver consentResolver;
  /** Resolved on the first cookie that needs it; a response is written by one thread at a time. */
  private Consent consent;

  GuardedResponse(HttpServletResponse response, HttpServletRequest request,
      SetCookieEnforcer enforcer, ConsentResolver consentResolver) {
    super(response);
    this.request = request;
    this.enforcer = enforcer;
    this.consentResolver = consentResolver;
  }

  @Override
  public void addCookie(Cookie cookie) {
    if (cookie == null || admit(SetCookieFormatter.format(cookie))) {
      super.addCookie(cookie);
    }
  }

  @Override
  public void addHeader(String name, String value) {
    if (!SET_COOKIE.equalsIgnoreCase(name) || admit(value)) {
      super.addHeader(name, value);
    }
  }

  @Override
  public void setHeader(String name, String value) {
    // A null value removes the header: that sets no cookie, so it needs no check.
    if (!SET_COOKIE.equalsIgnoreCase(name) || value == null || admit(value)) {
      super.setHeader(name, value);
    }
  }

  private boolean admit(String setCookie) {
    return enforcer.admit(setCookie, consent());
  }

  private Consent consent() {
    if (consent == null) {
      try {
        Consent resolved = consentResolver.resolve(request);
        consent = resolved != null ? resolved : Consent.none();
      } catch (RuntimeException e) {
        // A resolver that fails must not break the page; without an answer, nothing optional is set.
        consent = Consent.none();
      }
    }
    return consent;
  }
}
