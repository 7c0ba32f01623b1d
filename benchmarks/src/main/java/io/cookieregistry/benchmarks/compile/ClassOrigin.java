package io.cookieregistry.benchmarks.compile;

import java.util.List;

/** Groups classes by where they come from: lines of {@code -Xlog:class+load}, or class names. */
final class ClassOrigin {
  static final String OURS = "io.cookieregistry (processor, runtime, annotations)";
  static final String JAVAPOET = "JavaPoet (shaded)";
  static final String JAVAC = "javac (com.sun.tools.javac, com.sun.source)";
  static final String JAVAX = "javax.tools, javax.lang.model, javax.annotation.processing";
  static final String JDK = "other JDK classes";
  static final String LAMBDA = "lambda forms and hidden classes";
  static final List<String> ALL = List.of(OURS, JAVAPOET, JAVAC, JAVAX, JDK, LAMBDA);

  private ClassOrigin() {}

  /** The origin of one log line, {@code [..][info][class,load] name source: ...}. */
  static String of(String line) {
    int start = line.indexOf("] ", line.indexOf("class,load")) + 2;
    int end = line.indexOf(' ', start);
    return ofClass(end < 0 ? line.substring(start) : line.substring(start, end));
  }

  /** The origin of a class by its binary name. */
  static String ofClass(String name) {
    if (name.contains("javapoet")) {
      return JAVAPOET;
    }
    if (name.startsWith("io.cookieregistry.")) {
      return OURS;
    }
    if (name.startsWith("com.sun.tools.javac.") || name.startsWith("com.sun.source.")) {
      return JAVAC;
    }
    if (name.startsWith("javax.tools.") || name.startsWith("javax.lang.model.")
        || name.startsWith("javax.annotation.processing.")) {
      return JAVAX;
    }
    if (name.contains("$$Lambda") || name.contains("LambdaForm") || name.contains("/0x")) {
      return LAMBDA;
    }
    return JDK;
  }
}
