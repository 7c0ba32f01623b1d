package io.cookieregistry.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static io.cookieregistry.processor.ProcessorTesting.registryClasses;
import static io.cookieregistry.processor.ProcessorTesting.DECLARATIONS;
import static io.cookieregistry.processor.ProcessorTesting.messages;
import static io.cookieregistry.processor.ProcessorTesting.testSource;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import io.cookieregistry.processor.CookieRegistryProcessor;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The check reaches javac through build tools' wrappers, and says so once when it cannot. */
class JavacAccessTest {
  private static final JavaFileObject WRITER = testSource("W", DECLARATIONS
      + "class W { Object c = new jakarta.servlet.http.Cookie(\"visitor_uid\", \"v\"); }\n");

  /** Like Gradle's incremental wrapper: a class with a field holding the delegate. */
  static final class FieldWrapper implements ProcessingEnvironment {
    private final ProcessingEnvironment delegate;

    FieldWrapper(ProcessingEnvironment delegate) {
      this.delegate = delegate;
    }

    @Override public Map<String, String> getOptions() { return delegate.getOptions(); }
    @Override public Messager getMessager() { return delegate.getMessager(); }
    @Override public Filer getFiler() { return delegate.getFiler(); }
    @Override public Elements getElementUtils() { return delegate.getElementUtils(); }
    @Override public Types getTypeUtils() { return delegate.getTypeUtils(); }
    @Override public SourceVersion getSourceVersion() { return delegate.getSourceVersion(); }
    @Override public Locale getLocale() { return delegate.getLocale(); }
  }

  /** Like IntelliJ: a dynamic proxy whose handler holds the delegate. */
  static final class ForwardingHandler implements InvocationHandler {
    private final Object target;

    ForwardingHandler(Object target) {
      this.target = target;
    }

    @Override
    public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args)
        throws Throwable {
      return method.invoke(target, args);
    }
  }

  /** A wrapper that hides its delegate behind a supplier: no field holds an environment. */
  static final class OpaqueHandler implements InvocationHandler {
    private final Supplier<ProcessingEnvironment> target;

    OpaqueHandler(ProcessingEnvironment env) {
      this.target = () -> env;
    }

    @Override
    public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args)
        throws Throwable {
      return method.invoke(target.get(), args);
    }
  }

  /** Runs the real processor with an environment wrapped as a build tool would. */
  static final class Wrapping extends AbstractProcessor {
    private final CookieRegistryProcessor processor = new CookieRegistryProcessor();
    private final Function<ProcessingEnvironment, ProcessingEnvironment> wrap;

    Wrapping(Function<ProcessingEnvironment, ProcessingEnvironment> wrap) {
      this.wrap = wrap;
    }

    @Override public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      processor.init(wrap.apply(env));
    }
    @Override public Set<String> getSupportedAnnotationTypes() { return Set.of("*"); }
    @Override public SourceVersion getSupportedSourceVersion() { return SourceVersion.latestSupported(); }
    @Override public boolean process(Set<? extends TypeElement> set, RoundEnvironment round) {
      return processor.process(set, round);
    }
  }

  private static ProcessingEnvironment proxy(InvocationHandler handler) {
    return (ProcessingEnvironment) Proxy.newProxyInstance(JavacAccessTest.class.getClassLoader(),
        new Class<?>[] {ProcessingEnvironment.class}, handler);
  }

  private static Compilation compileWrapped(
      Function<ProcessingEnvironment, ProcessingEnvironment> wrap) {
    return javac().withProcessors(new Wrapping(wrap)).compile(WRITER);
  }

  @Test
  void seesThroughAFieldWrapper() {
    assertThat(compileWrapped(FieldWrapper::new)).hadErrorContaining("cookie 'visitor_uid'");
  }

  @Test
  void seesThroughAProxyAndNestedWrappers() {
    assertThat(compileWrapped(env -> proxy(new ForwardingHandler(new FieldWrapper(env)))))
        .hadErrorContaining("cookie 'visitor_uid'");
  }

  @Test
  void unknownWrapperWarnsOnceAndStillGenerates() {
    Compilation compilation = compileWrapped(env -> proxy(new OpaqueHandler(env)));
    assertThat(compilation).succeeded();
    assertEquals(1, messages(compilation, "write-check-unavailable").size());
    assertThat(compilation).hadWarningContaining("[cookieregistry:write-check-unavailable] the"
        + " cookie write check did not run");
    assertEquals(1, registryClasses(compilation));
  }

  @Test
  void procOnlyGeneratesWithoutChecking() {
    Compilation compilation = javac().withProcessors(new CookieRegistryProcessor())
        .withOptions("-proc:only").compile(WRITER);
    assertThat(compilation).succeeded();
    assertEquals(0, messages(compilation, "undeclared").size());
    assertEquals(1, registryClasses(compilation));
  }
}
