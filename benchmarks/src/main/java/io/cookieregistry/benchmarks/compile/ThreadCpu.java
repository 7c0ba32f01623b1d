package io.cookieregistry.benchmarks.compile;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.ToolProvider;

/**
 * One cold compilation in this fresh JVM, then where its work went: the CPU time of its threads by
 * kind (main, C1, C2, GC, …), read from {@code /proc/self/task} (Linux), and the bytes the
 * compiling thread allocated, with the collections they cost. The allocated bytes do not depend on
 * the machine's load: of all these figures they are the one a busy machine cannot blur.
 *
 * <p>Prints one line to standard error, {@code javac exit 0 | main 11820 ms | C2 compiler 10410 ms
 * | … | allocated 2411 MiB | gc 14 in 812 ms}.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.cookieregistry.benchmarks.compile.ThreadCpu \
 *     &lt;javac arguments&gt;</pre>
 */
public final class ThreadCpu {
  /** Clock ticks per second of {@code /proc} times ({@code getconf CLK_TCK}, 100 on Linux). */
  private static final int TICKS = 100;

  private ThreadCpu() {}

  public static void main(String[] args) throws IOException {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
    int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, args);
    long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
    Map<String, Long> millis = new TreeMap<>();
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
      for (Path task : tasks) {
        String name = Files.readString(task.resolve("comm")).trim();
        String stat = Files.readString(task.resolve("stat"));
        // Fields after the name in parentheses: utime and stime are the 12th and 13th.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        // "C2 CompilerThre", "GC Thread#1": one kind for the threads of a pool.
        String kind = name.replaceAll("CompilerThre.*", "compiler").replaceAll("[#0-9]+$", "");
        millis.merge(kind.trim(), ticks * 1000 / TICKS, Long::sum);
      }
    }
    long collections = 0;
    long collecting = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      collections += Math.max(0, gc.getCollectionCount());
      collecting += Math.max(0, gc.getCollectionTime());
    }
    StringBuilder out = new StringBuilder("javac exit " + status);
    millis.forEach((kind, ms) -> {
      if (ms > 0) {
        out.append(String.format(Locale.ROOT, " | %s %d ms", kind, ms));
      }
    });
    out.append(String.format(Locale.ROOT, " | allocated %d MiB | gc %d in %d ms",
        allocated >> 20, collections, collecting));
    System.err.println(out);
    System.exit(status);
  }

  /**
   * The figures of the line {@link #main} printed, found in a process's output: milliseconds by
   * kind of thread, {@code "allocated MiB"}, {@code "gc count"} and {@code "gc ms"}, and {@code
   * "all threads"}, the sum of the threads' milliseconds.
   *
   * @throws IllegalArgumentException when the output holds no such line
   */
  static Map<String, Double> parse(String output) {
    for (String line : output.split("\\R")) {
      if (!line.startsWith("javac exit ")) {
        continue;
      }
      Map<String, Double> figures = new java.util.LinkedHashMap<>();
      double all = 0;
      for (String part : line.split(" \\| ")) {
        String[] words = part.trim().split(" ");
        int n = words.length;
        if (part.startsWith("allocated ")) {
          figures.put("allocated MiB", Double.parseDouble(words[1]));
        } else if (part.startsWith("gc ")) {
          figures.put("gc count", Double.parseDouble(words[1]));
          figures.put("gc ms", Double.parseDouble(words[3]));
        } else if (n >= 3 && words[n - 1].equals("ms")) {
          double ms = Double.parseDouble(words[n - 2]);
          figures.put(String.join(" ", java.util.Arrays.copyOf(words, n - 2)) + " ms", ms);
          all += ms;
        }
      }
      figures.put("all threads ms", all);
      return figures;
    }
    throw new IllegalArgumentException("no figures of ThreadCpu in:\n" + output);
  }
}
