package io.cookieregistry.benchmarks.wire;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.CookieGuard;
import io.cookieregistry.runtime.CookieRegistry;
import io.cookieregistry.runtime.GuardMode;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Throughput of a real server with and without the guard, on 127.0.0.1: Jetty 12 bare and behind
 * the {@code CookieGuardHandler}, Tomcat bare and with the {@code GuardedCookieProcessor} and the
 * filter. Every request sets three declared, consented cookies, so both sides send the same octets.
 * After three warm-up runs of each server, a fixed number of requests over keep-alive connections
 * to the bare server and to the guarded one, back to back, in alternating order, round after
 * round; prints each round and the medians, and the median of the per-round ratios (on a shared
 * machine the ratio of neighbouring runs is steadier than either rate). Not a test: nothing here
 * asserts a time.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.cookieregistry.benchmarks.wire.WireLoadBenchmark [requests=20000] [connections=8] [rounds=9]
 * </pre>
 */
public final class WireLoadBenchmark {
  static final CookieGuard GUARD = CookieGuard.of(CookieRegistry.of(List.of(
      CookieDeclaration.builder("sessionid", CookieCategory.NECESSARY, "session").httpOnly(true).build(),
      CookieDeclaration.builder("csrftoken", CookieCategory.NECESSARY, "csrf").duration("P1Y").build(),
      CookieDeclaration.builder("lang", CookieCategory.PREFERENCES, "language").build())));
  static final String CONSENT = "Cookie: cookies_preferences=v1:preferences";
  static final int COOKIES_PER_RESPONSE = 3;

  private WireLoadBenchmark() {}

  /** The page every server serves: three cookies and a short body. */
  static final class Page extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final byte[] BODY = "ok\n".getBytes(StandardCharsets.US_ASCII);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
      Cookie session = new Cookie("sessionid", "4f9c2a1e7b3d5f60a8c4e2b1d3f5a7c9");
      session.setHttpOnly(true);
      session.setPath("/");
      response.addCookie(session);
      Cookie csrf = new Cookie("csrftoken", "a8c4e2b1d3f5a7c9");
      csrf.setMaxAge(31_536_000);
      response.addCookie(csrf);
      response.addHeader("Set-Cookie", "lang=fr; Path=/");
      response.setContentType("text/plain");
      response.setContentLength(BODY.length);
      response.getOutputStream().write(BODY);
    }
  }

  /** A server under test: its port, and how to stop it. */
  interface Running extends AutoCloseable {
    int port();
  }

  public static void main(String[] args) throws Exception {
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int connections = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 9;
    Map<String, Running[]> pairs = new TreeMap<>();
    pairs.put("jetty (CookieGuardHandler)", new Running[] {Servers.jetty(null), Servers.jetty(GuardMode.ENFORCE)});
    pairs.put("tomcat (processor and filter)", new Running[] {Servers.tomcat(null), Servers.tomcat(GuardMode.ENFORCE)});
    try {
      for (Running[] pair : pairs.values()) {
        for (int warmUp = 0; warmUp < 3; warmUp++) {
          for (Running server : pair) {
            LoadClient.run(server.port(), "/page", requests, connections, CONSENT, COOKIES_PER_RESPONSE);
          }
        }
      }
      System.out.printf(Locale.ROOT, "%d rounds of %,d requests over %d connections;"
          + " the bare and the guarded server of a pair run back to back, in alternating order%n",
          rounds, requests, connections);
      for (Map.Entry<String, Running[]> pair : pairs.entrySet()) {
        List<Double> bare = new ArrayList<>();
        List<Double> guarded = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        List<Double> bareCpu = new ArrayList<>();
        List<Double> guardedCpu = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
          LoadClient.Result[] result = new LoadClient.Result[2];
          for (int i = 0; i < 2; i++) {
            int which = (i + round) % 2;
            result[which] = LoadClient.run(pair.getValue()[which].port(), "/page", requests,
                connections, CONSENT, COOKIES_PER_RESPONSE);
          }
          bare.add(result[0].requestsPerSecond());
          guarded.add(result[1].requestsPerSecond());
          ratios.add(result[1].requestsPerSecond() / result[0].requestsPerSecond());
          bareCpu.add(result[0].cpuMicrosPerRequest());
          guardedCpu.add(result[1].cpuMicrosPerRequest());
          System.out.printf(Locale.ROOT, "  %s round %d: bare %,.0f/s %.1f us CPU, guarded %,.0f/s"
              + " %.1f us CPU%n", pair.getKey(), round + 1, result[0].requestsPerSecond(),
              result[0].cpuMicrosPerRequest(), result[1].requestsPerSecond(),
              result[1].cpuMicrosPerRequest());
        }
        System.out.printf(Locale.ROOT, "%-30s medians: bare %,8.0f requests/s %.1f us CPU/request;"
            + " guarded %,8.0f requests/s %.1f us CPU/request; per-round ratio guarded/bare %.3f"
            + " (range %.3f to %.3f)%n", pair.getKey(), median(bare), median(bareCpu),
            median(guarded), median(guardedCpu), median(ratios),
            ratios.stream().mapToDouble(d -> d).min().orElse(0),
            ratios.stream().mapToDouble(d -> d).max().orElse(0));
      }
    } finally {
      for (Running[] pair : pairs.values()) {
        for (Running server : pair) {
          server.close();
        }
      }
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }
}
