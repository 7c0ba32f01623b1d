package io.cookieregistry.benchmarks.compile;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;

/**
 * About the least that a check of cookie writes in attributed code must do: the no-op processor
 * with, like the Cookie Registry processor, a task listener that walks every class javac has
 * analysed, asking for the method each call and constructor call resolves to. It decides
 * nothing. Its cost, measured like ours ({@link OwnCpu}), is the floor of the write check as
 * designed, a second walk of every tree after attribution; a little above it, since {@link
 * TreePathScanner} makes a path for every tree where the check makes them only where it looks.
 */
final class WalkFloor extends NoOpProcessor {
  /** Calls resolved: the walk's answers are used, so the JIT cannot drop the lookups. */
  private long resolved;

  /** How many calls the walks resolved; none means the walk measured nothing. */
  long resolved() {
    return resolved;
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    Trees trees = Trees.instance(env);
    JavacTask.instance(env).addTaskListener(new TaskListener() {
      @Override
      public void finished(TaskEvent event) {
        if (event.getKind() == TaskEvent.Kind.ANALYZE && event.getCompilationUnit() != null
            && event.getTypeElement() != null) {
          walk(trees, event);
        }
      }
    });
  }

  private void walk(Trees trees, TaskEvent event) {
    for (Tree declared : event.getCompilationUnit().getTypeDecls()) {
      if (declared instanceof ClassTree type
          && type.getSimpleName().equals(event.getTypeElement().getSimpleName())) {
        new TreePathScanner<Void, Void>() {
          @Override
          public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
            count(trees.getElement(new TreePath(getCurrentPath(), node.getMethodSelect())));
            return super.visitMethodInvocation(node, unused);
          }

          @Override
          public Void visitNewClass(NewClassTree node, Void unused) {
            count(trees.getElement(getCurrentPath()));
            return super.visitNewClass(node, unused);
          }
        }.scan(new TreePath(new TreePath(event.getCompilationUnit()), declared), null);
      }
    }
  }

  private void count(Element element) {
    if (element != null) {
      resolved++;
    }
  }
}
