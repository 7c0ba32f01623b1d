package io.cookieregistry.processor.check;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/**
 * Cookie objects that never reach a response: made for an outgoing request (Netty's {@code
 * ClientCookieEncoder}, a {@code java.net.CookieStore} of an HTTP client) or never handed on at
 * all (a template). Such a cookie is not a write, and its name need not be declared.
 *
 * <p>The object is followed within the block that makes it: handed straight to a request-side
 * method, or kept in a local variable whose every use is a setter or getter on it or such a
 * method. Any other use (added to a response, returned, stored, passed to any other method)
 * makes it a write, so an object the check cannot follow is always checked.
 */
final class RequestSide {
  /** Methods that take a cookie object into a request or a client's cookie store. */
  static final Set<String> CONSUMERS = Set.of(
      "io.netty.handler.codec.http.cookie.ClientCookieEncoder.encode",
      "java.net.CookieStore.add");

  private final Trees trees;

  RequestSide(Trees trees) {
    this.trees = trees;
  }

  /** Whether the cookie made at {@code creation} stays on the request side. */
  boolean isRequestOnly(TreePath creation) {
    TreePath made = outermost(creation);
    TreePath parent = made.getParentPath();
    if (parent == null) {
      return false;
    }
    Tree holder = parent.getLeaf();
    if (holder instanceof MethodInvocationTree call && call.getArguments().contains(made.getLeaf())) {
      return isConsumer(trees.getElement(new TreePath(parent, call.getMethodSelect())));
    }
    if (holder instanceof VariableTree variable && variable.getInitializer() == made.getLeaf()
        && parent.getParentPath() != null && parent.getParentPath().getLeaf() instanceof BlockTree) {
      Element local = trees.getElement(parent);
      return local != null && local.getKind() == ElementKind.LOCAL_VARIABLE
          && usesStayOnRequestSide(local, parent.getParentPath());
    }
    return false;
  }

  /** The creation with the parentheses, casts and fluent calls on it ({@code .build()}). */
  private TreePath outermost(TreePath path) {
    while (path.getParentPath() != null) {
      Tree parent = path.getParentPath().getLeaf();
      if (parent instanceof ParenthesizedTree || parent instanceof TypeCastTree) {
        path = path.getParentPath();
      } else if (parent instanceof MemberSelectTree && path.getParentPath().getParentPath() != null
          && path.getParentPath().getParentPath().getLeaf() instanceof MethodInvocationTree call
          && call.getMethodSelect() == parent && returnsObject(path.getParentPath())) {
        path = path.getParentPath().getParentPath();
      } else {
        break;
      }
    }
    return path;
  }

  private boolean returnsObject(TreePath select) {
    Element method = trees.getElement(select);
    return method instanceof ExecutableElement e
        && e.getReturnType().getKind() == TypeKind.DECLARED
        && !e.getReturnType().toString().equals("java.lang.String");
  }

  private boolean usesStayOnRequestSide(Element local, TreePath block) {
    boolean[] escapes = {false};
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree node, Void unused) {
        if (!escapes[0] && local.equals(trees.getElement(getCurrentPath()))
            && !staysOnRequestSide(getCurrentPath())) {
          escapes[0] = true;
        }
        return null;
      }
    }.scan(block, null);
    return !escapes[0];
  }

  /** A use that is a setter or getter on the cookie, or hands it to a request-side method. */
  private boolean staysOnRequestSide(TreePath use) {
    TreePath at = use;
    while (at.getParentPath().getLeaf() instanceof ParenthesizedTree) {
      at = at.getParentPath();
    }
    TreePath parent = at.getParentPath();
    if (parent.getLeaf() instanceof MethodInvocationTree call
        && call.getArguments().contains(at.getLeaf())) {
      return isConsumer(trees.getElement(new TreePath(parent, call.getMethodSelect())));
    }
    if (parent.getLeaf() instanceof MemberSelectTree select && parent.getParentPath() != null
        && parent.getParentPath().getLeaf() instanceof MethodInvocationTree call
        && call.getMethodSelect() == select) {
      String name = select.getIdentifier().toString();
      boolean accessor = name.startsWith("set") || name.startsWith("get")
          || name.startsWith("is") || name.startsWith("has");
      Tree around = parent.getParentPath().getParentPath().getLeaf();
      return accessor && (around instanceof ExpressionStatementTree
          || !returnsObject(parent));
    }
    return false;
  }

  private static boolean isConsumer(Element method) {
    return method instanceof ExecutableElement e
        && e.getEnclosingElement() instanceof TypeElement owner
        && CONSUMERS.contains(owner.getQualifiedName() + "." + e.getSimpleName());
  }
}
