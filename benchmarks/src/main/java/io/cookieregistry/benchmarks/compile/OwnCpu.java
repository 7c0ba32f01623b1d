package io.cookieregistry.benchmarks.compile;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The CPU time of the compiling thread spent in a processor's own code within one compilation:
 * in its {@code init} and {@code process} (declarations, registry, policy, with what javac does
 * for them, such as its {@code Filer}), and in the task listener it adds (the write check).
 *
 * <p>The listener is timed by two of ours around it: javac calls its task listeners in the order
 * they were added, so one added before the compilation starts and one added right after the
 * processor's {@code init} see the clock just before and just after the processor's. Set it on
 * the task with {@link #attach} before calling it. Reading the thread's clock is a system call
 * (1.5 µs on the machine of BENCHMARKS.md), and a compilation of 1,000 classes has some 12,000
 * events, most of which the listener only looks at: each interval holds one read, measured
 * once ({@link #READ_NANOS}) and taken off. What this leaves out is what javac does differently
 * because a processor runs at all, which the floor (a no-op processor) pays as well, and the
 * garbage collector's work on another thread.
 */
final class OwnCpu implements Processor {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  /** The median of back-to-back reads of the thread's CPU clock: what one interval adds. */
  private static final long READ_NANOS = calibrate();

  private final ThreadMXBean threads = THREADS;
  private final Processor processor;
  private long processing;
  private long checking;
  private long listenerStart = -1;
  private int intervals;

  OwnCpu(Processor processor) {
    this.processor = processor;
  }

  /** Times {@code task}'s processor and its listener; call before the task runs. */
  void attach(JavacTask task) {
    task.setProcessors(List.of(this));
    task.addTaskListener(new Clock(true));
  }

  /** Nanoseconds of this thread's CPU in the processor's {@code init} and {@code process}. */
  long processingNanos() {
    return processing;
  }

  /** Nanoseconds of this thread's CPU in the listener the processor added. */
  long checkingNanos() {
    return checking - intervals * READ_NANOS;
  }

  private static long calibrate() {
    long[] deltas = new long[2001];
    for (int i = 0; i < deltas.length; i++) {
      long first = THREADS.getCurrentThreadCpuTime();
      deltas[i] = THREADS.getCurrentThreadCpuTime() - first;
    }
    Arrays.sort(deltas);
    return deltas[deltas.length / 2];
  }

  @Override
  public void init(ProcessingEnvironment env) {
    long start = threads.getCurrentThreadCpuTime();
    processor.init(env);
    processing += threads.getCurrentThreadCpuTime() - start;
    JavacTask.instance(env).addTaskListener(new Clock(false));
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    long start = threads.getCurrentThreadCpuTime();
    try {
      return processor.process(annotations, round);
    } finally {
      processing += threads.getCurrentThreadCpuTime() - start;
    }
  }

  @Override
  public Set<String> getSupportedOptions() {
    return processor.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return processor.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return processor.getSupportedSourceVersion();
  }

  @Override
  public Iterable<? extends Completion> getCompletions(Element element,
      AnnotationMirror annotation, ExecutableElement member, String userText) {
    return processor.getCompletions(element, annotation, member, userText);
  }

  /** Reads the clock before (the first listener) or after (the last) the processor's listener. */
  private final class Clock implements TaskListener {
    private final boolean before;

    Clock(boolean before) {
      this.before = before;
    }

    @Override
    public void started(TaskEvent event) {
      tick();
    }

    @Override
    public void finished(TaskEvent event) {
      tick();
    }

    private void tick() {
      long now = threads.getCurrentThreadCpuTime();
      if (before) {
        listenerStart = now;
      } else if (listenerStart >= 0) {
        checking += now - listenerStart;
        intervals++;
        listenerStart = -1;
      }
    }
  }
}
