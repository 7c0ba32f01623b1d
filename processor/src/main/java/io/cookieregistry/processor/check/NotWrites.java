package io.cookieregistry.processor.check;

import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What looks like a cookie write and is not one: the requests and assertions of tests ({@link
 * SinkCatalogue#NOT_WRITES}), and a header whose value is the text of a cookie object made, and
 * checked, elsewhere ({@link SinkCatalogue#COOKIE_TEXTS}).
 */
final class NotWrites {
  private final Trees trees;
  private final Elements elements;
  private final SinkMatcher requestsAndAssertions;
  private final SinkMatcher cookieTexts;

  NotWrites(Trees trees, Elements elements, Types types) {
    this.trees = trees;
    this.elements = elements;
    this.requestsAndAssertions = new SinkMatcher(SinkCatalogue.notWrites(), elements, types);
    this.cookieTexts = new SinkMatcher(SinkCatalogue.cookieTexts(), elements, types);
  }

  /** Whether the method builds a request or asserts on a response of a test. */
  boolean isRequestOrAssertion(ExecutableElement method) {
    return matches(requestsAndAssertions, method);
  }

  /** Whether the call at {@code call} is an argument (varargs too) of a request or assertion. */
  boolean isArgumentOfRequestOrAssertion(TreePath call) {
    TreePath path = call.getParentPath();
    while (path != null && (path.getLeaf() instanceof ParenthesizedTree
        || path.getLeaf() instanceof TypeCastTree || path.getLeaf() instanceof NewArrayTree)) {
      path = path.getParentPath();
    }
    if (path == null) {
      return false;
    }
    Element method = path.getLeaf() instanceof MethodInvocationTree m
        ? trees.getElement(new TreePath(path, m.getMethodSelect()))
        : path.getLeaf() instanceof NewClassTree ? trees.getElement(path) : null;
    return method instanceof ExecutableElement e && isRequestOrAssertion(e);
  }

  /**
   * Whether a header value is a cookie object's text: {@code cookie.toString()}, {@code
   * String.valueOf(cookie)}, {@code Objects.toString(cookie)}, an encoder's result.
   */
  boolean isCookieText(TreePath value) {
    Tree leaf = value.getLeaf();
    while (leaf instanceof ParenthesizedTree || leaf instanceof TypeCastTree) {
      leaf = leaf instanceof ParenthesizedTree p ? p.getExpression()
          : ((TypeCastTree) leaf).getExpression();
      value = new TreePath(value, leaf);
    }
    if (!(leaf instanceof MethodInvocationTree call)
        || !(trees.getElement(new TreePath(value, call.getMethodSelect()))
            instanceof ExecutableElement method)) {
      return false;
    }
    if (matches(cookieTexts, method)) {
      return true;
    }
    boolean textOf = call.getArguments().size() == 1
        && (isMethod(method, "java.lang.String", "valueOf")
            || isMethod(method, "java.util.Objects", "toString"));
    return textOf && toStringIsCookieText(
        trees.getTypeMirror(new TreePath(value, call.getArguments().get(0))));
  }

  private boolean toStringIsCookieText(TypeMirror type) {
    if (type == null || type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    TypeElement declared = (TypeElement) ((DeclaredType) type).asElement();
    for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(declared))) {
      if (m.getSimpleName().contentEquals("toString") && m.getParameters().isEmpty()) {
        return matches(cookieTexts, m);
      }
    }
    return false;
  }

  private static boolean matches(SinkMatcher matcher, ExecutableElement method) {
    return matcher.mayMatch(method.getSimpleName().toString()) && matcher.match(method).isPresent();
  }

  private static boolean isMethod(ExecutableElement method, String owner, String name) {
    return method.getSimpleName().contentEquals(name)
        && method.getEnclosingElement() instanceof TypeElement t
        && t.getQualifiedName().contentEquals(owner);
  }
}
