package io.cookieregistry.processor.check;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;

/**
 * The value of a local variable that is never assigned after its declaration: {@code String
 * header = NAME + "=" + value; response.addHeader("Set-Cookie", header);} writes {@code NAME}.
 * The declaration is looked for in the blocks around the use; a variable assigned again anywhere
 * in its block has no single value, and is left alone.
 */
final class Locals {
  private final Trees trees;

  Locals(Trees trees) {
    this.trees = trees;
  }

  /** The initializer of the effectively final local variable read at {@code use}, or null. */
  TreePath initializer(TreePath use) {
    Element variable = trees.getElement(use);
    if (variable == null || variable.getKind() != ElementKind.LOCAL_VARIABLE) {
      return null;
    }
    for (TreePath p = use.getParentPath(); p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof BlockTree block) {
        for (StatementTree statement : block.getStatements()) {
          if (statement instanceof VariableTree declaration
              && declaration.getName().equals(variable.getSimpleName())
              && variable.equals(trees.getElement(new TreePath(p, statement)))) {
            ExpressionTree value = declaration.getInitializer();
            return value == null || assignedIn(p, variable) ? null
                : new TreePath(new TreePath(p, statement), value);
          }
        }
      }
      if (p.getLeaf().getKind() == Tree.Kind.METHOD || p.getLeaf().getKind() == Tree.Kind.CLASS
          || p.getLeaf().getKind() == Tree.Kind.LAMBDA_EXPRESSION) {
        return null;
      }
    }
    return null;
  }

  /**
   * The statement right after the declaration of the local variable read at {@code use}, when it
   * is an expression statement (a builder's first {@code append} chain, say); else null.
   */
  TreePath nextExpression(TreePath use) {
    TreePath initializer = initializer(use);
    if (initializer == null) {
      return null;
    }
    TreePath declaration = initializer.getParentPath();
    BlockTree block = (BlockTree) declaration.getParentPath().getLeaf();
    int at = block.getStatements().indexOf(declaration.getLeaf());
    return at + 1 < block.getStatements().size()
        && block.getStatements().get(at + 1) instanceof ExpressionStatementTree next
        ? new TreePath(new TreePath(declaration.getParentPath(), next), next.getExpression())
        : null;
  }

  private boolean assignedIn(TreePath block, Element variable) {
    boolean[] assigned = {false};
    new LazyPathScanner<Void, Void>() {
      @Override
      public Void visitAssignment(AssignmentTree node, Void unused) {
        check(node.getVariable());
        return super.visitAssignment(node, unused);
      }

      @Override
      public Void visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
        check(node.getVariable());
        return super.visitCompoundAssignment(node, unused);
      }

      @Override
      public Void visitUnary(UnaryTree node, Void unused) {
        check(node.getExpression());
        return super.visitUnary(node, unused);
      }

      private void check(ExpressionTree target) {
        assigned[0] |= variable.equals(trees.getElement(new TreePath(getCurrentPath(), target)));
      }
    }.scan(block, null);
    return assigned[0];
  }
}
