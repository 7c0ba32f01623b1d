package io.cookieregistry.processor.check;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * A {@code Set-Cookie} value built at run time, read as the sequence of its parts, left to right:
 * the operands of a string concatenation, the arguments of a {@code StringBuilder} (or {@code
 * StringBuffer}) chain ending in {@code toString()}, the text and arguments of {@code
 * String.format} or {@code formatted}. The cookie name is read from the first parts, so {@code
 * NAME + "=" + value}, {@code new StringBuilder(NAME).append('=')} and {@code
 * String.format("%s=%s", NAME, value)} all name {@code NAME}.
 *
 * <p>A part is either an expression of the source or a piece of constant text; a format
 * conversion other than {@code %s} stands for text known only at run time.
 */
final class HeaderParts {
  private static final Set<String> BUILDERS =
      Set.of("java.lang.StringBuilder", "java.lang.StringBuffer");
  /** A format specifier: {@code %[index$][flags][width][.precision]conversion}. */
  private static final Pattern SPECIFIER =
      Pattern.compile("%(\\d+\\$)?([-#+ 0,(<]*)?(\\d+)?(\\.\\d+)?([tT]?[a-zA-Z%])");

  /** One part: an expression, or constant text when {@code path} is {@code null}. */
  record Part(TreePath path, String text) {
    static Part text(String text) {
      return new Part(null, text);
    }

    boolean isText() {
      return path == null;
    }
  }

  private final Trees trees;
  private final Locals locals;

  HeaderParts(Trees trees, Locals locals) {
    this.trees = trees;
    this.locals = locals;
  }

  /** The parts of the value at {@code path}; a value of one piece is one part. */
  List<Part> of(TreePath path) {
    List<Part> parts = new ArrayList<>();
    collect(path, parts);
    return parts;
  }

  private void collect(TreePath path, List<Part> parts) {
    Tree tree = path.getLeaf();
    // A local's initializer is looked up once: finding it scans the enclosing block.
    TreePath initializer = tree instanceof IdentifierTree ? locals.initializer(path) : null;
    if (tree instanceof ParenthesizedTree p) {
      collect(new TreePath(path, p.getExpression()), parts);
    } else if (tree instanceof TypeCastTree c && !isPrimitive(path)) {
      // A reference cast keeps the text; a primitive one, (char) 65, changes it: a part of its own.
      collect(new TreePath(path, c.getExpression()), parts);
    } else if (tree instanceof BinaryTree b && tree.getKind() == Tree.Kind.PLUS
        && isType(path, "java.lang.String")) {
      collect(new TreePath(path, b.getLeftOperand()), parts);
      collect(new TreePath(path, b.getRightOperand()), parts);
    } else if (tree instanceof NewClassTree n && isType(path, BUILDERS)) {
      // new StringBuilder(text) starts with the text; new StringBuilder(capacity) with nothing.
      if (n.getArguments().size() == 1 && !isType(new TreePath(path, n.getArguments().get(0)),
          Set.of("int"))) {
        collect(new TreePath(path, n.getArguments().get(0)), parts);
      }
    } else if (initializer != null) {
      collect(initializer, parts);
      if (isType(path, BUILDERS)) {
        // A builder in a local: its first append chain, if the next statement, then unknown text.
        TreePath next = locals.nextExpression(path);
        List<TreePath> appended = next == null ? List.of() : appendedTo(path, next);
        appended.forEach(a -> collect(a, parts));
        parts.add(new Part(path, null));
      }
    } else if (tree instanceof MethodInvocationTree call && !builderCall(path, call, parts)) {
      parts.add(new Part(path, null));
    } else if (!(tree instanceof MethodInvocationTree)) {
      parts.add(new Part(path, null));
    }
  }

