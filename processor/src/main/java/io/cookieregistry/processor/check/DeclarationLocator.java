package io.cookieregistry.processor.check;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import io.cookieregistry.processor.check.CookieNameValue.Constant;
import io.cookieregistry.processor.declare.Declaration;
import java.util.List;

/**
 * Finds the {@code name = "…"} attribute of a declaration in the source. javac cannot map the
 * annotation mirrors of a repeated {@code @DeclaredCookie} (they live in a synthesised container)
 * back to their trees, so we look for the attribute whose constant is the declared name.
 */
final class DeclarationLocator {
  private final Trees trees;
  private final NameResolver names;

  DeclarationLocator(Trees trees, NameResolver names) {
    this.trees = trees;
    this.names = names;
  }

  /** Where the declaration's name stands, or its element, or {@code null} when not in source. */
  TreePath locate(Declaration declaration) {
    TreePath element = trees.getPath(declaration.source().element());
    if (element == null) {
      return null;
    }
    for (TreePath annotation : annotations(element)) {
      TreePath found = nameAttribute(annotation, declaration.cookie().name());
      if (found != null) {
        return found;
      }
    }
    TreePath exact = trees.getPath(declaration.source().element(), declaration.source().mirror(),
        declaration.source().value("name"));
    return exact != null ? exact : element;
  }

  private static List<TreePath> annotations(TreePath element) {
    Tree leaf = element.getLeaf();
    List<? extends AnnotationTree> found;
    if (leaf instanceof CompilationUnitTree unit) {
      found = unit.getPackageAnnotations();
    } else {
      ModifiersTree modifiers = leaf instanceof ClassTree c ? c.getModifiers()
          : leaf instanceof MethodTree m ? m.getModifiers()
          : leaf instanceof VariableTree v ? v.getModifiers() : null;
      if (modifiers == null) {
        return List.of();
      }
      element = new TreePath(element, modifiers);
      found = modifiers.getAnnotations();
    }
    TreePath parent = element;
    return found.stream().map(a -> new TreePath(parent, a)).toList();
  }

  private TreePath nameAttribute(TreePath annotation, String name) {
    TreePath[] result = new TreePath[1];
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitAssignment(AssignmentTree node, Void unused) {
        if (result[0] == null && node.getVariable() instanceof IdentifierTree id
            && id.getName().contentEquals("name")) {
          TreePath value = new TreePath(getCurrentPath(), node.getExpression());
          if (names.resolve(value) instanceof Constant c && c.name().equals(name)) {
            result[0] = value;
          }
        }
        return super.visitAssignment(node, unused);
      }
    }.scan(annotation, null);
    return result[0];
  }
}
