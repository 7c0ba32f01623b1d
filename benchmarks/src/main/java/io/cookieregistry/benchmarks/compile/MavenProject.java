package io.cookieregistry.benchmarks.compile;

import io.cookieregistry.benchmarks.compile.CompileBenchmark.Way;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A generated one-module Maven project over the synthetic sources, one POM per way, each building
 * into a target folder of its own; {@link #build} runs {@code mvn -o -q compile} in a fresh Maven
 * JVM on the running JDK, its compiler in process as Maven runs it by default.
 */
final class MavenProject {
  /** The plugin versions of this build, which the offline local repository already holds. */
  private static final String COMPILER_PLUGIN = System.getProperty("bench.compilerPlugin", "3.13.0");
  private static final String RESOURCES_PLUGIN =
      System.getProperty("bench.resourcesPlugin", "3.3.1");

  private MavenProject() {}

  static void write(Path root, Way way, String classPath, String processorPath)
      throws IOException {
    StringBuilder dependencies = new StringBuilder();
    String[] jars = classPath.split(File.pathSeparator);
    for (int i = 0; i < jars.length; i++) {
      dependencies.append("<dependency><groupId>bench</groupId><artifactId>dep").append(i)
          .append("</artifactId><version>1</version><scope>system</scope><systemPath>")
          .append(jars[i]).append("</systemPath></dependency>\n");
    }
    String processing = way == Way.NONE ? "<arg>-proc:none</arg>"
        : "<arg>-processorpath</arg><arg>" + processorPath + "</arg><arg>-processor</arg><arg>"
            + ColdCompileBenchmark.processor(way) + "</arg>";
    String pom = """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>bench</groupId>
          <artifactId>bench-%1$s</artifactId>
          <version>1</version>
          <properties>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
            <maven.compiler.release>17</maven.compiler.release>
          </properties>
          <dependencies>
        %2$s  </dependencies>
          <build>
            <directory>target-%1$s</directory>
            <plugins>
              <plugin>
                <artifactId>maven-resources-plugin</artifactId>
                <version>%3$s</version>
              </plugin>
              <plugin>
                <artifactId>maven-compiler-plugin</artifactId>
                <version>%4$s</version>
                <configuration>
                  <useIncrementalCompilation>false</useIncrementalCompilation>
                  <compilerArgs><arg>-implicit:none</arg><arg>-nowarn</arg>%5$s</compilerArgs>
                </configuration>
              </plugin>
            </plugins>
          </build>
        </project>
        """.formatted(way, dependencies, RESOURCES_PLUGIN, COMPILER_PLUGIN, processing);
    Files.writeString(root.resolve("pom-" + way + ".xml"), pom, StandardCharsets.UTF_8);
  }

  /** One clean {@code mvn -o -q compile} of the way's POM. */
  static Sample build(Path root, Way way) throws IOException, InterruptedException {
    Stats.delete(root.resolve("target-" + way));
    return Sample.time(List.of("env", "JAVA_HOME=" + System.getProperty("java.home"), "mvn", "-B",
        "-o", "-q", "-f", "pom-" + way + ".xml", "compile"), root);
  }
}
