package io.cookieregistry.processor.check;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What looks like a cookie write and is not: the requests and assertions of tests and clients
 * ({@link SinkCatalogue#NOT_WRITES}: Netty's {@code ClientCookieEncoder}, a {@code
 * java.net.CookieStore}, MockMvc, RestAssured, …), the text of a cookie object made and checked
 * elsewhere ({@link SinkCatalogue#COOKIE_TEXTS}), and a cookie object never handed on at all (a
 * template). Such a cookie's name need not be declared.
 *
 * <p>The object is followed within the block that makes it: handed straight to a request-side
 * method, or kept in a local variable whose every use is a setter or getter on it or such a
 * method. Any other use (added to a response, returned, stored, passed to any other method)
 * makes it a write, so an object the check cannot follow is always checked.
 */
final class RequestSide {
  private final Trees trees;
  private final SinkMatcher cookieTexts;
  private final SinkMatcher notWrites;
  private final Locals locals;

  RequestSide(Trees trees, Elements elements, Types types) {
    this.trees = trees;
    this.cookieTexts = new SinkMatcher(SinkCatalogue.cookieTexts(), elements, types);
    this.notWrites = new SinkMatcher(SinkCatalogue.notWrites(), elements, types);
    this.locals = new Locals(trees);
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
        && !(((DeclaredType) e.getReturnType()).asElement() instanceof TypeElement t
            && t.getQualifiedName().contentEquals("java.lang.String"));
  }

  private boolean usesStayOnRequestSide(Element local, TreePath block) {
    boolean[] escapes = {false};
    Name name = local.getSimpleName();
    new LazyPathScanner<Void, Void>() {
      /** A use of the variable has its name; only those are looked up, to see which it names. */
      @Override
      public Void visitIdentifier(IdentifierTree node, Void unused) {
        if (!escapes[0] && node.getName().equals(name)
            && local.equals(trees.getElement(getCurrentPath()))
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

  private boolean isConsumer(Element method) {
    return method instanceof ExecutableElement e && isNotAWrite(e);
  }

  /** A request or an assertion of a test (see {@link SinkCatalogue#NOT_WRITES}). */
  boolean isNotAWrite(ExecutableElement method) {
    return notWrites.match(method).isPresent();
  }

  /** Whether the current call is an argument (varargs too) of a request or an assertion. */
  boolean isArgumentOfNotAWrite(TreePath current) {
    TreePath path = current.getParentPath();
    while (path != null && (path.getLeaf() instanceof ParenthesizedTree
        || path.getLeaf() instanceof TypeCastTree || path.getLeaf() instanceof NewArrayTree)) {
      path = path.getParentPath();
    }
    if (path == null || !(path.getLeaf() instanceof MethodInvocationTree
        || path.getLeaf() instanceof NewClassTree)) {
      return false;
    }
    Tree call = path.getLeaf();
    Element method = trees.getElement(call instanceof MethodInvocationTree m
        ? new TreePath(path, m.getMethodSelect()) : path);
    return method instanceof ExecutableElement e && isNotAWrite(e);
  }

  /**
   * Whether a header value is a cookie object's text (see {@link SinkCatalogue#COOKIE_TEXTS}):
   * {@code cookie.toString()}, {@code String.valueOf(cookie)}, {@code "" + cookie}, an encoder's
   * result, or a local variable that holds one of these and is never assigned again.
   */
  boolean isCookieText(TreePath value) {
    Tree leaf = value.getLeaf();
    while (leaf instanceof ParenthesizedTree || leaf instanceof TypeCastTree) {
      leaf = leaf instanceof ParenthesizedTree p ? p.getExpression()
          : ((TypeCastTree) leaf).getExpression();
      value = new TreePath(value, leaf);
    }
    if (leaf instanceof IdentifierTree) {
      TreePath initializer = locals.initializer(value);
      return initializer != null && isCookieText(initializer);
    }
    if (leaf instanceof BinaryTree b && leaf.getKind() == Tree.Kind.PLUS) {
      TreePath left = new TreePath(value, b.getLeftOperand());
      TreePath right = new TreePath(value, b.getRightOperand());
      return isEmptyText(left) ? isCookieObjectOrText(right)
          : isEmptyText(right) && isCookieObjectOrText(left);
    }
    if (!(leaf instanceof MethodInvocationTree call)
        || !(trees.getElement(new TreePath(value, call.getMethodSelect()))
            instanceof ExecutableElement method)) {
      return false;
    }
    if (cookieTexts.match(method).isPresent()) {
      return true;
    }
    boolean textOf = call.getArguments().size() == 1
        && (isMethod(method, "java.lang.String", "valueOf")
            || isMethod(method, "java.util.Objects", "toString"));
    return textOf && toStringIsCookieText(
        trees.getTypeMirror(new TreePath(value, call.getArguments().get(0))));
  }

  private boolean isCookieObjectOrText(TreePath value) {
    return isCookieText(value) || toStringIsCookieText(trees.getTypeMirror(value));
  }

  private static boolean isEmptyText(TreePath value) {
    return value.getLeaf() instanceof LiteralTree literal && "".equals(literal.getValue());
  }

  /** Whether the {@code toString()} that objects of {@code type} run is a cookie's text. */
  private boolean toStringIsCookieText(TypeMirror type) {
    // The nearest class that declares it: walking up is far cheaper than all members of a type.
    for (TypeMirror t = type; t != null && t.getKind() == TypeKind.DECLARED;
        t = ((TypeElement) ((DeclaredType) t).asElement()).getSuperclass()) {
      TypeElement declared = (TypeElement) ((DeclaredType) t).asElement();
      for (ExecutableElement m : ElementFilter.methodsIn(declared.getEnclosedElements())) {
        if (m.getSimpleName().contentEquals("toString") && m.getParameters().isEmpty()) {
          return cookieTexts.match(m).isPresent();
        }
      }
    }
    return false;
  }

  private static boolean isMethod(ExecutableElement method, String owner, String name) {
    return method.getSimpleName().contentEquals(name)
        && method.getEnclosingElement() instanceof TypeElement t
        && t.getQualifiedName().contentEquals(owner);
  }
}

