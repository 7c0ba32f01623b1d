package io.cookieregistry.processor.diagnostics;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Finds the source tree of the n-th repeated annotation on an element, and of one of its
 * attributes. javac maps an annotation mirror to its line only when the annotation is not
 * repeated; a repeated one hides in a container that javac made up and has no line of its own.
 * Uses the public {@code com.sun.source} API and is absent when the compiler is not javac.
 */
public final class AnnotationLocator {
  private final Trees trees;

  private AnnotationLocator(Trees trees) {
    this.trees = trees;
  }

  /** A locator for this compiler, or empty when it offers no syntax trees. */
  static Optional<AnnotationLocator> of(ProcessingEnvironment env) {
    try {
      return Optional.of(new AnnotationLocator(Trees.instance(env)));
    } catch (IllegalArgumentException | LinkageError e) {
      return Optional.empty();
    }
  }

  /** Where a diagnostic goes: a tree and its compilation unit. */
  public record Position(Tree tree, CompilationUnitTree unit) {}

  /**
   * The {@code index}-th annotation of type {@code annotationType} on the element, or its
   * attribute {@code attribute} when written explicitly.
   */
  Optional<Position> locate(Element element, String annotationType, int index, String attribute) {
    TreePath path = trees.getPath(element);
    if (path == null) {
      return Optional.empty();
    }
    int seen = 0;
    for (AnnotationTree annotation : annotationsOf(path)) {
      Element type = trees.getElement(new TreePath(path, annotation.getAnnotationType()));
      if (!(type instanceof TypeElement)
          || !((TypeElement) type).getQualifiedName().contentEquals(annotationType)) {
        continue;
      }
      if (seen++ == index) {
        return Optional.of(new Position(valueOf(annotation, attribute), path.getCompilationUnit()));
      }
    }
    return Optional.empty();
  }

  private static Tree valueOf(AnnotationTree annotation, String attribute) {
    for (ExpressionTree argument : annotation.getArguments()) {
      if (argument instanceof AssignmentTree) {
        AssignmentTree assignment = (AssignmentTree) argument;
        if (assignment.getVariable() instanceof IdentifierTree && ((IdentifierTree)
            assignment.getVariable()).getName().contentEquals(attribute)) {
          return assignment.getExpression();
        }
      }
    }
    return annotation;
  }

  private static List<? extends AnnotationTree> annotationsOf(TreePath path) {
    Tree leaf = path.getLeaf();
    if (leaf instanceof ClassTree) {
      return ((ClassTree) leaf).getModifiers().getAnnotations();
    }
    if (leaf instanceof MethodTree) {
      return ((MethodTree) leaf).getModifiers().getAnnotations();
    }
    if (leaf instanceof VariableTree) {
      return ((VariableTree) leaf).getModifiers().getAnnotations();
    }
    if (leaf instanceof CompilationUnitTree) {
      return ((CompilationUnitTree) leaf).getPackageAnnotations();
    }
    return List.of();
  }

  /** Prints a diagnostic at a position. */
  void print(javax.tools.Diagnostic.Kind kind, String message, Position position) {
    trees.printMessage(kind, message, position.tree(), position.unit());
  }
}
