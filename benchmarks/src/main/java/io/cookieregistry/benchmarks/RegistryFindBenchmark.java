package io.cookieregistry.benchmarks;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.CookieRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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
 * {@link CookieRegistry#find} against a bare {@link HashMap#get} of the same names, and pattern
 * lookups with 1 and 1,000 declared patterns.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class RegistryFindBenchmark {
  /** A realistic registry: a few dozen exact names and some patterns. */
  private CookieRegistry registry;
  private Map<String, CookieDeclaration> baseline;
  private CookieRegistry onePattern;
  private CookieRegistry thousandPatterns;

  // Fields, not constants, so that the JIT cannot fold the lookups away.
  private String exactName = "sessionid";
  private String missingName = "visitor_uid";
  private String patternName = "_ga_T3ST1D";
  private String deepPatternName = "p0999_tracking_id";

  @Setup
  public void setUp() {
    List<CookieDeclaration> declarations = new ArrayList<>();
    for (String name : List.of("sessionid", "csrftoken", "django_language", "cookies_preferences",
        "JSESSIONID", "XSRF-TOKEN", "remember-me", "locale", "theme", "cart")) {
      declarations.add(CookieDeclaration.builder(name, CookieCategory.NECESSARY, "p").build());
    }
    for (int i = 0; i < 30; i++) {
      declarations.add(CookieDeclaration.builder("app_cookie_" + i, CookieCategory.PREFERENCES, "p")
          .build());
    }
    declarations.add(CookieDeclaration.builder("_ga_*", CookieCategory.STATISTICS, "p").build());
    declarations.add(CookieDeclaration.builder("ab_test_*", CookieCategory.MARKETING, "p").build());
    registry = CookieRegistry.of(declarations);
    baseline = new HashMap<>();
    declarations.forEach(d -> baseline.put(d.name(), d));

    onePattern = CookieRegistry.of(List.of(
        CookieDeclaration.builder("p0999_*", CookieCategory.STATISTICS, "p").build()));
    List<CookieDeclaration> many = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      many.add(CookieDeclaration.builder(String.format("p%04d_*", i), CookieCategory.STATISTICS, "p")
          .build());
    }
    thousandPatterns = CookieRegistry.of(many);
  }

  @Benchmark
  public CookieDeclaration hashMapGet() {
    return baseline.get(exactName);
  }

  @Benchmark
  public Optional<CookieDeclaration> findExact() {
    return registry.find(exactName);
  }

  @Benchmark
  public Optional<CookieDeclaration> findMissing() {
    return registry.find(missingName);
  }

  @Benchmark
  public Optional<CookieDeclaration> findPattern() {
    return registry.find(patternName);
  }

  @Benchmark
  public Optional<CookieDeclaration> findPatternAmongOne() {
    return onePattern.find(deepPatternName);
  }

  @Benchmark
  public Optional<CookieDeclaration> findPatternAmongThousand() {
    return thousandPatterns.find(deepPatternName);
  }
}
