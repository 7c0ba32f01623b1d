package io.cookieregistry.jetty;

import io.cookieregistry.runtime.Consent;
import io.cookieregistry.runtime.RejectedCookieException;
import io.cookieregistry.runtime.SetCookieEnforcer;
import io.cookieregistry.runtime.internal.SetCookieHeaders;
import java.nio.ByteBuffer;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.MetaData;
import org.eclipse.jetty.server.HttpStream;
import org.eclipse.jetty.util.Callback;

/**
 * The stream of one exchange, which judges the header fields of each response it sends (the final
 * one and any interim one) before they go out, and leaves out the refused cookies.
 */
final class GuardedStream extends HttpStream.Wrapper {
  private final SetCookieEnforcer enforcer;
  private final Supplier<Consent> consentSource;
  private Consent consent;

  GuardedStream(HttpStream stream, SetCookieEnforcer enforcer, Supplier<Consent> consentSource) {
    super(stream);
    this.enforcer = enforcer;
    this.consentSource = consentSource;
  }

  @Override
  public void send(MetaData.Request request, MetaData.Response response, boolean last,
      ByteBuffer content, Callback callback) {
    MetaData.Response guarded;
    try {
      guarded = response == null ? null : guard(response);
    } catch (RejectedCookieException e) {
      callback.failed(e);
      return;
    }
    super.send(request, guarded, last, content, callback);
  }

  /** The response with every refused {@code Set-Cookie} left out; the same object when none is. */
  private MetaData.Response guard(MetaData.Response response) {
    HttpFields fields = response.getHttpFields();
    if (fields == null || !anySetsCookie(fields)) {
      return response;
    }
    HttpFields.Mutable kept = HttpFields.build(fields.size());
    boolean dropped = false;
    for (HttpField field : fields) {
      if (!setsCookie(field) || enforcer.admit(WireForm.of(field.getValue()), consent())) {
        kept.add(field);
      } else {
        dropped = true;
      }
    }
    return !dropped ? response : new MetaData.Response(response.getStatus(), response.getReason(),
        response.getHttpVersion(), kept.asImmutable(), response.getContentLength(),
        response.getTrailersSupplier());
  }

  /** A plain loop, not a stream: this runs on every response, most of which set no cookie. */
  private static boolean anySetsCookie(HttpFields fields) {
    for (HttpField field : fields) {
      if (setsCookie(field)) {
        return true;
      }
    }
    return false;
  }

  private static boolean setsCookie(HttpField field) {
    return SetCookieHeaders.isSetCookie(field.getName());
  }

  private Consent consent() {
    if (consent == null) {
      consent = consentSource.get();
    }
    return consent;
  }
}
