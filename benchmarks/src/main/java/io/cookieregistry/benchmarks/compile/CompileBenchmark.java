package io.cookieregistry.benchmarks.compile;

import com.sun.source.util.JavacTask;
import io.cookieregistry.processor.CookieRegistryProcessor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles synthetic code bases of several sizes four ways, alternating the order from run to
 * run, and prints the median of three of them with the ratios: no annotation processing at all, a
 * no-op processor that claims {@code *} (the floor), and the Cookie Registry processor. The
 * fourth, {@link WalkFloor}, is there for its share (below).
 *
 * <pre>java -Xms6g -Xmx6g -XX:+UseParallelGC -cp benchmarks/target/benchmarks.jar \
 *     io.cookieregistry.benchmarks.compile.CompileBenchmark [runs] [sizes...]</pre>
 *
 * <p>The compilations run in this JVM, as in a build daemon or a multi-module Maven build, after
 * {@value #WARM_UP} warm-up compilations of each way. Each is timed twice: wall time, and the CPU
 * time of the compiling thread, which leaves out the JIT compiler and the garbage collector
 * working on the other core and is far steadier on a small machine. A cold compiler in a fresh
 * JVM varied by ±20% from run to run here, too much to see a few percent.
 *
 * <p>The ratios compare compilations run one after the other, which a busy machine slows by
 * different amounts. Steadier is the share of each compilation of ours that the thread spent in
 * the processor's own code ({@link OwnCpu}, whose clocks every way with a processor carries
 * alike), read in the same compilation: printed as a second table, whole and split into processing (declarations, registry, policy) and the
 * write check; beside it the share of a fourth way, {@link WalkFloor}, which only walks the trees
 * as the check does: the floor of a check of attributed code.
 */
public final class CompileBenchmark {
  /** The ways compared; {@code WALK} only for the shares (see {@link WalkFloor}). */
  enum Way { NONE, FLOOR, OURS, WALK }

  private static final int WARM_UP = 3;

  private CompileBenchmark() {}

  public static void main(String[] args) throws IOException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
    int[] sizes = args.length > 1
        ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
        : new int[] {500, 1000, 2000, 4000};
    System.out.printf(Locale.ROOT, "# javac %s, %d runs per way after %d warm-up runs, medians%n%n",
        System.getProperty("java.version"), runs, WARM_UP);
    System.out.println("| classes | CPU -proc:none (ms) | CPU no-op processor (ms) | CPU ours (ms)"
        + " | ours / floor | ours / floor, median of runs (spread) | ours / none | floor / none"
        + " | ours - floor (ms) | per class (µs) | wall ours / floor |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    StringBuilder shares = new StringBuilder();
    for (int size : sizes) {
      List<Double> ratios = new ArrayList<>();
      List<double[]> own = new ArrayList<>();
      List<Double> walk = new ArrayList<>();
      Map<Way, double[]> median = measure(size, runs, ratios, own, walk);
      double none = median.get(Way.NONE)[1];
      double floor = median.get(Way.FLOOR)[1];
      double ours = median.get(Way.OURS)[1];
      System.out.printf(Locale.ROOT,
          "| %d | %.0f | %.0f | %.0f | %.3f | %.3f (%.3f–%.3f) | %.3f | %.3f | %.0f | %.1f | %.3f |%n",
          size, none, floor, ours, ours / floor, Stats.median(ratios, r -> r), Stats.min(ratios),
          Stats.max(ratios), ours / none, floor / none, ours - floor,
          (ours - floor) * 1000 / size, median.get(Way.OURS)[0] / median.get(Way.FLOOR)[0]);
      shares.append(String.format(Locale.ROOT,
          "| %d | %.2f%% (%.2f–%.2f%%) | %.2f%% | %.2f%% | %.2f%% |%n",
          size, 100 * Stats.median(own, r -> r[0] + r[1]), 100 * own.stream()
              .mapToDouble(r -> r[0] + r[1]).min().orElseThrow(), 100 * own.stream()
              .mapToDouble(r -> r[0] + r[1]).max().orElseThrow(),
          100 * Stats.median(own, r -> r[0]), 100 * Stats.median(own, r -> r[1]),
          100 * Stats.median(walk, r -> r)));
    }
    System.out.println();
    System.out.println("| classes | our own code, share of a compilation of ours (median of runs,"
        + " spread) | processing | write check | WalkFloor (the walk, each call's method) |");
    System.out.println("|---:|---:|---:|---:|---:|");
    System.out.print(shares);
  }

