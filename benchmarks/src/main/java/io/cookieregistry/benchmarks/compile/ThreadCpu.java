package io.cookieregistry.benchmarks.compile;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.ToolProvider;

/**
 * One cold compilation in this fresh JVM, then the CPU time of its threads by kind (main, C1, C2,
 * GC, …), read from {@code /proc/self/task} (Linux): where a cold build's seconds go.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.cookieregistry.benchmarks.compile.ThreadCpu \
 *     &lt;javac arguments&gt;</pre>
 */
public final class ThreadCpu {
  /** Clock ticks per second of {@code /proc} times ({@code getconf CLK_TCK}, 100 on Linux). */
  private static final int TICKS = 100;

  private ThreadCpu() {}

  public static void main(String[] args) throws IOException {
    int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, args);
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
    StringBuilder out = new StringBuilder("javac exit " + status);
    millis.forEach((kind, ms) -> {
      if (ms > 0) {
        out.append(String.format(Locale.ROOT, " | %s %d ms", kind, ms));
      }
    });
    System.err.println(out);
    System.exit(status);
  }
}
