package io.cookieregistry.processor.check;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.ArrayTypeTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import io.cookieregistry.processor.diagnostics.Reporter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
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
final class WriteScanner extends LazyPathScanner<Void, Void> {
  private final Trees trees;
  private final AnonymousClasses anonymous;
  private final SinkMatcher writes;
  private final NameResolver names;
  private final CookieNameMembers members;
  private final DynamicNameAdvice advice;
  private final RequestSide requestSide;
  private final Consumer<Write> found;
  private final ConfiguredCookies configured;
  /**
   * What a call of each method asks, answered once per method: one lookup per call. Kept for
   * the scans only, which run after the processing rounds whose elements go stale.
   */
  private final Map<ExecutableElement, Called> called = new HashMap<>();
  private CompilationUnitTree unit;
  private Consumer<TypeElement> localClasses;
  /** The method whose body is being scanned; {@code null} in initialisers and lambda bodies. */
  private Element currentMethod;

  WriteScanner(Trees trees, Elements elements, Types types, CookieNameMembers members,
      Consumer<Write> found, ConfiguredCookies configured) {
    this.trees = trees;
    this.anonymous = new AnonymousClasses(types);
    this.writes = new SinkMatcher(SinkCatalogue.standard(), elements, types);
    this.members = members;
    this.names = new NameResolver(trees, members);
    this.advice = new DynamicNameAdvice(trees, members, names);
    this.requestSide = new RequestSide(trees, elements, types);
    this.found = found;
    this.configured = configured;
  }

  /**
   * The catalogue row a method is, if any, and the indexes of its {@code @CookieName} parameters.
   * Kept, never compared: the array makes its {@code equals} one of identity.
   */
  private record Called(Optional<Sink> sink, int[] namedParameters) {}

  private Called called(ExecutableElement method) {
    Called answer = called.get(method);
    if (answer == null) {
      answer = new Called(writes.match(method), members.namedParameters(method));
      called.put(method, answer);
    }
    return answer;
  }

  /**
   * Scans the class at {@code path}, a top-level class of {@code unit}; the local classes in it go
   * to {@code localClasses}, for their declarations.
   */
  void scanClass(CompilationUnitTree unit, TreePath path, Consumer<TypeElement> localClasses) {
    this.unit = unit;
    this.localClasses = localClasses;
    scan(path, null);
  }

  /**
   * Local and anonymous classes go to {@code localClasses}: processing rounds never show their
   * declarations. An anonymous class's constructor is javac's, made to pass the arguments of
   * {@code new Cookie("x", v) { }} on to {@code super}: that call is judged where it is written.
   */
  @Override
  public Void visitClass(ClassTree node, Void unused) {
    Element element = trees.getElement(getCurrentPath());
    NestingKind nesting = element instanceof TypeElement type ? type.getNestingKind()
        : NestingKind.TOP_LEVEL;
    if (nesting == NestingKind.LOCAL || nesting == NestingKind.ANONYMOUS) {
      localClasses.accept((TypeElement) element);
    }
    Element outer = currentMethod;
    currentMethod = null;
    scan(node.getModifiers(), unused);
    for (Tree member : node.getMembers()) {
      if (nesting != NestingKind.ANONYMOUS
          || !(member instanceof MethodTree m && m.getName().contentEquals("<init>"))) {
        scan(member, unused);
      }
    }
    currentMethod = outer;
    return null;
  }

  // What the scan skips, where no write can stand: types (of variables, methods, casts, type
  // arguments, supertypes), the names of variables, the values of annotations, and the leaves.

  /** Identifiers and literals, the commonest trees, hold no write: no path is made for them. */
  @Override
  public Void scan(Tree tree, Void unused) {
    return tree instanceof IdentifierTree || tree instanceof LiteralTree ? null
        : super.scan(tree, unused);
  }

  @Override
  public Void visitMethod(MethodTree node, Void unused) {
    Element outer = currentMethod;
    currentMethod = trees.getElement(getCurrentPath());
    scan(node.getModifiers(), unused);
    scan(node.getParameters(), unused);
    scan(node.getBody(), unused);
    scan(node.getDefaultValue(), unused);
    currentMethod = outer;
    return null;
  }

