package io.cookieregistry.processor.check;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;
import io.cookieregistry.processor.options.ProcessorOptions;
import io.cookieregistry.processor.diagnostics.Reporter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Reaches javac's own processing environment, through the wrappers that build tools put around it,
 * and attaches the write check to the compilation as a {@code TaskListener}.
 *
 * <p>Gradle's incremental processing and IntelliJ wrap the environment: Gradle in a class with a
 * field holding the delegate, IntelliJ in a {@link Proxy} whose invocation handler holds it. As
 * the Checker Framework's {@code SourceChecker} does, we look through the wrapper only, by
 * reflection on its fields; javac itself is used through its public {@code com.sun.source} API.
 */
final class JavacAccess {
  static final String JAVAC_ENVIRONMENT =
      "com.sun.tools.javac.processing.JavacProcessingEnvironment";
  private static final int MAX_WRAPPERS = 8;

  private JavacAccess() {}

  /**
   * Attaches the check to the compilation that {@code env} belongs to.
   *
   * @throws IllegalStateException when javac cannot be reached, saying why
   */
  static CheckSession attach(ProcessingEnvironment env, ProcessorOptions options,
      Reporter reporter) {
    ProcessingEnvironment javac = unwrap(env, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
    if (javac == null) {
      throw new IllegalStateException("the compiler's processing environment ("
          + env.getClass().getName() + ") is not javac's, and no javac environment could be found"
          + " inside it");
    }
    JavacTask task = JavacTask.instance(javac);
    CheckListener listener = new CheckListener(Trees.instance(javac), javac.getElementUtils(),
        javac.getTypeUtils(), options, reporter);
    task.addTaskListener(listener);
    return listener;
  }

  /** javac's environment inside {@code env}, or {@code null} when there is none to be found. */
  static ProcessingEnvironment unwrap(ProcessingEnvironment env, Set<Object> seen, int depth) {
    if (env == null || depth > MAX_WRAPPERS || !seen.add(env)) {
      return null;
    }
    if (env.getClass().getName().equals(JAVAC_ENVIRONMENT)) {
      return env;
    }
    Object holder = Proxy.isProxyClass(env.getClass()) ? Proxy.getInvocationHandler(env) : env;
    for (Class<?> c = holder.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
          continue;
        }
        Object value = read(field, holder);
        if (value instanceof ProcessingEnvironment inner) {
          ProcessingEnvironment found = unwrap(inner, seen, depth + 1);
          if (found != null) {
            return found;
          }
        }
      }
    }
    return null;
  }

  private static Object read(Field field, Object holder) {
    try {
      field.setAccessible(true);
      return field.get(holder);
    } catch (RuntimeException | IllegalAccessException e) {
      return null; // a field of a module that does not open to us: not the wrapper's delegate
    }
  }
}
