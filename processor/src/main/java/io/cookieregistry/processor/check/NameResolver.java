package io.cookieregistry.processor.check;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import io.cookieregistry.processor.check.CookieNameValue.Accepted;
import io.cookieregistry.processor.check.CookieNameValue.Constant;
import io.cookieregistry.processor.check.CookieNameValue.Prefix;
import io.cookieregistry.runtime.internal.SetCookieHeaders;
import io.cookieregistry.runtime.internal.SetCookieSpace;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Works out the cookie name of an argument from the attributed tree: constant expressions as javac
 * folds them (constants of any class, also read from class files), a constant prefix concatenated
 * with a run-time part, and {@code @CookieName} parameters and fields, which are accepted.
 */
final class NameResolver {

  private final Trees trees;
  private final CookieNameMembers members;
  private final Locals locals;
  private final HeaderParts headerParts;
  private final ConstantFolder folder;

  NameResolver(Trees trees, CookieNameMembers members) {
    this.trees = trees;
    this.members = members;
    this.locals = new Locals(trees);
    this.headerParts = new HeaderParts(trees, locals);
    this.folder = new ConstantFolder(trees);
  }

  /** The name that the expression at {@code path} evaluates to, as far as the compiler knows. */
  CookieNameValue resolve(TreePath path) {
    Object constant = folder.fold(path);
    if (constant != null) {
      return new Constant(String.valueOf(constant));
    }
    Tree tree = path.getLeaf();
    if (tree instanceof ParenthesizedTree p) {
      return resolve(new TreePath(path, p.getExpression()));
    }
    if (tree instanceof TypeCastTree c) {
      return resolve(new TreePath(path, c.getExpression()));
    }
    if (tree instanceof BinaryTree b && tree.getKind() == Tree.Kind.PLUS && isString(path)) {
      return concatenate(resolve(new TreePath(path, b.getLeftOperand())),
          resolve(new TreePath(path, b.getRightOperand())));
    }
    if (tree instanceof ArrayAccessTree a) {
      // An element of a @CookieName varargs or array parameter is as checked as the array.
      CookieNameValue array = resolve(new TreePath(path, a.getExpression()));
      return array instanceof Accepted ? array : CookieNameValue.DYNAMIC;
    }
    if (tree.getKind() == Tree.Kind.IDENTIFIER || tree.getKind() == Tree.Kind.MEMBER_SELECT) {
      Element element = trees.getElement(path);
      if (element instanceof VariableElement variable) {
        if (members.carriesName(variable)) {
          return CookieNameValue.ACCEPTED;
        }
        TreePath initializer = locals.initializer(path);
        if (initializer != null) {
          return resolve(initializer);
        }
      }
    }
    if (tree instanceof MethodInvocationTree call
        && trees.getElement(new TreePath(path, call.getMethodSelect())) instanceof ExecutableElement m
        && members.carriesName(m)) {
      return CookieNameValue.ACCEPTED; // a @CookieName method, or a getter of such a field
    }
    return CookieNameValue.DYNAMIC;
  }

  /** The branch a conditional takes when its condition is a constant; empty when it is not. */
  Optional<ExpressionTree> liveBranch(ConditionalExpressionTree choice, TreePath path) {
    Object condition = folder.fold(new TreePath(path, choice.getCondition()));
    return condition instanceof Boolean live
        ? Optional.of(live ? choice.getTrueExpression() : choice.getFalseExpression())
        : Optional.empty();
  }

  private static CookieNameValue concatenate(CookieNameValue left, CookieNameValue right) {
    if (left instanceof Constant l) {
      if (right instanceof Constant r) {
        return new Constant(l.name() + r.name());
      }
      return l.name().isEmpty() ? CookieNameValue.DYNAMIC : new Prefix(l.name());
    }
    return left instanceof Prefix ? left : CookieNameValue.DYNAMIC;
  }

  private boolean isString(TreePath path) {
    TypeMirror type = trees.getTypeMirror(path);
    return type instanceof DeclaredType declared
        && declared.asElement() instanceof TypeElement t
        && t.getQualifiedName().contentEquals("java.lang.String");
  }

