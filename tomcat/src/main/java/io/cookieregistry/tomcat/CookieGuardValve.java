package io.cookieregistry.tomcat;

import io.cookieregistry.runtime.Consent;
import io.cookieregistry.runtime.RejectedCookieException;
import io.cookieregistry.runtime.SetCookieEnforcer;
import io.cookieregistry.runtime.internal.guard.Consents;
import io.cookieregistry.runtime.internal.SetCookieHeaders;
import io.cookieregistry.runtime.servlet.ConsentResolver;
import io.cookieregistry.runtime.servlet.internal.JudgedHeaders;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.Set;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.http.MimeHeaders;

/**
 * The last look at a Tomcat response before it leaves: when the application returns and the
 * response is not yet committed, every {@code Set-Cookie} header that neither the {@link
 * GuardedCookieProcessor} nor the filter judged (one written on the unwrapped response, past the
 * filter's wrapper) is judged here, and a refused one removed. A response committed earlier (a
 * flush, a large body) has gone out with whatever it carried; the filter has judged those headers
 * that passed through it.
 */
final class CookieGuardValve extends ValveBase {
  private final SetCookieEnforcer enforcer;
  private final ConsentResolver consentResolver;

  CookieGuardValve(SetCookieEnforcer enforcer, ConsentResolver consentResolver) {
    super(true);
    this.enforcer = enforcer;
    this.consentResolver = consentResolver;
  }

  @Override
  public void invoke(Request request, Response response) throws IOException, ServletException {
    Set<String> judged = JudgedHeaders.newSet();
    request.setAttribute(JudgedHeaders.ATTRIBUTE, judged);
    getNext().invoke(request, response);
    if (!response.isCommitted()) {
      judgeTheRest(request, response, judged);
    }
  }

  private void judgeTheRest(Request request, Response response, Set<String> judged) {
    MimeHeaders headers = response.getCoyoteResponse().getMimeHeaders();
    Consent consent = null;
    for (int i = headers.size() - 1; i >= 0; i--) {
      if (!SetCookieHeaders.isSetCookie(headers.getName(i).toString())) {
        continue;
      }
      String value = headers.getValue(i).toString();
      if (judged.contains(value)) {
        continue;
      }
      if (consent == null) {
        consent = Consents.resolveOrNone(() -> consentResolver.resolve(request));
      }
      boolean admitted;
      try {
        admitted = enforcer.admit(value, consent);
      } catch (RejectedCookieException e) {
        // STRICT: the application has returned; what the guard can still do is not send it.
        admitted = false;
      }
      if (!admitted) {
        headers.removeHeader(i);
      }
    }
  }
}
