package io.cookieregistry.benchmarks.compile;

import io.cookieregistry.processor.CookieRegistryProcessor;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles synthetic code bases of several sizes three ways, alternating the order from run to
 * run, and prints the median wall time of each way with the ratios: no annotation processing at
 * all, a no-op processor that claims {@code *} (the floor), and the Cookie Registry processor.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.cookieregistry.benchmarks.compile.CompileBenchmark [runs] [sizes...]</pre>
 *
 * <p>Compilations run in this JVM, as Maven's and Gradle's do, after warm-up compilations of each
 * way, so the figures compare steady-state compiler work rather than JVM start-up.
 */
public final class CompileBenchmark {
  enum Way { NONE, FLOOR, OURS }

  private CompileBenchmark() {}

  public static void main(String[] args) throws IOException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int[] sizes = args.length > 1
        ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
        : new int[] {500, 1000, 2000, 4000};
    System.out.printf(Locale.ROOT, "# javac %s, %d runs per way, median wall time%n%n",
        System.getProperty("java.version"), runs);
    System.out.println("| classes | -proc:none (ms) | no-op processor (ms) | ours (ms) | ours / floor"
        + " | ours / none | floor / none | ours - floor (ms) | per class (µs) |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (int size : sizes) {
      Map<Way, Double> median = measure(size, runs);
      double none = median.get(Way.NONE);
      double floor = median.get(Way.FLOOR);
      double ours = median.get(Way.OURS);
      System.out.printf(Locale.ROOT, "| %d | %.0f | %.0f | %.0f | %.3f | %.3f | %.3f | %.0f | %.1f |%n",
          size, none, floor, ours, ours / floor, ours / none, floor / none, ours - floor,
          (ours - floor) * 1000 / size);
    }
  }

  private static Map<Way, Double> measure(int size, int runs) throws IOException {
    Path root = Files.createTempDirectory("cookie-registry-bench");
    try {
      List<Path> sources = SyntheticCodebase.write(root.resolve("src"), size);
      for (Way way : Way.values()) {
        compile(way, sources, root.resolve("warm-" + way));
        compile(way, sources, root.resolve("warm2-" + way));
      }
      Map<Way, List<Double>> times = new EnumMap<>(Way.class);
      for (int run = 0; run < runs; run++) {
        for (int k = 0; k < Way.values().length; k++) {
          Way way = Way.values()[(run + k) % Way.values().length];
          System.gc();
          long start = System.nanoTime();
          compile(way, sources, root.resolve("out-" + run + "-" + way));
          times.computeIfAbsent(way, w -> new ArrayList<>()).add((System.nanoTime() - start) / 1e6);
        }
      }
      Map<Way, Double> median = new EnumMap<>(Way.class);
      times.forEach((way, list) -> median.put(way, median(list)));
      return median;
    } finally {
      delete(root);
    }
  }

  private static void compile(Way way, List<Path> sources, Path out) throws IOException {
    Files.createDirectories(out);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> options = new ArrayList<>(List.of("-d", out.toString(),
        "-classpath", System.getProperty("java.class.path"), "-implicit:none", "-nowarn"));
    if (way == Way.NONE) {
      options.add("-proc:none");
    }
    List<String> errors = new ArrayList<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      JavaCompiler.CompilationTask task = javac.getTask(null, files, d -> {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          errors.add(d.toString());
        }
      }, options, null, files.getJavaFileObjectsFromPaths(sources));
      if (way != Way.NONE) {
        Processor processor = way == Way.FLOOR ? new NoOpProcessor() : new CookieRegistryProcessor();
        task.setProcessors(List.of(processor));
      }
      if (!task.call()) {
        throw new IllegalStateException(way + " compilation failed: " + errors);
      }
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(Comparator.naturalOrder());
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static void delete(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
