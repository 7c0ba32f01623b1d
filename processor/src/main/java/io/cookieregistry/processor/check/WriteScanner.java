package io.cookieregistry.processor.check;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
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
  private final Types types;
  private final SinkMatcher writes;
  private final NotWrites notWrites;
  private final NameResolver names;
  private final Consumer<Write> found;
  private final ConfiguredCookies configured;
  private CompilationUnitTree unit;

  WriteScanner(Trees trees, Elements elements, Types types, NameResolver names,
      Consumer<Write> found, ConfiguredCookies configured) {
    this.trees = trees;
    this.types = types;
    this.writes = new SinkMatcher(SinkCatalogue.standard(), elements, types);
    this.notWrites = new NotWrites(trees, elements, types);
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
      checkCall(node.getClassBody() == null ? constructor : superConstructor(constructor),
          node.getArguments());
    }
    return super.visitNewClass(node, unused);
  }

  /**
   * The constructor of the superclass that an anonymous class's constructor passes its arguments
   * to ({@code new Cookie("x", v) { }}): the one with the same parameter types.
   */
  private ExecutableElement superConstructor(ExecutableElement anonymous) {
    if (anonymous.getEnclosingElement() instanceof TypeElement type
        && types.asElement(type.getSuperclass()) instanceof TypeElement superclass) {
      for (ExecutableElement c : ElementFilter.constructorsIn(superclass.getEnclosedElements())) {
        if (sameErasures(c.getParameters(), anonymous.getParameters())) {
          return c;
        }
      }
    }
    return anonymous;
  }

  private boolean sameErasures(List<? extends VariableElement> a,
      List<? extends VariableElement> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!types.isSameType(types.erasure(a.get(i).asType()), types.erasure(b.get(i).asType()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A reference to a sink or a {@code @CookieName} helper ({@code Cookie::new}) writes whatever
   * name it is later given: at least a run-time name, reported at the reference.
   */
  @Override
  public Void visitMemberReference(MemberReferenceTree node, Void unused) {
    if (trees.getElement(getCurrentPath()) instanceof ExecutableElement method
        && !notWrites.isArgumentOfRequestOrAssertion(getCurrentPath())) {
      Optional<Sink> sink = writes.mayMatch(method.getSimpleName().toString())
          ? writes.match(method).filter(s -> !s.isHeader() && s.nameIndex() >= 0)
          : Optional.empty();
      boolean helper = method.getParameters().stream().anyMatch(names::isCookieName);
      if (sink.isPresent() || helper) {
        found.accept(new Write(unit, node, CookieNameValue.DYNAMIC, "a method reference to "
            + sink.map(Sink::display).orElse(owned(method)), isSuppressed()));
      }
    }
    return super.visitMemberReference(node, unused);
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
    ExpressionTree variable = node.getVariable();
    // An element of a @CookieName array field is a name like the field itself.
    ExpressionTree field = variable instanceof ArrayAccessTree a ? a.getExpression() : variable;
    Element target = trees.getElement(new TreePath(getCurrentPath(), field));
    if (isCookieNameField(target)) {
      write(node.getExpression(), false, "the @CookieName field " + owned(target));
    }
    return super.visitAssignment(node, unused);
  }

  /** {@code name += suffix} on a {@code @CookieName} field appends to a value known at run time. */
  @Override
  public Void visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
    Element target = trees.getElement(new TreePath(getCurrentPath(), node.getVariable()));
    if (isCookieNameField(target)) {
      found.accept(new Write(unit, node, CookieNameValue.DYNAMIC, "the @CookieName field "
          + owned(target), isSuppressed()));
    }
    return super.visitCompoundAssignment(node, unused);
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
    if (writes.mayMatch(method.getSimpleName().toString()) && !notWrites.isRequestOrAssertion(method)
        && !notWrites.isArgumentOfRequestOrAssertion(getCurrentPath())) {
      writes.match(method).ifPresent(sink -> checkSink(method, sink, arguments));
    }
    List<? extends VariableElement> parameters = method.getParameters();
    for (int i = 0; i < parameters.size() && i < arguments.size(); i++) {
      if (names.isCookieName(parameters.get(i))) {
        checkHelperArguments(method, i, arguments);
      }
    }
  }

  private void checkSink(ExecutableElement method, Sink sink,
      List<? extends ExpressionTree> arguments) {
    if (sink.configuration() != null) {
      configure(sink.configuration(), sink.display(), arguments);
      return;
    }
    if (sink.nameIndex() < 0 || sink.nameIndex() >= arguments.size()) {
      return;
    }
    ExpressionTree name = arguments.get(sink.nameIndex());
    if (sink.copy()) {
      // A copy of a cookie made right here, new Cookie("x", v), has that cookie's name.
      ExpressionTree copied = unparenthesized(name);
      write(copied instanceof NewClassTree made && !made.getArguments().isEmpty()
          ? made.getArguments().get(0) : name, false, sink.display());
    } else if (!sink.isHeader()) {
      write(name, false, sink.display());
    } else if (names.isSetCookieHeader(new TreePath(getCurrentPath(), name))) {
      // Every value: header("Set-Cookie", "a=1", "b=2") sets two cookies.
      int values = method.isVarArgs() && sink.valueIndex() == method.getParameters().size() - 1
          ? arguments.size() : sink.valueIndex() + 1;
      for (ExpressionTree value : arguments.subList(sink.valueIndex(), values)) {
        if (!notWrites.isCookieText(new TreePath(getCurrentPath(), value))) {
          write(value, true, "a Set-Cookie header " + sink.display());
        }
      }
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

  private static ExpressionTree unparenthesized(ExpressionTree expression) {
    while (expression instanceof ParenthesizedTree p) {
      expression = p.getExpression();
    }
    return expression;
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
