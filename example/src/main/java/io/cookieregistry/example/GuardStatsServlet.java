package io.cookieregistry.example;

import io.cookieregistry.runtime.Decision.Reason;
import io.cookieregistry.runtime.GuardStats;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** {@code /guard-stats}: the guard's decisions per reason, as plain text, for the operator. */
final class GuardStatsServlet extends HttpServlet {
  /** The servlet context attribute where the server puts the guard's {@link GuardStats}. */
  static final String STATS_ATTRIBUTE = GuardStats.class.getName();
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    GuardStats stats = (GuardStats) getServletContext().getAttribute(STATS_ATTRIBUTE);
    if (stats == null) {
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the cookie guard is not running");
      return;
    }
    StringBuilder text = new StringBuilder();
    for (Map.Entry<Reason, Long> count : stats.byReason().entrySet()) {
      text.append(count.getKey()).append(' ').append(count.getValue()).append('\n');
    }
    text.append("dropped ").append(stats.dropped()).append('\n');
    response.setContentType("text/plain; charset=utf-8");
    response.getWriter().write(text.toString());
  }
}
