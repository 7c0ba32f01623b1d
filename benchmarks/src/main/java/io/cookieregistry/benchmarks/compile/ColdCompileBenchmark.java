package io.cookieregistry.benchmarks.compile;

import io.cookieregistry.benchmarks.compile.CompileBenchmark.Way;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * Cold compilations, as a one-module build runs them: every compilation is a fresh process, so it
 * pays the JVM start, class loading and JIT warm-up of javac and of the processor. The three ways
 * ({@code -proc:none}, the no-op floor, ours) alternate run by run, in a rotated order; each
 * process is measured by {@code /usr/bin/time} (user and system CPU, wall, peak resident memory).
 *
 * <pre>benchmarks/cold-compile.sh [javac|maven|classes|jit|threads|instructions] [runs] [sizes...]</pre>
 *
 * <ul>
 *   <li>{@code javac}: the {@code javac} launcher of the running JDK, one process per compilation.
 *   <li>{@code maven}: {@code mvn -o -q compile} of a generated one-module project (one Maven JVM
 *       per build, its compiler in process, as Maven runs it by default).
 *   <li>{@code classes}: one compilation per way with {@code -Xlog:class+load}, counting the
 *       classes loaded by origin: what the processor makes the JVM load beyond the floor.
 *   <li>{@code jit}: one compilation per way with {@code -Xbatch -XX:+PrintCompilation},
 *       counting the methods C1 and C2 compile, by origin ({@link JitCounts}).
 *   <li>{@code threads}: the floor and ours alternating, each a fresh JVM running {@link
 *       ThreadCpu}: the CPU of each kind of thread (main, C1, C2, GC) and the bytes the compiling
 *       thread allocated, as medians and run-by-run ratios.
 *   <li>{@code instructions}: the floor and ours alternating, each compilation counted by
 *       valgrind's callgrind with the JIT in the foreground ({@link Instructions}): instructions
 *       per kind of thread, which the machine's load does not move.
 * </ul>
 *
 * <p>The script passes {@code -Dbench.classpath} (annotations, runtime, servlet API) and {@code
 * -Dbench.processorpath} (the shaded processor jar with the annotations and runtime).
 */
public final class ColdCompileBenchmark {
  private static final String NO_OP = NoOpProcessor.class.getName();
  private static final String OURS = "io.cookieregistry.processor.CookieRegistryProcessor";
  /** The ways that {@code jit} mode compiles, in the order of its columns. */
  private static final Way[] JIT_WAYS = {Way.NONE, Way.FLOOR, Way.OURS};

  private final String classPath = property("bench.classpath");
  private final String processorPath = property("bench.processorpath");
  private final Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");

