package io.cookieregistry.processor.check;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Folds constant expressions as javac does (JLS 15.29), from the attributed tree: javac's own
 * constant of an expression is not public API, but its rules are, and the types that decide them
 * are in the tree. So {@code "v" + (1 + 2)} is {@code v3}, {@code "a" + (char) 65} is {@code aA},
 * and {@code ON ? "b" : "c"} with a constant {@code ON} is {@code b}. Values are boxed as Java
 * boxes them, so {@link String#valueOf(Object)} gives the text that concatenation gives.
 */
final class ConstantFolder {
  private final Trees trees;

  ConstantFolder(Trees trees) {
    this.trees = trees;
  }

  /** The constant value of the expression at {@code path}, or {@code null} when it has none. */
  Object fold(TreePath path) {
    Tree tree = path.getLeaf();
    if (tree instanceof ParenthesizedTree p) {
      return fold(new TreePath(path, p.getExpression()));
    }
    if (tree instanceof LiteralTree literal) {
      return literal.getValue(); // null for the null literal, which is no constant
    }
    if (tree.getKind() == Tree.Kind.IDENTIFIER || tree.getKind() == Tree.Kind.MEMBER_SELECT) {
      Element element = trees.getElement(path);
      return element instanceof VariableElement v ? v.getConstantValue() : null;
    }
    if (tree instanceof TypeCastTree cast) {
      Object value = fold(new TreePath(path, cast.getExpression()));
      return value == null ? null : convert(value, kind(path));
    }
    if (tree instanceof ConditionalExpressionTree choice) {
      Object condition = fold(new TreePath(path, choice.getCondition()));
      if (!(condition instanceof Boolean live)) {
        return null;
      }
      Object value = fold(new TreePath(path, live ? choice.getTrueExpression()
          : choice.getFalseExpression()));
      return value == null ? null : convert(value, kind(path));
    }
    if (tree instanceof UnaryTree unary) {
      Object value = fold(new TreePath(path, unary.getExpression()));
      return value == null ? null : unary(tree.getKind(), value, kind(path));
    }
    if (tree instanceof BinaryTree binary) {
      Object left = fold(new TreePath(path, binary.getLeftOperand()));
      Object right = left == null ? null : fold(new TreePath(path, binary.getRightOperand()));
      return right == null ? null : binary(tree.getKind(), left, right, kind(path));
    }
    return null;
  }

  /** The kind of the expression's type; {@code DECLARED} stands for {@code String} here. */
  private TypeKind kind(TreePath path) {
    TypeMirror type = trees.getTypeMirror(path);
    return type == null ? TypeKind.ERROR : type.getKind();
  }

  private static Object unary(Tree.Kind operator, Object value, TypeKind type) {
    if (operator == Tree.Kind.LOGICAL_COMPLEMENT) {
      return value instanceof Boolean b ? !b : null;
    }
    if (!isNumeric(value)) {
      return null;
    }
    // No ?: between numbers here: a numeric conditional would promote every box to one type.
    if (operator == Tree.Kind.UNARY_PLUS) {
      return convert(value, type);
    }
    Object negated = switch (type) {
      case INT -> -(int) integral(value);
      case LONG -> -integral(value);
      case FLOAT -> -floating(value);
      case DOUBLE -> -toDouble(value);
      default -> null;
    };
    Object complemented = switch (type) {
      case INT -> ~(int) integral(value);
      case LONG -> ~integral(value);
      default -> null;
    };
    return operator == Tree.Kind.UNARY_MINUS ? negated
        : operator == Tree.Kind.BITWISE_COMPLEMENT ? complemented : null;
  }

  private static Object binary(Tree.Kind operator, Object left, Object right, TypeKind type) {
    if (type == TypeKind.DECLARED) {
      return operator == Tree.Kind.PLUS ? String.valueOf(left) + right : null;
    }
    if (left instanceof Boolean a && right instanceof Boolean b) {
      return switch (operator) {
        case CONDITIONAL_AND, AND -> a && b;
        case CONDITIONAL_OR, OR -> a || b;
        case XOR, NOT_EQUAL_TO -> a ^ b;
        case EQUAL_TO -> a == b;
        default -> null;
      };
    }
    if (!isNumeric(left) || !isNumeric(right)) {
      return null; // == on strings is no constant javac folds
    }
    if (type == TypeKind.BOOLEAN) {
      return compare(operator, left, right);
    }
    boolean shift = operator == Tree.Kind.LEFT_SHIFT || operator == Tree.Kind.RIGHT_SHIFT
        || operator == Tree.Kind.UNSIGNED_RIGHT_SHIFT;
    if (type == TypeKind.INT) {
      int a = (int) integral(left);
      int b = (int) integral(right);
      if (shift) {
        return shift(operator, a, b);
      }
      // Computed in long and narrowed: the low 32 bits are int arithmetic's, overflow included.
      Long wide = arithmetic(operator, a, b);
      return wide == null ? null : Integer.valueOf((int) wide.longValue());
    }
    if (type == TypeKind.LONG) {
      long a = integral(left);
      long b = integral(right);
      if (shift) {
        return shift(operator, a, b);
      }
      return arithmetic(operator, a, b);
    }
    if (type == TypeKind.FLOAT || type == TypeKind.DOUBLE) {
      double a = type == TypeKind.FLOAT ? floating(left) : toDouble(left);
      double b = type == TypeKind.FLOAT ? floating(right) : toDouble(right);
      Double result = switch (operator) {
        case PLUS -> a + b;
        case MINUS -> a - b;
        case MULTIPLY -> a * b;
        case DIVIDE -> a / b;
        case REMAINDER -> a % b;
        default -> null;
      };
      if (result != null && type == TypeKind.FLOAT) {
        return (float) result.doubleValue(); // exact: float + - * / % computed in double, rounded
      }
      return result;
    }
    return null;
  }

  private static Long arithmetic(Tree.Kind operator, long a, long b) {
    return switch (operator) {
      case PLUS -> a + b;
      case MINUS -> a - b;
      case MULTIPLY -> a * b;
      case DIVIDE -> b == 0 ? null : a / b; // division by zero is no constant
      case REMAINDER -> b == 0 ? null : a % b;
      case AND -> a & b;
      case OR -> a | b;
      case XOR -> a ^ b;
      default -> null;
    };
  }

  private static int shift(Tree.Kind operator, int a, int distance) {
    return operator == Tree.Kind.LEFT_SHIFT ? a << distance
        : operator == Tree.Kind.RIGHT_SHIFT ? a >> distance : a >>> distance;
  }

  private static long shift(Tree.Kind operator, long a, long distance) {
    return operator == Tree.Kind.LEFT_SHIFT ? a << distance
        : operator == Tree.Kind.RIGHT_SHIFT ? a >> distance : a >>> distance;
  }

  /** A comparison, in the type that binary numeric promotion gives both operands. */
  private static Boolean compare(Tree.Kind operator, Object left, Object right) {
    boolean exact = !(left instanceof Float || left instanceof Double || right instanceof Float
        || right instanceof Double);
    int order = exact ? Long.compare(integral(left), integral(right))
        : Double.compare(toDouble(left), toDouble(right));
    double a = exact ? 0 : toDouble(left);
    double b = exact ? 0 : toDouble(right);
    return switch (operator) {
      // NaN compares false, and -0.0 equals 0.0, as the operators say (not Double.compare).
      case LESS_THAN -> exact ? order < 0 : a < b;
      case GREATER_THAN -> exact ? order > 0 : a > b;
      case LESS_THAN_EQUAL -> exact ? order <= 0 : a <= b;
      case GREATER_THAN_EQUAL -> exact ? order >= 0 : a >= b;
      case EQUAL_TO -> exact ? order == 0 : a == b;
      case NOT_EQUAL_TO -> exact ? order != 0 : a != b;
      default -> null;
    };
  }

  /** A value converted to the primitive type or {@code String} of a cast or a conditional. */
  private static Object convert(Object value, TypeKind type) {
    if (type == TypeKind.DECLARED) {
      return value instanceof String ? value : null;
    }
    if (type == TypeKind.BOOLEAN) {
      return value instanceof Boolean ? value : null;
    }
    if (!isNumeric(value)) {
      return null;
    }
    boolean fromFloating = value instanceof Float || value instanceof Double;
    long whole = fromFloating ? (type == TypeKind.LONG ? (long) toDouble(value)
        : (long) (int) toDouble(value)) : integral(value);
    return switch (type) {
      case BYTE -> (byte) whole;
      case SHORT -> (short) whole;
      case CHAR -> (char) whole;
      case INT -> (int) whole;
      case LONG -> whole;
      case FLOAT -> fromFloating ? floating(value) : (float) integral(value);
      case DOUBLE -> fromFloating ? toDouble(value) : (double) integral(value);
      default -> null;
    };
  }

  private static boolean isNumeric(Object value) {
    return value instanceof Number || value instanceof Character;
  }

  private static long integral(Object value) {
    return value instanceof Character c ? c : ((Number) value).longValue();
  }

  private static float floating(Object value) {
    return value instanceof Character c ? c : value instanceof Double d ? (float) d.doubleValue()
        : value instanceof Float f ? f : (float) ((Number) value).longValue();
  }

  private static double toDouble(Object value) {
    return value instanceof Character c ? c : value instanceof Float f ? f
        : value instanceof Double d ? d : (double) ((Number) value).longValue();
  }
}
