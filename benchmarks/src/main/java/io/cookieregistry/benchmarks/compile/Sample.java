package io.cookieregistry.benchmarks.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One process measured by GNU {@code time}: user + system CPU and wall in milliseconds, peak
 * resident memory in KiB.
 */
record Sample(double cpu, double wall, double peakKib) {

  /** Runs {@code command} in {@code directory} and measures it; a failure throws with its output. */
  static Sample time(List<String> command, Path directory) throws IOException, InterruptedException {
    Path times = directory.resolve("time.out");
    Path output = directory.resolve("process.out");
    List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%U %S %e %M", "-o",
        times.toString()));
    timed.addAll(command);
    Process process = new ProcessBuilder(timed).directory(directory.toFile())
        .redirectErrorStream(true).redirectOutput(output.toFile()).start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException(command.get(0) + " failed:\n"
          + Files.readString(output, StandardCharsets.UTF_8));
    }
    String[] fields = Files.readString(times, StandardCharsets.UTF_8).trim().split("\\s+");
    return new Sample((Double.parseDouble(fields[0]) + Double.parseDouble(fields[1])) * 1000,
        Double.parseDouble(fields[2]) * 1000, Double.parseDouble(fields[3]));
  }
}
