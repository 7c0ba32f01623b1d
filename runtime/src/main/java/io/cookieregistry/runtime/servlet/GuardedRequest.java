package io.cookieregistry.runtime.servlet;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose {@code startAsync()} keeps the guarded response: without it, the asynchronous
 * context hands out the container's own response, and {@code ac.getResponse().addCookie(…)}
 * would write past the guard.
 */
final class GuardedRequest extends HttpServletRequestWrapper {
  private final GuardedResponse response;

  GuardedRequest(HttpServletRequest request, GuardedResponse response) {
    super(request);
    this.response = response;
  }

  @Override
  public AsyncContext startAsync() {
    return super.startAsync(this, response);
  }
}
