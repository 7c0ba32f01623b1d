package io.cookieregistry.benchmarks;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.runtime.Consent;
import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.CookieGuard;
import io.cookieregistry.runtime.CookieRegistry;
import io.cookieregistry.runtime.Decision;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.CookieCompliance;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.HttpCookieUtils;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link CookieGuard#check} on realistic headers, against what the server already pays to produce
 * such a header: Jetty building the cookie and writing its {@code Set-Cookie} value.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class GuardCheckBenchmark {
  private CookieGuard guard;
  private Consent consent;
  private String sessionHeader;
  private String patternHeader;
  private String undeclaredHeader;
  private String token;

  @Setup
  public void setUp() {
    List<CookieDeclaration> declarations = new ArrayList<>();
    declarations.add(CookieDeclaration.builder("sessionid", CookieCategory.NECESSARY,
        "To remember the user from one page to another").httpOnly(true).secure(true).build());
    declarations.add(CookieDeclaration.builder("csrftoken", CookieCategory.NECESSARY, "p")
        .duration("P1Y").build());
    declarations.add(CookieDeclaration.builder("_ga_*", CookieCategory.STATISTICS, "p")
        .duration("P13M").build());
    for (int i = 0; i < 30; i++) {
      declarations.add(CookieDeclaration.builder("app_cookie_" + i, CookieCategory.PREFERENCES, "p")
          .build());
    }
    guard = CookieGuard.of(CookieRegistry.of(declarations));
    consent = Consent.of(CookieCategory.PREFERENCES, CookieCategory.STATISTICS);
    token = "4f9c2a1e7b3d5f60a8c4e2b1d3f5a7c9";
    sessionHeader = jettySetCookie();
    patternHeader = "_ga_T3ST1D=GA1.1.1234567890.1700000000; Max-Age=34186669; Path=/;"
        + " SameSite=Lax";
    undeclaredHeader = "visitor_uid=42; Path=/";
  }

  @Benchmark
  public String jettySetCookie() {
    HttpCookie cookie = HttpCookie.build("sessionid", token).path("/").httpOnly(true).secure(true)
        .sameSite(HttpCookie.SameSite.LAX).build();
    return HttpCookieUtils.getSetCookie(cookie, CookieCompliance.RFC6265);
  }

  @Benchmark
  public Decision checkDeclaredExact() {
    return guard.check(sessionHeader, consent);
  }

  @Benchmark
  public Decision checkDeclaredPattern() {
    return guard.check(patternHeader, consent);
  }

  @Benchmark
  public Decision checkUndeclared() {
    return guard.check(undeclaredHeader, consent);
  }
}
