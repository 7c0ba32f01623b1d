package io.cookieregistry.processor.check;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import io.cookieregistry.processor.CookieRegistryProcessor;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * The cases of {@link FrameworkSinkTest} against the current major versions (Spring Framework 7,
 * Spring Security 7, Spring Session 4, Jetty 12.1), which the build copies into a folder of
 * their own ({@code currentFrameworks}); they take the place of the previous majors on the class
 * path.
 */
class CurrentFrameworksTest extends FrameworkSinkTest {
  private static final List<File> CLASS_PATH = classPath();

  @Override
  boolean current() {
    return true;
  }

  @Override
  Compilation compileWith(List<String> options, List<JavaFileObject> files) {
    return javac().withProcessors(new CookieRegistryProcessor()).withOptions(options)
        .withClasspath(CLASS_PATH).compile(files);
  }

  private static List<File> classPath() {
    File current = new File(System.getProperty("currentFrameworks", "target/current-frameworks"));
    File[] jars = current.listFiles((dir, name) -> name.endsWith(".jar"));
    if (jars == null || jars.length == 0) {
      throw new IllegalStateException("no jars in " + current + "; the build copies them there");
    }
    List<File> path = new ArrayList<>(List.of(jars));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String unix = entry.replace(File.separatorChar, '/');
      if (!unix.contains("/org/springframework/") && !unix.contains("/org/eclipse/jetty/")
          && !unix.contains("/jakarta.servlet-api/")) {
        path.add(new File(entry));
      }
    }
    return path;
  }
}
