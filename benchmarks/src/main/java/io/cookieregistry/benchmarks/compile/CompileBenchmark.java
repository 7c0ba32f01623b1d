package io.cookieregistry.benchmarks.compile;

import io.cookieregistry.processor.CookieRegistryProcessor;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
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
 * run, and prints the median of each way with the ratios: no annotation processing at all, a
 * no-op processor that claims {@code *} (the floor), and the Cookie Registry processor.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.cookieregistry.benchmarks.compile.CompileBenchmark [runs] [sizes...]</pre>
 *
 * <p>Each compilation runs in a fresh JVM, as a CI build compiles each module once in a cold
 * compiler; the child measures the compilation itself (wall time of {@code JavaCompiler.call()})
 * and its thread's CPU time, so JVM start-up is not counted. Every way compiles into an empty
 * directory with the same options.
 */
public final class CompileBenchmark {
  enum Way { NONE, FLOOR, OURS }

  private CompileBenchmark() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length > 0 && args[0].equals("--child")) {
      child(Way.valueOf(args[1]), Path.of(args[2]), Path.of(args[3]));
      return;
    }
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int[] sizes = args.length > 1
        ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
        : new int[] {500, 1000, 2000, 4000};
    System.out.printf(Locale.ROOT, "# javac %s, %d runs per way, medians, fresh JVM per"
        + " compilation%n%n", System.getProperty("java.version"), runs);
    System.out.println("| classes | -proc:none (ms) | no-op processor (ms) | ours (ms) | ours / floor"
        + " | ours / none | floor / none | ours - floor (ms) | per class (µs) | CPU ours / floor |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (int size : sizes) {
      Map<Way, double[]> median = measure(size, runs);
      double none = median.get(Way.NONE)[0];
      double floor = median.get(Way.FLOOR)[0];
      double ours = median.get(Way.OURS)[0];
      System.out.printf(Locale.ROOT,
          "| %d | %.0f | %.0f | %.0f | %.3f | %.3f | %.3f | %.0f | %.1f | %.3f |%n",
          size, none, floor, ours, ours / floor, ours / none, floor / none, ours - floor,
          (ours - floor) * 1000 / size, median.get(Way.OURS)[1] / median.get(Way.FLOOR)[1]);
    }
  }

  /** Median wall and CPU milliseconds per way. */
  private static Map<Way, double[]> measure(int size, int runs)
      throws IOException, InterruptedException {
    Path root = Files.createTempDirectory("cookie-registry-bench");
    try {
      Path sources = root.resolve("src");
      SyntheticCodebase.write(sources, size);
      Map<Way, List<Double>> wall = new EnumMap<>(Way.class);
      Map<Way, List<Double>> cpu = new EnumMap<>(Way.class);
      for (int run = 0; run < runs; run++) {
        for (int k = 0; k < Way.values().length; k++) {
          Way way = Way.values()[(run + k) % Way.values().length];
          double[] times = runChild(way, sources, root.resolve("out-" + run + "-" + way));
          wall.computeIfAbsent(way, w -> new ArrayList<>()).add(times[0]);
          cpu.computeIfAbsent(way, w -> new ArrayList<>()).add(times[1]);
        }
      }
      Map<Way, double[]> median = new EnumMap<>(Way.class);
      for (Way way : Way.values()) {
        median.put(way, new double[] {median(wall.get(way)), median(cpu.get(way))});
      }
      return median;
    } finally {
      delete(root);
    }
  }

  private static double[] runChild(Way way, Path sources, Path out)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        CompileBenchmark.class.getName(), "--child", way.name(), sources.toString(), out.toString())
        .redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (child.waitFor() != 0) {
      throw new IllegalStateException(way + " compilation failed:\n" + output);
    }
    String[] last = output.strip().lines().reduce((a, b) -> b).orElseThrow().split(" ");
    return new double[] {Double.parseDouble(last[0]), Double.parseDouble(last[1])};
  }

  /** In the child JVM: compiles once and prints "wallMillis cpuMillis". */
  private static void child(Way way, Path sources, Path out) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    Files.createDirectories(out);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> options = new ArrayList<>(List.of("-d", out.toString(),
        "-classpath", System.getProperty("java.class.path"), "-implicit:none", "-nowarn"));
    if (way == Way.NONE) {
      options.add("-proc:none");
    }
    List<String> errors = new ArrayList<>();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, null)) {
      JavaCompiler.CompilationTask task = javac.getTask(null, fileManager, d -> {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          errors.add(d.toString());
        }
      }, options, null, fileManager.getJavaFileObjectsFromPaths(files));
      if (way != Way.NONE) {
        Processor processor = way == Way.FLOOR ? new NoOpProcessor() : new CookieRegistryProcessor();
        task.setProcessors(List.of(processor));
      }
      long cpu = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      boolean ok = task.call();
      double wallMillis = (System.nanoTime() - start) / 1e6;
      double cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
      if (!ok) {
        throw new IllegalStateException(way + " compilation failed: " + errors);
      }
      System.out.printf(Locale.ROOT, "%.1f %.1f%n", wallMillis, cpuMillis);
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