  /**
   * The cookie name in a {@code Set-Cookie} header value, read as the runtime guard reads it (RFC
   * 6265bis §5.6): the name-value pair ends at the first {@code ;}, and the name is its text
   * before the first {@code =}. A pair without {@code =} has no name (the guard refuses it), and a
   * value whose constant part ends before either has a run-time name.
   */
  CookieNameValue resolveHeaderValue(TreePath path) {
    List<HeaderParts.Part> parts = headerParts.of(path);
    StringBuilder text = new StringBuilder();
    int i = 0;
    CookieNameValue first = null; // the value of the first part that is not constant
    for (; i < parts.size(); i++) {
      first = value(parts.get(i));
      if (!(first instanceof Constant c)) {
        break;
      }
      text.append(c.name());
    }
    if (i == parts.size()) {
      return nameIn(text.toString(), true);
    }
    if (!SetCookieSpace.trim(text.toString()).isEmpty()) {
      return nameIn(text.toString(), false);
    }
    // The value starts with a run-time part: it is the name if a checked one and "=" follows.
    StringBuilder after = new StringBuilder();
    for (int j = i + 1; j < parts.size() && value(parts.get(j)) instanceof Constant c; j++) {
      after.append(c.name());
    }
    return first instanceof Accepted
        && SetCookieSpace.trim(after.toString()).startsWith("=")
        ? CookieNameValue.ACCEPTED : CookieNameValue.DYNAMIC;
  }

  /** Where a header value's name stands: the first of its parts written in the source. */
  Tree headerNameAt(TreePath path) {
    for (HeaderParts.Part part : headerParts.of(path)) {
      if (!part.isText()) {
        return part.path().getLeaf();
      }
    }
    return path.getLeaf();
  }

  /** The expression a local variable read at {@code path} was given, followed to its start. */
  TreePath origin(TreePath path) {
    TreePath initializer = locals.initializer(path);
    return initializer == null ? path : origin(initializer);
  }

  /** The expression that a header value's name comes from when it is not constant, or null. */
  TreePath headerNameSource(TreePath path) {
    for (HeaderParts.Part part : headerParts.of(path)) {
      if (!(value(part) instanceof Constant)) {
        return part.path();
      }
    }
    return null;
  }

  private CookieNameValue value(HeaderParts.Part part) {
    return part.isText() ? new Constant(part.text()) : resolve(part.path());
  }

  /** The name in the constant start of a header value; {@code complete} if that is all of it. */
  private static CookieNameValue nameIn(String text, boolean complete) {
    int semicolon = text.indexOf(';');
    String pair = semicolon < 0 ? text : text.substring(0, semicolon);
    int equals = pair.indexOf('=');
    if (equals >= 0) {
      return new Constant(SetCookieSpace.trim(pair.substring(0, equals)));
    }
    if (complete || semicolon >= 0) {
      return new Constant("");
    }
    String start = SetCookieSpace.trim(pair);
    return start.isEmpty() ? CookieNameValue.DYNAMIC : new Prefix(start);
  }

  /**
   * Whether the expression names the {@code Set-Cookie} header, by the runtime's one rule ({@link
   * SetCookieHeaders}): a constant (Spring's {@code HttpHeaders.SET_COOKIE}), a field or enum
   * constant called {@code SET_COOKIE} whatever its type (Netty's {@code AsciiString}, also as
   * {@code .toString()}, Jetty's {@code HttpHeader}, Helidon's {@code HeaderName}, Undertow's
   * {@code HttpString}), or such a value made from a constant ({@code
   * HttpString.tryFromString("Set-Cookie")}).
   */
  boolean isSetCookieHeader(TreePath path) {
    CookieNameValue name = resolve(path);
    if (name instanceof Constant c) {
      return SetCookieHeaders.isSetCookie(c.name());
    }
    Tree tree = path.getLeaf();
    if (tree.getKind() == Tree.Kind.IDENTIFIER || tree.getKind() == Tree.Kind.MEMBER_SELECT) {
      Element element = trees.getElement(path);
      return element != null && (element.getKind() == ElementKind.FIELD
          || element.getKind() == ElementKind.ENUM_CONSTANT)
          && SetCookieHeaders.isSetCookie(element.getSimpleName().toString().replace('_', '-'));
    }
    if (tree instanceof MethodInvocationTree m && m.getArguments().isEmpty()
        && m.getMethodSelect() instanceof MemberSelectTree select
        && select.getIdentifier().contentEquals("toString")) {
      return isSetCookieHeader(new TreePath(new TreePath(path, select), select.getExpression()));
    }
    List<? extends ExpressionTree> arguments = tree instanceof MethodInvocationTree m
        ? m.getArguments() : tree instanceof NewClassTree n ? n.getArguments() : List.of();
    return arguments.size() == 1 && isSetCookieHeader(new TreePath(path, arguments.get(0)));
  }

  /**
   * Accepts a loop variable that walks a {@code @CookieName} array, as in {@code for (String n :
   * names)}: each of its values was checked at the calls.
   */
  void acceptLoopVariable(Element variable, TreePath iterated) {
    if (variable != null && resolve(iterated) instanceof Accepted) {
      members.accept(variable);
    }
  }
}