  /** A builder's {@code append} or {@code toString}, or a format call: its parts, if it is one. */
  private boolean builderCall(TreePath path, MethodInvocationTree call, List<Part> parts) {
    if (!(call.getMethodSelect() instanceof MemberSelectTree select)
        || !(trees.getElement(new TreePath(path, select)) instanceof ExecutableElement method)) {
      return false;
    }
    String name = method.getSimpleName().toString();
    Element owner = method.getEnclosingElement();
    String ownerName = owner instanceof TypeElement t ? t.getQualifiedName().toString() : "";
    TreePath receiver = new TreePath(path, select.getExpression());
    List<? extends ExpressionTree> arguments = call.getArguments();
    if (isBuilder(ownerName) && name.equals("toString") && arguments.isEmpty()) {
      collect(receiver, parts);
      return true;
    }
    if (isBuilder(ownerName) && name.equals("append") && arguments.size() == 1) {
      collect(receiver, parts);
      collect(new TreePath(path, arguments.get(0)), parts);
      return true;
    }
    if (ownerName.equals("java.lang.String") && name.equals("formatted")) {
      return format(new TreePath(path, select.getExpression()), path, arguments, 0, parts);
    }
    if (ownerName.equals("java.lang.String") && name.equals("format") && !arguments.isEmpty()
        && isType(new TreePath(path, arguments.get(0)), "java.lang.String")) {
      return format(new TreePath(path, arguments.get(0)), path, arguments, 1, parts);
    }
    return false;
  }

  /** The arguments of {@code builder.append(a).append(b)…} at {@code chain}, if rooted at it. */
  private List<TreePath> appendedTo(TreePath builder, TreePath chain) {
    List<TreePath> arguments = new ArrayList<>();
    TreePath at = chain;
    while (at.getLeaf() instanceof MethodInvocationTree call
        && call.getMethodSelect() instanceof MemberSelectTree select
        && select.getIdentifier().contentEquals("append") && call.getArguments().size() == 1) {
      arguments.add(0, new TreePath(at, call.getArguments().get(0)));
      at = new TreePath(at, select.getExpression());
    }
    return at.getLeaf() instanceof IdentifierTree
        && trees.getElement(builder).equals(trees.getElement(at)) ? arguments : List.of();
  }

  private static boolean isBuilder(String type) {
    return BUILDERS.contains(type) || type.equals("java.lang.AbstractStringBuilder");
  }

  /** The parts of a format call whose format is constant text; {@code false} when it is not. */
  private boolean format(TreePath formatPath, TreePath call, List<? extends ExpressionTree> args,
      int first, List<Part> parts) {
    String format = formatPath.getLeaf() instanceof LiteralTree literal
        && literal.getValue() instanceof String text ? text
        : trees.getElement(formatPath) instanceof VariableElement v
            && v.getConstantValue() instanceof String constant ? constant : null;
    if (format == null) {
      return false;
    }
    Matcher m = SPECIFIER.matcher(format);
    int at = 0;
    int next = first;
    while (m.find()) {
      parts.add(Part.text(format.substring(at, m.start())));
      at = m.end();
      String conversion = m.group(5);
      if (conversion.equals("%") || conversion.equals("n")) {
        parts.add(Part.text(conversion.equals("%") ? "%" : System.lineSeparator()));
        continue;
      }
      int index = m.group(1) == null ? next++
          : first - 1 + Integer.parseInt(m.group(1).substring(0, m.group(1).length() - 1));
      boolean plain = conversion.equals("s") && m.group(2).isEmpty() && m.group(3) == null
          && m.group(4) == null;
      if (plain && index < args.size()) {
        collect(new TreePath(call, args.get(index)), parts);
      } else {
        parts.add(new Part(call, null)); // formatted at run time: unknown text
      }
    }
    parts.add(Part.text(format.substring(at)));
    return true;
  }

  private boolean isPrimitive(TreePath path) {
    TypeMirror mirror = trees.getTypeMirror(path);
    return mirror != null && mirror.getKind().isPrimitive();
  }

  private boolean isType(TreePath path, String type) {
    return isType(path, Set.of(type));
  }

  private boolean isType(TreePath path, Set<String> types) {
    TypeMirror mirror = trees.getTypeMirror(path);
    String name = mirror == null ? "" : mirror.getKind().isPrimitive() ? mirror.toString()
        : mirror instanceof DeclaredType d && d.asElement() instanceof TypeElement t
            ? t.getQualifiedName().toString() : "";
    return types.contains(name);
  }
}
