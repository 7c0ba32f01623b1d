package io.cookieregistry.benchmarks.compile;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the JIT compiles in one compilation run with {@code -Xbatch -XX:+PrintCompilation
 * -XX:+CITime}: with background compilation off, which methods get compiled depends on what the
 * program runs, not on how the machine schedules the compiler threads, so the counts repeat where
 * CPU seconds do not. Counted by compiler (C1: tiers 1–3, C2: tier 4) and by the origin of the
 * method's class; and, from {@code CITime}'s summary at exit, the bytecode each compiler compiled
 * and the machine code it made, on which its work grows.
 */
final class JitCounts {
  /** {@code timestamp id flags tier class::method (size)}; flags are some of {@code %sn!b}. */
  private static final Pattern LINE =
      Pattern.compile("^\\s*\\d+\\s+\\d+\\s+[%sn!b ]*?([0-4])\\s+(\\S+)::\\S+");

  /** {@code C1 {... standard: 2.195 s, 648426 bytes, ... nmethods_size: 14024200 bytes; ...}}. */
  private static final Pattern SUMMARY = Pattern.compile("^\\s*(C[12]) \\{.*?standard:\\s*\\S+ s,"
      + " (\\d+) bytes,.*?osr:\\s*\\S+ s, (\\d+) bytes,.*?nmethods_size: (\\d+) bytes");

  private JitCounts() {}

  /**
   * Bytes of bytecode compiled (standard and on-stack replacement) and of code made
   * ({@code nmethods_size}), by C1 and by C2.
   */
  record Code(long c1Bytecode, long c2Bytecode, long c1Made, long c2Made) {}

  /**
   * The sizes that {@code -XX:+CITime} prints when the JVM exits.
   *
   * @throws IllegalStateException if the output lacks the summary of either compiler
   */
  static Code code(List<String> lines) {
    long[] bytecode = new long[2];
    long[] made = new long[2];
    boolean[] seen = new boolean[2];
    for (String line : lines) {
      Matcher m = SUMMARY.matcher(line);
      if (m.find()) {
        int c = m.group(1).equals("C1") ? 0 : 1;
        seen[c] = true;
        bytecode[c] = Long.parseLong(m.group(2)) + Long.parseLong(m.group(3));
        made[c] = Long.parseLong(m.group(4));
      }
    }
    if (!seen[0] || !seen[1]) {
      throw new IllegalStateException("javac's output has no -XX:+CITime summary for "
          + (seen[0] ? "C2" : "C1") + "; a JVM without both compilers cannot be measured here");
    }
    return new Code(bytecode[0], bytecode[1], made[0], made[1]);
  }

  /** Compilations by origin: {C1, C2}; deoptimisation lines are not compilations. */
  static Map<String, int[]> of(List<String> lines) {
    Map<String, int[]> counts = new TreeMap<>();
    for (String line : lines) {
      Matcher m = LINE.matcher(line);
      if (line.contains("made not entrant") || line.contains("made zombie") || !m.find()) {
        continue;
      }
      int tier = Integer.parseInt(m.group(1));
      if (tier > 0) {
        counts.computeIfAbsent(ClassOrigin.ofClass(m.group(2)), o -> new int[2])[tier == 4 ? 1 : 0]++;
      }
    }
    return counts;
  }
}
