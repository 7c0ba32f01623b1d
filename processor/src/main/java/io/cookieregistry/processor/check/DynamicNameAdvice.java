package io.cookieregistry.processor.check;

import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * The one fix that makes a run-time cookie name checkable where it is written: mark the parameter,
 * the field or the method it comes from, when that is in this compilation's sources and not
 * marked yet; otherwise say what cannot be marked here and why.
 */
final class DynamicNameAdvice {
  /** The names javac gives parameters of a class file compiled without {@code -parameters}. */
  private static final Pattern SYNTHETIC = Pattern.compile("arg\\d+");

  private final Trees trees;
  private final CookieNameMembers members;
  private final NameResolver names;

  DynamicNameAdvice(Trees trees, CookieNameMembers members, NameResolver names) {
    this.trees = trees;
    this.members = members;
    this.names = names;
  }

  /** The fix for the run-time name at {@code path} (a header value when {@code header}). */
  String fix(TreePath path, boolean header) {
    TreePath source = header ? names.headerNameSource(path) : names.origin(path);
    if (source == null) {
      return general();
    }
    Tree leaf = source.getLeaf();
    while (leaf instanceof ParenthesizedTree || leaf instanceof TypeCastTree) {
      leaf = leaf instanceof ParenthesizedTree p ? p.getExpression()
          : ((TypeCastTree) leaf).getExpression();
      source = new TreePath(source, leaf);
    }
    if (derivedFromCheckedName(source)) {
      return "the name is computed at run time from a @CookieName value; pass that value"
          + " unchanged, or start the name with a constant prefix covered by a declared pattern";
    }
    Element element = leaf instanceof MethodInvocationTree call
        ? trees.getElement(new TreePath(source, call.getMethodSelect())) : trees.getElement(source);
    if (element instanceof ExecutableElement method && leaf instanceof MethodInvocationTree) {
      return !members.isOwn(method)
          ? WriteScanner.owned(method) + "() comes from a dependency that does not mark it"
              + " @CookieName; write a constant name here, or suppress the warning"
          : "mark the method " + WriteScanner.owned(method) + "() with @CookieName: the values"
              + " it returns are then checked instead";
    }
    if (element instanceof VariableElement variable) {
      switch (variable.getKind()) {
        case PARAMETER:
          if (variable.getEnclosingElement() instanceof ExecutableElement method
              && method.getParameters().contains(variable)) {
            return "mark the parameter '" + variable.getSimpleName() + "' of "
                + WriteScanner.owned(method) + " with @CookieName: every call of it is then"
                + " checked instead";
          }
          break;
        case FIELD:
          return !members.isOwn(variable)
              ? WriteScanner.owned(variable) + " belongs to a dependency that does not mark it"
                  + " @CookieName; write a constant name here, or suppress the warning"
              : "mark the field " + WriteScanner.owned(variable) + " with @CookieName: its"
                  + " initializer and every assignment are then checked instead";
        default:
          return "give the variable '" + variable.getSimpleName() + "' a constant, or take the"
              + " name from a @CookieName parameter, field or method";
      }
    }
    return general();
  }

  private static String general() {
    return "use a constant, or take the name from a @CookieName parameter, field or method";
  }

  /** Whether the expression reads a name that is checked where it is set. */
  private boolean derivedFromCheckedName(TreePath path) {
    boolean[] found = {false};
    new LazyPathScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree node, Void unused) {
        Element e = trees.getElement(getCurrentPath());
        found[0] |= e instanceof VariableElement && members.carriesName(e);
        return null;
      }
    }.scan(path, null);
    return found[0];
  }

  /**
   * How a diagnostic names a helper's parameter: by its name, or, for a class file compiled
   * without {@code -parameters} (javac then calls it {@code arg0}), by its position.
   */
  String parameterName(ExecutableElement method, int index) {
    String name = method.getParameters().get(index).getSimpleName().toString();
    return !members.isOwn(method) && SYNTHETIC.matcher(name).matches()
        ? "parameter " + (index + 1) : name;
  }
}
