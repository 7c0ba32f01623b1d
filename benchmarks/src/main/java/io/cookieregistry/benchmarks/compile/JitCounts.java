package io.cookieregistry.benchmarks.compile;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the JIT compiles in one compilation run with {@code -Xbatch -XX:+PrintCompilation}: with
 * background compilation off, which methods get compiled depends on what the program runs, not on
 * how the machine schedules the compiler threads, so the counts repeat where CPU seconds do not.
 * Counted by compiler (C1: tiers 1–3, C2: tier 4) and by the origin of the method's class.
 */
final class JitCounts {
  /** {@code timestamp id flags tier class::method (size)}; flags are some of {@code %sn!b}. */
  private static final Pattern LINE =
      Pattern.compile("^\\s*\\d+\\s+\\d+\\s+[%sn!b ]*?([0-4])\\s+(\\S+)::\\S+");

  private JitCounts() {}

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