  /**
   * Median wall and CPU milliseconds per way; adds to {@code ratios} each run's CPU ours / floor,
   * of two compilations seconds apart, which share the load of the machine at the time; and to
   * {@code own} each compilation of ours' shares of its CPU spent in processing and in the check,
   * and to {@code walk} each {@link WalkFloor} compilation's share spent in its walk.
   */
  private static Map<Way, double[]> measure(int size, int runs, List<Double> ratios,
      List<double[]> own, List<Double> walk) throws IOException {
    Path root = Files.createTempDirectory("cookie-registry-bench");
    try {
      List<Path> sources = SyntheticCodebase.write(root.resolve("src"), size);
      int compilation = 0;
      for (int i = 0; i < WARM_UP; i++) {
        for (Way way : Way.values()) {
          compile(way, sources, root.resolve("out-" + compilation++));
        }
      }
      Map<Way, List<Double>> wall = new EnumMap<>(Way.class);
      Map<Way, List<Double>> cpu = new EnumMap<>(Way.class);
      for (int run = 0; run < runs; run++) {
        for (int k = 0; k < Way.values().length; k++) {
          Way way = Way.values()[(run + k) % Way.values().length];
          double[] times = compile(way, sources, root.resolve("out-" + compilation++));
          wall.computeIfAbsent(way, w -> new ArrayList<>()).add(times[0]);
          cpu.computeIfAbsent(way, w -> new ArrayList<>()).add(times[1]);
          if (way == Way.OURS) {
            own.add(new double[] {times[2] / times[1], times[3] / times[1]});
          } else if (way == Way.WALK) {
            walk.add(times[3] / times[1]);
          }
        }
      }
      for (int run = 0; run < runs; run++) {
        ratios.add(cpu.get(Way.OURS).get(run) / cpu.get(Way.FLOOR).get(run));
      }
      Map<Way, double[]> median = new EnumMap<>(Way.class);
      for (Way way : Way.values()) {
        median.put(way, new double[] {Stats.median(wall.get(way), v -> v),
            Stats.median(cpu.get(way), v -> v)});
      }
      return median;
    } finally {
      Stats.delete(root);
    }
  }

  /**
   * Compiles once; returns wall and thread-CPU milliseconds, and the thread-CPU milliseconds in
   * the processor's {@code init} and {@code process} and in its task listener (see {@link
   * OwnCpu}; zero for a way without them).
   */
  private static double[] compile(Way way, List<Path> sources, Path out) throws IOException {
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
      JavacTask task = (JavacTask) javac.getTask(null, fileManager, d -> {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          errors.add(d.toString());
        }
      }, options, null, fileManager.getJavaFileObjectsFromPaths(sources));
      WalkFloor walk = way == Way.WALK ? new WalkFloor() : null;
      OwnCpu own = switch (way) {
        case NONE -> null;
        case FLOOR -> new OwnCpu(new NoOpProcessor());
        case OURS -> new OwnCpu(new CookieRegistryProcessor());
        case WALK -> new OwnCpu(walk);
      };
      if (own != null) {
        own.attach(task);
      }
      System.gc();
      long cpu = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      boolean ok = task.call();
      double[] times = {(System.nanoTime() - start) / 1e6,
          (threads.getCurrentThreadCpuTime() - cpu) / 1e6,
          own == null ? 0 : own.processingNanos() / 1e6,
          own == null ? 0 : own.checkingNanos() / 1e6};
      if (!ok) {
        throw new IllegalStateException(way + " compilation failed: " + errors);
      }
      if (walk != null && walk.resolved() == 0) {
        throw new IllegalStateException("the walk resolved no call: it measured nothing");
      }
      return times;
    }
  }
}
