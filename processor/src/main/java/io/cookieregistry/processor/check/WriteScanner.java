package io.cookieregistry.processor.check;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import io.cookieregistry.processor.diagnostics.Reporter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * One pass over an attributed top-level class (nested, local and anonymous classes, lambdas and
 * initialisers included) that finds every cookie write: catalogue sinks, {@code Set-Cookie}
 * headers, calls of {@code @CookieName} helpers, and values given to {@code @CookieName} fields.
 *
 * <p>Erroneous trees (missing types, unresolved methods) have no element and are skipped: javac has
 * already reported them.
 */
final class WriteScanner extends TreePathScanner<Void, Void> {
  private final Trees trees;
  private final Elements elements;
  private final SinkMatcher writes;
  private final SinkMatcher cookieTexts;
  private final SinkMatcher notWrites;
  private final NameResolver names;
  private final Consumer<Write> found;
  private final ConfiguredCookies configured;
  private CompilationUnitTree unit;

  WriteScanner(Trees trees, Elements elements, Types types, NameResolver names,
      Consumer<Write> found, ConfiguredCookies configured) {
    this.trees = trees;
    this.elements = elements;
    this.writes = new SinkMatcher(SinkCatalogue.standard(), elements, types);
    this.cookieTexts = new SinkMatcher(SinkCatalogue.cookieTexts(), elements, types);
    this.notWrites = new SinkMatcher(SinkCatalogue.notWrites(), elements, types);
    this.names = names;
    this.found = found;
    this.configured = configured;
  }

  /** Scans the class at {@code path}, a top-level class of {@code unit}. */
  void scanClass(CompilationUnitTree unit, TreePath path) {
    this.unit = unit;
    scan(path, null);
  }

  @Override
  public Void visitNewClass(NewClassTree node, Void unused) {
    if (trees.getElement(getCurrentPath()) instanceof ExecutableElement constructor) {
      checkCall(constructor, node.getArguments());
    }
    return super.visitNewClass(node, unused);
  }

