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
 * they were added, so one added right before the processor's {@code init} and one right after it
 * read the clock just before and just after the processor's. Both are added there, not before the
 * compilation: javac parses with comments and end positions kept once any listener is present,
 * which would make every way parse differently from a real build. An event
 * that javac fires while the processor's listener runs (a source it enters on demand) is part of
 * the outer interval; one fired while {@code process} runs is counted there only.
 *
 * <p>Reading the thread's clock is a system call (1.5 µs on the machine of BENCHMARKS.md), and a
 * compilation of 1,000 classes has some 12,000 events, most of which the listener only looks at:
 * each interval holds one read, measured before each compilation and taken off. Every way of the
 * harness with a processor gets the same clocks, so the reads cost them alike; {@code -proc:none}
 * has none. What this leaves out is what javac does differently because a processor runs at all,
 * which the floor (a no-op processor) pays as well, and the collector's work on other threads.
 */
final class OwnCpu implements Processor {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Processor processor;
  private long readNanos;
  private long processing;
  private long checking;
  private int intervals;
  /** Whether the clock after the processor's listener is in place. */
  private boolean armed;
  private boolean inProcessor;
  /** Listener calls under way: nested ones belong to the outermost. */
  private int depth;
  private long listenerStart;

  OwnCpu(Processor processor) {
    this.processor = processor;
  }

  /** Sets the processor, timed, on {@code task}; call before the task runs. */
  void attach(JavacTask task) {
    readNanos = calibrate();
    task.setProcessors(List.of(this));
  }

  /** Nanoseconds of this thread's CPU in the processor's {@code init} and {@code process}. */
  long processingNanos() {
    return processing;
  }

  /** Nanoseconds of this thread's CPU in the listener the processor added. */
  long checkingNanos() {
    return checking - intervals * readNanos;
  }

  /** The median of back-to-back reads of the thread's clock, read now that the JIT is warm. */
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
    JavacTask task = JavacTask.instance(env);
    task.addTaskListener(new Clock(true));
    long start = THREADS.getCurrentThreadCpuTime();
    inProcessor = true;
    try {
      processor.init(env);
    } finally {
      inProcessor = false;
      processing += THREADS.getCurrentThreadCpuTime() - start;
    }
    task.addTaskListener(new Clock(false));
    armed = true;
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    long start = THREADS.getCurrentThreadCpuTime();
    inProcessor = true;
    try {
      return processor.process(annotations, round);
    } finally {
      inProcessor = false;
      processing += THREADS.getCurrentThreadCpuTime() - start;
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
      long now = THREADS.getCurrentThreadCpuTime();
      if (!armed || inProcessor) {
        return;
      }
      if (before) {
        if (depth++ == 0) {
          listenerStart = now;
        }
      } else if (depth > 0 && --depth == 0) {
        checking += now - listenerStart;
        intervals++;
      }
    }
  }
}