  private ColdCompileBenchmark() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    String mode = args.length > 0 ? args[0] : "javac";
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 9;
    List<Integer> sizes = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      sizes.add(Integer.parseInt(args[i]));
    }
    if (sizes.isEmpty()) {
      sizes = List.of(500, 1000, 2000, 4000);
    }
    int scale = Integer.getInteger("bench.scale", 1);
    ColdCompileBenchmark bench = new ColdCompileBenchmark();
    System.out.printf(Locale.ROOT, "# %s, JDK %s, %d runs per way, declarations and writes x%d,"
        + " load average %s%n%n", mode, System.getProperty("java.version"), runs, scale,
        Files.readString(Path.of("/proc/loadavg")).trim());
    if (mode.equals("instructions")) {
      Instructions.requireValgrind();
    }
    if (List.of("classes", "jit", "threads", "instructions").contains(mode)) {
      for (int size : sizes) {
        switch (mode) {
          case "classes" -> bench.classes(size, scale);
          case "jit" -> bench.jit(size, scale);
          case "instructions" -> bench.instructions(size, runs, scale);
          default -> bench.threads(size, runs, scale);
        }
      }
      return;
    }
    System.out.println("| classes | CPU none (ms) | CPU floor (ms) | CPU ours (ms) | ours / floor"
        + " (median of runs) | spread (min–max) | floor / none | wall ours / floor"
        + " | peak RSS floor (MiB) | peak RSS ours / floor |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (int size : sizes) {
      bench.measure(mode.equals("maven"), size, runs, scale);
    }
  }

  /** One row: medians of CPU, wall and peak memory, and the run-by-run ratio ours / floor. */
  private void measure(boolean maven, int size, int runs, int scale)
      throws IOException, InterruptedException {
    Path root = Files.createTempDirectory("cookie-registry-cold");
    try {
      List<Path> sources = SyntheticCodebase.write(root.resolve("src/main/java"), size, scale);
      writeNoOp(root);
      if (maven) {
        for (Way way : Way.values()) {
          MavenProject.write(root, way, classPath, processorPath(way, root));
        }
      }
      Map<Way, List<Sample>> samples = new EnumMap<>(Way.class);
      for (int run = 0; run < runs; run++) {
        for (int k = 0; k < Way.values().length; k++) {
          Way way = Way.values()[(run + k) % Way.values().length];
          Sample s = maven ? MavenProject.build(root, way) : javac(way, sources, root, List.of());
          samples.computeIfAbsent(way, w -> new ArrayList<>()).add(s);
        }
      }
      List<Double> ratios = new ArrayList<>();
      for (int run = 0; run < runs; run++) {
        ratios.add(samples.get(Way.OURS).get(run).cpu() / samples.get(Way.FLOOR).get(run).cpu());
      }
      double none = Stats.median(samples.get(Way.NONE), Sample::cpu);
      double floor = Stats.median(samples.get(Way.FLOOR), Sample::cpu);
      double ours = Stats.median(samples.get(Way.OURS), Sample::cpu);
      double rssFloor = Stats.median(samples.get(Way.FLOOR), Sample::peakKib);
      System.out.printf(Locale.ROOT,
          "| %d | %.0f | %.0f | %.0f | %.3f | %.3f–%.3f | %.3f | %.3f | %.0f | %.3f |%n",
          size, none, floor, ours, Stats.median(ratios, r -> r), Stats.min(ratios),
          Stats.max(ratios), floor / none,
          Stats.median(samples.get(Way.OURS), Sample::wall)
              / Stats.median(samples.get(Way.FLOOR), Sample::wall),
          rssFloor / 1024, Stats.median(samples.get(Way.OURS), Sample::peakKib) / rssFloor);
    } finally {
      Stats.delete(root);
    }
  }

  /** Counts, per way, the classes the JVM loads, grouped by where they come from. */
  private void classes(int size, int scale) throws IOException, InterruptedException {
    Path root = Files.createTempDirectory("cookie-registry-cold");
    try {
      List<Path> sources = SyntheticCodebase.write(root.resolve("src/main/java"), size, scale);
      writeNoOp(root);
      Map<Way, Map<String, Integer>> counts = new EnumMap<>(Way.class);
      for (Way way : Way.values()) {
        Path log = root.resolve("classes-" + way + ".log");
        javac(way, sources, root, List.of("-J-Xlog:class+load:file=" + log));
        Map<String, Integer> byOrigin = new TreeMap<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
          byOrigin.merge(ClassOrigin.of(line), 1, Integer::sum);
        }
        counts.put(way, byOrigin);
      }
      System.out.println("| " + size + " classes: loaded from | none | floor | ours | ours − floor |");
      System.out.println("|---|---:|---:|---:|---:|");
      for (String origin : ClassOrigin.ALL) {
        int none = counts.get(Way.NONE).getOrDefault(origin, 0);
        int floor = counts.get(Way.FLOOR).getOrDefault(origin, 0);
        int ours = counts.get(Way.OURS).getOrDefault(origin, 0);
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d |%n", origin, none, floor, ours,
            ours - floor);
      }
      System.out.println();
    } finally {
      Stats.delete(root);
    }
  }

  /** Counts, per way, the methods the JIT compiles ({@link JitCounts}), grouped by origin. */
  private void jit(int size, int scale) throws IOException, InterruptedException {
    Path root = Files.createTempDirectory("cookie-registry-cold");
    try {
      List<Path> sources = SyntheticCodebase.write(root.resolve("src/main/java"), size, scale);
      writeNoOp(root);
      Map<Way, Map<String, int[]>> counts = new EnumMap<>(Way.class);
      Map<Way, JitCounts.Code> code = new EnumMap<>(Way.class);
      for (Way way : JIT_WAYS) {
        javac(way, sources, root, List.of("-J-Xbatch", "-J-XX:+PrintCompilation",
            "-J-XX:+CITime"));
        List<String> lines = Files.readAllLines(root.resolve("process.out"),
            StandardCharsets.UTF_8);
        counts.put(way, JitCounts.of(lines));
        code.put(way, JitCounts.code(lines));
      }
      System.out.println("| " + size + " classes: methods compiled, C1 / C2 | none | floor | ours"
          + " | ours − floor |");
      System.out.println("|---|---:|---:|---:|---:|");
      int[] total = new int[6];
      for (String origin : ClassOrigin.ALL) {
        int[] none = counts.get(Way.NONE).getOrDefault(origin, new int[2]);
        int[] floor = counts.get(Way.FLOOR).getOrDefault(origin, new int[2]);
        int[] ours = counts.get(Way.OURS).getOrDefault(origin, new int[2]);
        System.out.printf(Locale.ROOT, "| %s | %d / %d | %d / %d | %d / %d | %+d / %+d |%n", origin,
            none[0], none[1], floor[0], floor[1], ours[0], ours[1], ours[0] - floor[0],
            ours[1] - floor[1]);
        for (int i = 0; i < 2; i++) {
          total[i] += none[i];
          total[2 + i] += floor[i];
          total[4 + i] += ours[i];
        }
      }
      System.out.printf(Locale.ROOT, "| all | %d / %d | %d / %d | %d / %d | %+d / %+d |%n",
          total[0], total[1], total[2], total[3], total[4], total[5], total[4] - total[2],
          total[5] - total[3]);
      codeRow("bytecode compiled (KiB)", code, JitCounts.Code::c1Bytecode,
          JitCounts.Code::c2Bytecode);
      codeRow("code made (KiB)", code, JitCounts.Code::c1Made, JitCounts.Code::c2Made);
      System.out.println();
    } finally {
      Stats.delete(root);
    }
  }

  /** A row of C1 / C2 sizes per way, in KiB, and ours against the floor: the difference, the ratio. */
  private static void codeRow(String label, Map<Way, JitCounts.Code> code,
      ToLongFunction<JitCounts.Code> c1, ToLongFunction<JitCounts.Code> c2) {
    StringBuilder row = new StringBuilder("| " + label + " |");
    for (Way way : JIT_WAYS) {
      row.append(String.format(Locale.ROOT, " %d / %d |", c1.applyAsLong(code.get(way)) / 1024,
          c2.applyAsLong(code.get(way)) / 1024));
    }
    JitCounts.Code floor = code.get(Way.FLOOR);
    JitCounts.Code ours = code.get(Way.OURS);
    row.append(String.format(Locale.ROOT, " %+d / %+d (×%.3f / ×%.3f) |",
        c1.applyAsLong(ours) / 1024 - c1.applyAsLong(floor) / 1024,
        c2.applyAsLong(ours) / 1024 - c2.applyAsLong(floor) / 1024,
        (double) c1.applyAsLong(ours) / c1.applyAsLong(floor),
        (double) c2.applyAsLong(ours) / c2.applyAsLong(floor)));
    System.out.println(row);
  }

  /**
   * Per kind of thread, the medians of the floor's and our CPU and of their run-by-run ratio; and
   * the same for the bytes the compiling thread allocated.
   */
  private void threads(int size, int runs, int scale) throws IOException, InterruptedException {
    Path root = Files.createTempDirectory("cookie-registry-cold");
    try {
      List<Path> sources = SyntheticCodebase.write(root.resolve("src/main/java"), size, scale);
      writeNoOp(root);
      Way[] ways = {Way.FLOOR, Way.OURS};
      Map<Way, List<Map<String, Double>>> samples = new EnumMap<>(Way.class);
      for (int run = 0; run < runs; run++) {
        for (int k = 0; k < ways.length; k++) {
          Way way = ways[(run + k) % ways.length];
          List<String> command = new ArrayList<>(List.of(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
              System.getProperty("java.class.path"), ThreadCpu.class.getName(),
              "@" + argFile(way, sources, root)));
          Sample.time(command, root);
          samples.computeIfAbsent(way, w -> new ArrayList<>()).add(ThreadCpu.parse(
              Files.readString(root.resolve("process.out"), StandardCharsets.UTF_8)));
        }
      }
      System.out.println("| " + size + " classes, " + runs + " runs | floor | ours | ours / floor"
          + " (median of runs) | spread (min–max) |");
      System.out.println("|---|---:|---:|---:|---:|");
      java.util.Set<String> kinds = new java.util.TreeSet<>();
      samples.values().forEach(list -> list.forEach(m -> kinds.addAll(m.keySet())));
      for (String kind : kinds) {
        List<Double> ratios = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
          double floor = samples.get(Way.FLOOR).get(run).getOrDefault(kind, 0.0);
          ratios.add(floor == 0 ? Double.NaN
              : samples.get(Way.OURS).get(run).getOrDefault(kind, 0.0) / floor);
        }
        System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.3f | %.3f–%.3f |%n", kind,
            Stats.median(samples.get(Way.FLOOR), m -> m.getOrDefault(kind, 0.0)),
            Stats.median(samples.get(Way.OURS), m -> m.getOrDefault(kind, 0.0)),
            Stats.median(ratios, r -> r), Stats.min(ratios), Stats.max(ratios));
      }
      System.out.println();
    } finally {
      Stats.delete(root);
    }
  }

  /**
   * Per kind of thread, the instructions of the floor's and our compilations (medians of the runs)
   * and the median of the run-by-run ratios; the same for the whole process. The two ways of a
   * run are counted at the same time, each a process of its own: a count does not depend on load.
   */
  private void instructions(int size, int runs, int scale)
      throws IOException, InterruptedException {
    Path root = Files.createTempDirectory("cookie-registry-cold");
    try {
      List<Path> sources = SyntheticCodebase.write(root.resolve("src/main/java"), size, scale);
      writeNoOp(root);
      Way[] ways = {Way.FLOOR, Way.OURS};
      Map<Way, List<Instructions.Count>> samples = new EnumMap<>(Way.class);
      for (int run = 0; run < runs; run++) {
        // A count does not depend on the load, so the two ways of a run count side by side.
        Map<Way, Process> running = new EnumMap<>(Way.class);
        try {
          for (Way way : ways) {
            Path directory = Files.createDirectories(root.resolve("callgrind-" + way));
            running.put(way, new ProcessBuilder(Instructions.command(directory, javac,
                argFile(way, sources, root))).directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("process.out").toFile()).start());
          }
          for (Way way : ways) {
            Path directory = root.resolve("callgrind-" + way);
            int exit = running.get(way).waitFor();
            if (exit != 0) {
              throw new IllegalStateException("javac under callgrind failed (" + way + ", exit "
                  + exit + "):\n"
                  + Files.readString(directory.resolve("process.out"), StandardCharsets.UTF_8));
            }
            samples.computeIfAbsent(way, w -> new ArrayList<>()).add(Instructions.read(directory));
          }
        } finally {
          for (Process process : running.values()) {
            process.destroyForcibly(); // the other way's, when one failed
            process.waitFor();
          }
        }
      }
      System.out.println("| " + size + " classes, " + runs + " runs | floor | ours | ours − floor"
          + " | ours / floor (median of runs) | spread (min–max) |");
      System.out.println("|---|---:|---:|---:|---:|---:|");
      for (String kind : Instructions.KINDS) {
        row("instructions (millions), " + kind, runs, samples,
            count -> count.instructions().getOrDefault(kind, 0L) / 1e6);
      }
      if (samples.values().stream().flatMap(List::stream)
          .anyMatch(count -> count.heapAfterCollection() == 0)) {
        System.out.println("| heap after a collection | (a compilation ran no collection) | | | | |");
      } else {
        row("heap after a collection, most (MiB)", runs, samples,
            count -> (double) count.heapAfterCollection());
      }
      System.out.println();
    } finally {
      Stats.delete(root);
    }
  }

  private static void row(String label, int runs, Map<Way, List<Instructions.Count>> samples,
      ToDoubleFunction<Instructions.Count> value) {
    List<Double> ratios = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      double floor = value.applyAsDouble(samples.get(Way.FLOOR).get(run));
      ratios.add(floor == 0 ? Double.NaN
          : value.applyAsDouble(samples.get(Way.OURS).get(run)) / floor);
    }
    double floor = Stats.median(samples.get(Way.FLOOR), value);
    double ours = Stats.median(samples.get(Way.OURS), value);
    System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %+.0f | %.4f | %.4f–%.4f |%n", label,
        floor, ours, ours - floor, Stats.median(ratios, r -> r), Stats.min(ratios),
        Stats.max(ratios));
  }

  /** One fresh {@code javac} process, its JVM given {@code jvmOptions} ({@code -J...}). */
  private Sample javac(Way way, List<Path> sources, Path root, List<String> jvmOptions)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(javac.toString()));
    command.addAll(jvmOptions);
    command.add("@" + argFile(way, sources, root));
    return Sample.time(command, root);
  }

  /** The javac arguments of one way, in a file; its class output emptied. */
  private Path argFile(Way way, List<Path> sources, Path root) throws IOException {
    Path out = root.resolve("out-" + way);
    Stats.delete(out);
    Files.createDirectories(out);
    List<String> options = new ArrayList<>(List.of("-d", out.toString(), "-classpath", classPath,
        "-implicit:none", "-nowarn", "-encoding", "UTF-8"));
    if (way == Way.NONE) {
      options.add("-proc:none");
    } else {
      options.addAll(List.of("-processorpath", processorPath(way, root), "-processor",
          processor(way)));
    }
    sources.forEach(s -> options.add(s.toString()));
    Path argFile = root.resolve("javac-" + way + ".args");
    Files.write(argFile, options.stream().map(ColdCompileBenchmark::quote).toList());
    return argFile;
  }

  static String processor(Way way) {
    return way == Way.OURS ? OURS : NO_OP;
  }

  private static String quote(String arg) {
    return "\"" + arg.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("-D" + name + " is not set; run benchmarks/cold-compile.sh");
    }
    return value;
  }

  /**
   * The floor's processor path holds the no-op processor alone, as a build with one small
   * processor has; ours is the shaded processor jar with the annotations and runtime it uses.
   */
  private String processorPath(Way way, Path root) {
    return way == Way.OURS ? processorPath : root.resolve("no-op").toString();
  }

  /** Copies the no-op processor's class file into a folder of its own. */
  private static void writeNoOp(Path root) throws IOException {
    String file = NO_OP.replace('.', '/') + ".class";
    Path target = root.resolve("no-op").resolve(file);
    Files.createDirectories(target.getParent());
    try (InputStream in = NoOpProcessor.class.getClassLoader().getResourceAsStream(file)) {
      Files.copy(in, target);
    }
  }
}