  @Override
  public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
    ExpressionTree select = node.getMethodSelect();
    if (trees.getElement(new TreePath(getCurrentPath(), select))
        instanceof ExecutableElement method) {
      checkCall(method, node.getArguments());
    }
    return super.visitMethodInvocation(node, unused);
  }

  @Override
  public Void visitAssignment(AssignmentTree node, Void unused) {
    Element target = trees.getElement(new TreePath(getCurrentPath(), node.getVariable()));
    if (isCookieNameField(target)) {
      write(node.getExpression(), false, "the @CookieName field " + owned(target));
    }
    return super.visitAssignment(node, unused);
  }

  @Override
  public Void visitAnnotation(AnnotationTree node, Void unused) {
    if (trees.getElement(new TreePath(getCurrentPath(), node.getAnnotationType()))
        instanceof TypeElement type) {
      writes.annotation(type).ifPresent(this::start);
    }
    return super.visitAnnotation(node, unused);
  }

  @Override
  public Void visitVariable(VariableTree node, Void unused) {
    Element variable = trees.getElement(getCurrentPath());
    if (variable != null && variable.getKind() == ElementKind.PARAMETER) {
      writes.parameter(variable.asType()).ifPresent(this::start);
    }
    if (node.getInitializer() != null) {
      Element field = trees.getElement(getCurrentPath());
      if (isCookieNameField(field)) {
        write(node.getInitializer(), false, "the @CookieName field " + owned(field));
      }
    }
    return super.visitVariable(node, unused);
  }

  @Override
  public Void visitEnhancedForLoop(EnhancedForLoopTree node, Void unused) {
    TreePath loop = getCurrentPath();
    names.acceptLoopVariable(trees.getElement(new TreePath(loop, node.getVariable())),
        new TreePath(loop, node.getExpression()));
    return super.visitEnhancedForLoop(node, unused);
  }

  private boolean isCookieNameField(Element element) {
    return element != null && element.getKind() == ElementKind.FIELD
        && names.isCookieName(element);
  }

  private void checkCall(ExecutableElement method, List<? extends ExpressionTree> arguments) {
    if (writes.mayMatch(method.getSimpleName().toString()) && !isNotAWrite(method)
        && !isArgumentOfNotAWrite()) {
      writes.match(method).ifPresent(sink -> checkSink(sink, arguments));
    }
    List<? extends VariableElement> parameters = method.getParameters();
    for (int i = 0; i < parameters.size() && i < arguments.size(); i++) {
      if (names.isCookieName(parameters.get(i))) {
        checkHelperArguments(method, i, arguments);
      }
    }
  }

  private void checkSink(Sink sink, List<? extends ExpressionTree> arguments) {
    if (sink.configuration() != null) {
      configure(sink.configuration(), sink.display(), arguments);
    } else if (!sink.isHeader()) {
      if (sink.nameIndex() >= 0 && sink.nameIndex() < arguments.size()) {
        write(arguments.get(sink.nameIndex()), false, sink.display());
      }
    } else if (arguments.size() == 2 && names.isSetCookieHeader(
        new TreePath(getCurrentPath(), arguments.get(sink.nameIndex())))
        && !isCookieText(new TreePath(getCurrentPath(), arguments.get(sink.valueIndex())))) {
      write(arguments.get(sink.valueIndex()), true, "a Set-Cookie header " + sink.display());
    }
  }

  /** A call that configures a framework's cookie: names it, hands it over, or starts it. */
  private void configure(Sink.Configuration row, String sink,
      List<? extends ExpressionTree> arguments) {
    switch (row.effect()) {
      case NAMES -> {
        configured.named(row.cookie());
        write(arguments.get(row.argument()), false, sink);
      }
      case HANDS_OVER -> configured.named(row.cookie());
      case STARTS -> start(row.cookie());
      case STARTS_UNLESS_FALSE -> {
        if (!names.resolve(new TreePath(getCurrentPath(), arguments.get(row.argument())))
            .equals(new CookieNameValue.Constant("false"))) {
          start(row.cookie());
        }
      }
    }
  }

  /** The tree at hand makes the framework write its cookie, under its default name if any. */
  private void start(FrameworkCookie cookie) {
    Tree at = getCurrentPath().getLeaf();
    configured.defaultName(cookie).ifPresent(name -> configured.started(cookie,
        new Write(unit, at, new CookieNameValue.Constant(name), cookie.framework(), isSuppressed())));
  }

  /** A request or an assertion of a test (see {@link SinkCatalogue#NOT_WRITES}). */
  private boolean isNotAWrite(ExecutableElement method) {
    return notWrites.mayMatch(method.getSimpleName().toString())
        && notWrites.match(method).isPresent();
  }

  /** Whether the current call is an argument (varargs too) of a request or an assertion. */
  private boolean isArgumentOfNotAWrite() {
    TreePath path = getCurrentPath().getParentPath();
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
   * {@code cookie.toString()}, {@code String.valueOf(cookie)}, an encoder's result.
   */
  private boolean isCookieText(TreePath value) {
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
    if (cookieTexts.mayMatch(method.getSimpleName().toString())
        && cookieTexts.match(method).isPresent()) {
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
        return cookieTexts.match(m).isPresent();
      }
    }
    return false;
  }

  private static boolean isMethod(ExecutableElement method, String owner, String name) {
    return method.getSimpleName().contentEquals(name)
        && method.getEnclosingElement() instanceof TypeElement t
        && t.getQualifiedName().contentEquals(owner);
  }

  /** Every name a {@code @CookieName} parameter receives: one argument, or each varargs element. */
  private void checkHelperArguments(ExecutableElement method, int index,
      List<? extends ExpressionTree> arguments) {
    String sink = owned(method) + "(@CookieName " + method.getParameters().get(index).getSimpleName()
        + ")";
    boolean varargs = method.isVarArgs() && index == method.getParameters().size() - 1;
    if (!varargs) {
      write(arguments.get(index), false, sink);
      return;
    }
    // An array passed as the varargs parameter is one argument; write() reads its elements.
    arguments.subList(index, arguments.size()).forEach(e -> write(e, false, sink));
  }

  private void write(ExpressionTree argument, boolean header, String sink) {
    write(new TreePath(getCurrentPath(), argument), header, sink);
  }

  /**
   * A name chosen by {@code cond ? a : b} is two writes, each judged at its own branch, unless the
   * condition is a constant and one branch is dead; an array of names is a write per element.
   */
  private void write(TreePath path, boolean header, String sink) {
    ExpressionTree expression = (ExpressionTree) path.getLeaf();
    while (expression instanceof ParenthesizedTree p) {
      expression = p.getExpression();
      path = new TreePath(path, expression);
    }
    if (expression instanceof ConditionalExpressionTree choice) {
      Optional<ExpressionTree> live = names.liveBranch(choice, path);
      for (ExpressionTree branch : live.isPresent() ? List.of(live.get())
          : List.of(choice.getTrueExpression(), choice.getFalseExpression())) {
        write(new TreePath(path, branch), header, sink);
      }
      return;
    }
    if (expression instanceof NewArrayTree array && array.getInitializers() != null) {
      for (ExpressionTree element : array.getInitializers()) {
        write(new TreePath(path, element), header, sink);
      }
      return;
    }
    CookieNameValue name = header ? names.resolveHeaderValue(path) : names.resolve(path);
    found.accept(new Write(unit, expression, name, sink, isSuppressed()));
  }

  /** Whether the nearest enclosing declaration, or any around it, suppresses the check. */
  private boolean isSuppressed() {
    for (TreePath p = getCurrentPath(); p != null; p = p.getParentPath()) {
      Tree leaf = p.getLeaf();
      if (leaf instanceof ClassTree || leaf instanceof MethodTree || leaf instanceof VariableTree) {
        Element element = trees.getElement(p);
        if (element != null && Reporter.isSuppressed(element)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String owned(Element member) {
    Element owner = member.getEnclosingElement();
    String simple = member.getKind() == ElementKind.CONSTRUCTOR ? "" : "." + member.getSimpleName();
    return (owner == null ? "" : owner.toString()) + simple;
  }
}