  @Override
  public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
    Element outer = currentMethod;
    currentMethod = null;
    super.visitLambdaExpression(node, unused);
    currentMethod = outer;
    return null;
  }

  @Override
  public Void visitParameterizedType(ParameterizedTypeTree node, Void unused) {
    return null;
  }

  @Override
  public Void visitArrayType(ArrayTypeTree node, Void unused) {
    return null;
  }

  @Override
  public Void visitNewClass(NewClassTree node, Void unused) {
    if (trees.getElement(getCurrentPath()) instanceof ExecutableElement constructor) {
      checkCall(node.getClassBody() == null ? constructor : anonymous.superConstructor(constructor),
          node.getArguments());
    }
    scan(node.getEnclosingExpression(), unused);
    scan(node.getArguments(), unused);
    return scan(node.getClassBody(), unused);
  }

  /**
   * A reference to a sink or a {@code @CookieName} helper ({@code Cookie::new}) writes whatever
   * name it is later given: at least a run-time name, reported at the reference.
   */
  @Override
  public Void visitMemberReference(MemberReferenceTree node, Void unused) {
    if (trees.getElement(getCurrentPath()) instanceof ExecutableElement method
        && !requestSide.isArgumentOfNotAWrite(getCurrentPath())) {
      Called call = called(method);
      Optional<Sink> sink = call.sink().filter(s -> !s.isHeader() && s.nameIndex() >= 0);
      boolean helper = call.namedParameters().length > 0;
      if (sink.isPresent() || helper) {
        found.accept(new Write(unit, node, CookieNameValue.DYNAMIC, "a method reference to "
            + sink.map(Sink::display).orElse(owned(method)), isSuppressed(), "call it with a"
            + " constant name, or with a @CookieName parameter, field or method, instead"));
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
    Element target = assignedField(node.getVariable());
    if (isCookieNameField(target)) {
      write(node.getExpression(), false, "the @CookieName field " + owned(target));
    }
    return super.visitAssignment(node, unused);
  }

  /**
   * {@code name += suffix} on a {@code @CookieName} field, or on an element of such an array,
   * appends to a value known at run time.
   */
  @Override
  public Void visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
    Element target = assignedField(node.getVariable());
    if (isCookieNameField(target)) {
      found.accept(new Write(unit, node, CookieNameValue.DYNAMIC, "the @CookieName field "
          + owned(target), isSuppressed(), "assign the field a whole constant name instead of"
          + " appending to it"));
    }
    return super.visitCompoundAssignment(node, unused);
  }

  @Override
  public Void visitAnnotation(AnnotationTree node, Void unused) {
    if (trees.getElement(new TreePath(getCurrentPath(), node.getAnnotationType()))
        instanceof TypeElement type) {
      writes.annotation(type).ifPresent(this::start);
    }
    return null;
  }

  /** Parameters and fields: a local variable is neither a session parameter nor a name field. */
  @Override
  public Void visitVariable(VariableTree node, Void unused) {
    Tree holder = parentLeaf();
    Element variable = holder instanceof ClassTree || holder instanceof MethodTree
        || holder instanceof LambdaExpressionTree ? trees.getElement(getCurrentPath()) : null;
    if (variable != null && variable.getKind() == ElementKind.PARAMETER) {
      writes.parameter(variable.asType()).ifPresent(this::start);
    }
    if (node.getInitializer() != null && isCookieNameField(variable)) {
      write(node.getInitializer(), false, "the @CookieName field " + owned(variable));
    }
    scan(node.getModifiers(), unused);
    return scan(node.getInitializer(), unused);
  }

  /** The values a {@code @CookieName} method returns are checked as names. */
  @Override
  public Void visitReturn(ReturnTree node, Void unused) {
    if (node.getExpression() != null && currentMethod != null
        && members.isMarked(currentMethod)) {
      write(node.getExpression(), false, "the @CookieName method " + owned(currentMethod) + "()");
    }
    return super.visitReturn(node, unused);
  }

  @Override
  public Void visitEnhancedForLoop(EnhancedForLoopTree node, Void unused) {
    TreePath loop = getCurrentPath();
    names.acceptLoopVariable(trees.getElement(new TreePath(loop, node.getVariable())),
        new TreePath(loop, node.getExpression()));
    return super.visitEnhancedForLoop(node, unused);
  }

  /** What an assignment stores into: an element of a {@code @CookieName} array is the field's. */
  private Element assignedField(ExpressionTree variable) {
    ExpressionTree field = variable instanceof ArrayAccessTree a ? a.getExpression() : variable;
    return trees.getElement(new TreePath(getCurrentPath(), field));
  }

  private boolean isCookieNameField(Element element) {
    return element != null && element.getKind() == ElementKind.FIELD
        && members.isMarked(element);
  }

  private void checkCall(ExecutableElement method, List<? extends ExpressionTree> arguments) {
    Called call = called(method);
    Optional<Sink> sink = call.sink();
    if (sink.isPresent() && !requestSide.isNotAWrite(method)
        && !requestSide.isArgumentOfNotAWrite(getCurrentPath())) {
      checkSink(method, sink.get(), arguments);
    }
    for (int index : call.namedParameters()) {
      if (index < arguments.size()) {
        checkHelperArguments(method, index, arguments);
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
      // A cookie object (made by a constructor or factory) may be a request's, or never sent.
      boolean object = method.getKind() == ElementKind.CONSTRUCTOR
          || method.getModifiers().contains(Modifier.STATIC);
      if (!(object && requestSide.isRequestOnly(getCurrentPath()))) {
        write(name, false, sink.display());
      }
    } else if (names.isSetCookieHeader(new TreePath(getCurrentPath(), name))) {
      // Every value: header("Set-Cookie", "a=1", "b=2") sets two cookies.
      int values = method.isVarArgs() && sink.valueIndex() == method.getParameters().size() - 1
          ? arguments.size() : sink.valueIndex() + 1;
      for (ExpressionTree value : arguments.subList(sink.valueIndex(), values)) {
        if (!requestSide.isCookieText(new TreePath(getCurrentPath(), value))) {
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
        new Write(unit, at, new CookieNameValue.Constant(name), cookie.framework(), isSuppressed(),
            "")));
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
    String sink = owned(method) + "(@CookieName " + advice.parameterName(method, index) + ")";
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
    String fix = name instanceof CookieNameValue.Dynamic ? advice.fix(path, header) : "";
    Tree at = header ? names.headerNameAt(path) : expression;
    found.accept(new Write(unit, at, name, sink, isSuppressed(), fix));
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

  static String owned(Element member) {
    Element owner = member.getEnclosingElement();
    String simple = member.getKind() == ElementKind.CONSTRUCTOR ? "" : "." + member.getSimpleName();
    return (owner == null ? "" : owner.toString()) + simple;
  }
}
