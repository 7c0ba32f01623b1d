package io.cookieregistry.runtime.servlet;

import io.cookieregistry.runtime.Consent;
import io.cookieregistry.runtime.SetCookieEnforcer;
import io.cookieregistry.runtime.internal.guard.Consents;
import io.cookieregistry.runtime.internal.SetCookieHeaders;
import io.cookieregistry.runtime.servlet.internal.JudgedHeaders;
import io.cookieregistry.runtime.servlet.internal.SetCookieFormatter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A response whose every cookie write passes the guard first: {@code addCookie}, and every header
 * method ({@code add…}/{@code set…}, text, int and date) with a name that reads as {@code
 * Set-Cookie} once trimmed, in any case. A dropped {@code set…} leaves the response as it was, as
 * if the call had not been made. Writes on a committed response, which containers ignore, are
 * passed on unjudged and uncounted: they send nothing. (Writes from an included page are judged:
 * Tomcat ignores them, but Jetty sends them.) Where the container's
 * cookie processor judges cookies itself, {@code addCookie} is passed on as it is.
 */
final class GuardedResponse extends HttpServletResponseWrapper {
  private final SetCookieEnforcer enforcer;
  private final HttpServletRequest request;
  private final ConsentResolver consentResolver;
  private final boolean judgesCookies;
  /** Resolved on the first cookie that needs it; a response is written by one thread at a time. */
  private Consent consent;

  GuardedResponse(HttpServletResponse response, HttpServletRequest request,
      SetCookieEnforcer enforcer, ConsentResolver consentResolver, boolean judgesCookies) {
    super(response);
    this.judgesCookies = judgesCookies;
    this.request = request;
    this.enforcer = enforcer;
    this.consentResolver = consentResolver;
  }

  @Override
  public void addCookie(Cookie cookie) {
    if (cookie == null || !judgesCookies || admit(SetCookieFormatter.format(cookie))) {
      super.addCookie(cookie);
    }
  }

  @Override
  public void addHeader(String name, String value) {
    if (!SetCookieHeaders.isSetCookie(name) || admit(value)) {
      super.addHeader(name, value);
    }
  }

  @Override
  public void setHeader(String name, String value) {
    // A null value removes the header: that sets no cookie, so it needs no check.
    if (!SetCookieHeaders.isSetCookie(name) || value == null || admit(value)) {
      super.setHeader(name, value);
    }
  }

  @Override
  public void addIntHeader(String name, int value) {
    if (!SetCookieHeaders.isSetCookie(name) || admit(Integer.toString(value))) {
      super.addIntHeader(name, value);
    }
  }

  @Override
  public void setIntHeader(String name, int value) {
    if (!SetCookieHeaders.isSetCookie(name) || admit(Integer.toString(value))) {
      super.setIntHeader(name, value);
    }
  }

  @Override
  public void addDateHeader(String name, long date) {
    if (!SetCookieHeaders.isSetCookie(name) || admit(httpDate(date))) {
      super.addDateHeader(name, date);
    }
  }

  @Override
  public void setDateHeader(String name, long date) {
    if (!SetCookieHeaders.isSetCookie(name) || admit(httpDate(date))) {
      super.setDateHeader(name, date);
    }
  }

  /** Judges a header the container would send; one it would ignore goes by unjudged. */
  private boolean admit(String setCookie) {
    if (isCommitted()) {
      return true;
    }
    boolean admitted = enforcer.admit(setCookie, consent());
    if (admitted) {
      JudgedHeaders.record(request, setCookie);
    }
    return admitted;
  }

  /** A date header's value as containers write it (RFC 9110 IMF-fixdate). */
  private static String httpDate(long millis) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC));
  }

  private Consent consent() {
    if (consent == null) {
      consent = Consents.resolveOrNone(() -> consentResolver.resolve(request));
    }
    return consent;
  }
}
