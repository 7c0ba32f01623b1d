package io.cookieregistry.benchmarks.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The instructions one cold compilation executes, counted by valgrind's callgrind, per kind of
 * thread. Seconds on a shared virtual machine move by 10–25% from run to run; an instruction count
 * does not depend on the machine's load, provided the program does the same thing each time. A
 * JVM does not by default: its JIT compiles in the background, what it compiles depends on timing,
 * and the collector sizes its heap by pause times. So the JVM runs with its JIT in the foreground
 * ({@code -Xbatch}: a method is compiled when it crosses its threshold, by counts alone), the serial
 * collector and a fixed heap, which leave the count to what the compilation does: runs of the
 * same compilation agree within about 0.6% (C2 still varies a little).
 *
 * <p>HotSpot turns a null dereference in compiled code into a signal it catches; under valgrind
 * that ended the JVM part-way in every run tried, so implicit null checks are off ({@code
 * -XX:-ImplicitNullChecks}): compiled code tests for null explicitly, the same few instructions
 * more for every way.
 */
final class Instructions {
  /** The JVM options of a counted compilation, as {@code javac} launcher options. */
  private static final List<String> JVM_OPTIONS = List.of("-J-Xbatch", "-J-XX:+UseSerialGC",
      "-J-Xms1g", "-J-Xmx1g", "-J-XX:+UnlockDiagnosticVMOptions", "-J-XX:-ImplicitNullChecks");
  /** A collection in the GC log: {@code ... Pause Young (Allocation Failure) 273M->12M(989M)}. */
  private static final Pattern COLLECTION = Pattern.compile(" Pause [^)]*\\) (\\d+)M->(\\d+)M\\(");

  static final String COMPILING = "compiling thread";
  static final String C2 = "C2";
  static final String C1 = "C1";
  static final String VM = "VM thread (safepoints, serial collector)";
  static final String OTHER = "other threads";
  static final String ALL = "all threads";
  /** The kinds of thread the counts are grouped by, in the order they are printed. */
  static final List<String> KINDS = List.of(COMPILING, C2, C1, VM, OTHER, ALL);

  private Instructions() {}

  /** Fails with a clear message when valgrind is not on the path. */
  static void requireValgrind() throws InterruptedException {
    try {
      Process process = new ProcessBuilder("valgrind", "--version").redirectErrorStream(true)
          .start();
      process.getInputStream().readAllBytes();
      if (process.waitFor() == 0) {
        return;
      }
    } catch (IOException e) {
      // reported below
    }
    throw new IllegalStateException("instructions mode counts with valgrind, which is not on the"
        + " PATH: install it (Debian: apt-get install valgrind)");
  }

  /**
   * The command that runs {@code javac} with {@code arguments} under callgrind, writing one count
   * per thread and the collector's log into {@code directory}.
   */
  static List<String> command(Path directory, Path javac, Path arguments) {
    List<String> command = new ArrayList<>(List.of("valgrind", "--tool=callgrind",
        "--smc-check=all-non-file", "--separate-threads=yes",
        "--callgrind-out-file=" + directory.resolve("threads") + ".%p", javac.toString()));
    command.addAll(JVM_OPTIONS);
    command.add("-J-Xlog:gc:file=" + directory.resolve("gc.log"));
    command.add("@" + arguments);
    return command;
  }

  /**
   * What one counted compilation did: the instructions of each kind of thread, and the most the
   * heap held after a collection (what it kept alive, and what the young collections promoted
   * since the last full one), in MiB; 0 when no collection ran.
   */
  record Count(Map<String, Long> instructions, long heapAfterCollection) {}

  /**
   * Reads the counts callgrind wrote into {@code directory} (and deletes them) and the collector's
   * log. A thread's kind is told by the JVM functions it ran.
   */
  static Count read(Path directory) throws IOException {
    Map<String, Long> byKind = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(directory)) {
      files = list.filter(p -> p.getFileName().toString().startsWith("threads.")).sorted()
          .toList();
    }
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.ISO_8859_1);
      Files.delete(file);
      int summary = text.indexOf("\nsummary: ");
      if (summary < 0) {
        continue; // the process's file for all threads together, empty with --separate-threads
      }
      int end = text.indexOf('\n', summary + 1);
      long count = Long.parseLong(text.substring(summary + "\nsummary: ".length(), end).trim());
      byKind.merge(kind(text), count, Long::sum);
    }
    for (String kind : List.of(COMPILING, C2, C1, VM)) {
      if (byKind.getOrDefault(kind, 0L) == 0) {
        throw new IllegalStateException("callgrind wrote no count for the " + kind + " in "
            + directory + ": is the JVM's libjvm.so without its symbols?");
      }
    }
    byKind.put(ALL, byKind.values().stream().mapToLong(Long::longValue).sum());
    long heap = 0;
    for (String line : Files.readAllLines(directory.resolve("gc.log"), StandardCharsets.UTF_8)) {
      Matcher collection = COLLECTION.matcher(line);
      if (collection.find()) {
        heap = Math.max(heap, Long.parseLong(collection.group(2)));
      }
    }
    Files.delete(directory.resolve("gc.log"));
    return new Count(byKind, heap);
  }

  /**
   * The kind of a thread by what it ran: the compilers' and the VM thread's entry points. The
   * compiling thread is the second of the process: the launcher's first thread starts the JVM in a
   * new one and waits for it, and that one runs {@code javac}'s main method.
   */
  private static String kind(String text) {
    if (text.contains("C2Compiler::compile_method")) {
      return C2;
    }
    if (text.contains("Compilation::Compilation")) {
      return C1;
    }
    if (text.contains("VMThread::run")) {
      return VM;
    }
    return text.contains("\nthread: 2\n") ? COMPILING : OTHER;
  }
}
