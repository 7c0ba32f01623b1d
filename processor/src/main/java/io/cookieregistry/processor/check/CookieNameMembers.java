package io.cookieregistry.processor.check;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * Which parameters, fields and methods carry a cookie name that the build checks where it is set.
 *
 * <p>Marked with {@code @CookieName}: parameters, fields, methods (and record components, whose
 * annotation javac copies to the parameter, field and accessor). Found without a mark, in this
 * compilation's sources, where that is sound:
 *
 * <ul>
 *   <li>a final field assigned only from {@code @CookieName} constructor parameters (the enum of
 *       cookie types: each constant's argument is checked at the constant);
 *   <li>a trivial getter, {@code return field;} or {@code return this.field;}, of such a field.
 * </ul>
 *
 * <p>The inference reads source trees as they are before attribution, during annotation
 * processing ({@link #learn}), and keeps what it found by member name: javac enters every member
 * afresh for the last processing round, so the elements of an earlier round are stale copies.
 */
final class CookieNameMembers {
  private static final int[] NONE = {};

  private final Trees trees;
  private final CookieNameMarks marks;
  /** Answers for the elements of the current round, and loop variables over checked arrays. */
  private final Map<Element, Boolean> known = new HashMap<>();
  /** The inferred members, by {@link #key}. */
  private final Set<String> inferredMembers = new HashSet<>();
  /** The qualified names of this compilation's source types, nested ones included. */
  private final Set<String> own = new HashSet<>();
  /** Whether a type has a constructor with a {@code @CookieName} parameter, by type. */
  private final Map<Element, Boolean> typesWithNameParameters = new HashMap<>();
  private boolean learning;

  CookieNameMembers(Trees trees, CookieNameMarks marks) {
    this.trees = trees;
    this.marks = marks;
  }

  /**
   * Whether the element carries {@code @CookieName}, or a parameter shares it along overriding
   * (see {@link CookieNameMarks}).
   */
  boolean isMarked(Element element) {
    return marks.isCookieName(element);
  }

  /** Marks a variable as carrying a checked name (a loop variable over a checked array). */
  void accept(Element variable) {
    known.put(variable, true);
  }

  /**
   * Learns the inferred members of a type of this compilation and of the types nested in it,
   * while annotation processing runs and javac still holds every source tree whole. Without
   * {@code marked} (no {@code @CookieName} in the round) nothing can be inferred: only the types
   * are noted as this compilation's.
   */
  void learn(TypeElement type, boolean marked) {
    own.add(type.getQualifiedName().toString());
    boolean outer = learning;
    learning = true;
    try {
      List<? extends Element> members = type.getEnclosedElements();
      // A field is only inferred in a type with a @CookieName constructor parameter (see
      // assignedOnlyFromNameParameters); in any other, only a marked field carries a name.
      boolean inferable = marked && hasNameParameter(type);
      boolean namedField = false;
      for (Element member : members) {
        if (member instanceof TypeElement nested) {
          learn(nested, marked);
        } else if (marked && member.getKind() == ElementKind.FIELD
            && (inferable ? carriesName(member) : isMarked(member))) {
          namedField = true;
          if (!isMarked(member)) {
            inferredMembers.add(key(member));
          }
        }
      }
      // A getter carries a name by returning a field of its own type that does.
      if (namedField) {
        for (Element member : members) {
          if (member.getKind() == ElementKind.METHOD && carriesName(member) && !isMarked(member)) {
            inferredMembers.add(key(member));
          }
        }
      }
    } finally {
      learning = outer;
    }
  }

  /**
   * Forgets the answers kept by element, here and in the marks, once a round's types are learnt:
   * what was inferred stays, by member name.
   */
  void forgetElements() {
    known.clear();
    typesWithNameParameters.clear();
    marks.forgetElements();
  }

  /**
   * The indexes of the method's parameters that are {@code @CookieName}s (see {@link #isMarked}),
   * in order; the scan keeps them per method, so that a call costs one lookup, not one per
   * argument.
   */
  int[] namedParameters(ExecutableElement method) {
    List<? extends VariableElement> parameters = method.getParameters();
    int count = 0;
    int[] found = new int[parameters.size()];
    for (int i = 0; i < parameters.size(); i++) {
      if (isMarked(parameters.get(i))) {
        found[count++] = i;
      }
    }
    return count == 0 ? NONE : Arrays.copyOf(found, count);
  }

  /** Whether the element belongs to a type of this compilation's sources. */
  boolean isOwn(Element element) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      if (e instanceof TypeElement t && own.contains(t.getQualifiedName().toString())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a parameter, field or method carries a checked name, marked or inferred. */
  boolean carriesName(Element element) {
    Boolean answer = known.get(element);
    if (answer == null) {
      known.put(element, false); // a getter of a getter of itself ends here
      answer = isMarked(element) || (learning ? inferred(element)
          : inferredMembers.contains(key(element)));
      known.put(element, answer);
    }
    return answer;
  }

  /** A member by name ({@code Type#field}, {@code Type#method(0)}): the same in every round. */
  private static String key(Element member) {
    Element owner = member.getEnclosingElement();
    String type = owner instanceof TypeElement t ? t.getQualifiedName().toString() : "";
    return type + "#" + member.getSimpleName()
        + (member instanceof ExecutableElement m ? "(" + m.getParameters().size() + ")" : "");
  }

  private boolean inferred(Element element) {
    if (element instanceof ExecutableElement method) {
      return method.getKind() == ElementKind.METHOD && method.getParameters().isEmpty()
          && returnedField(method) instanceof VariableElement field && carriesName(field);
    }
    return element.getKind() == ElementKind.FIELD && element instanceof VariableElement field
        && field.getModifiers().contains(Modifier.FINAL) && field.getConstantValue() == null
        && assignedOnlyFromNameParameters(field);
  }

  /** The field a one-statement getter returns, or {@code null}. */
  private Element returnedField(ExecutableElement method) {
    MethodTree tree = getterTree(method);
    BlockTree body = tree == null ? null : tree.getBody();
    if (body == null || body.getStatements().size() != 1
        || !(body.getStatements().get(0) instanceof ReturnTree ret)) {
      return null;
    }
    String field = fieldName(ret.getExpression());
    return field == null ? null : fieldOf(method.getEnclosingElement(), field);
  }

  /**
   * The tree of a method without parameters, among its class's members: one of that name at most.
   * {@code Trees.getTree(method)} would search the class for it, bodies included, and search the
   * whole class for the members javac adds without a tree (a record's {@code toString()}).
   */
  private MethodTree getterTree(ExecutableElement method) {
    ClassTree owner = method.getEnclosingElement() instanceof TypeElement type
        ? trees.getTree(type) : null;
    if (owner == null) {
      return null;
    }
    for (Tree member : owner.getMembers()) {
      if (member instanceof MethodTree m && m.getParameters().isEmpty()
          && m.getName().equals(method.getSimpleName())) {
        return m;
      }
    }
    return null;
  }

  /** {@code name} or {@code this.name}; {@code null} for anything else. */
  private static String fieldName(ExpressionTree expression) {
    if (expression instanceof IdentifierTree id) {
      return id.getName().toString();
    }
    if (expression instanceof MemberSelectTree select
        && select.getExpression() instanceof IdentifierTree self
        && self.getName().contentEquals("this")) {
      return select.getIdentifier().toString();
    }
    return null;
  }

  private static Element fieldOf(Element type, String name) {
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (field.getSimpleName().contentEquals(name)) {
        return field;
      }
    }
    return null;
  }

  /** Whether a constructor of {@code type} has a {@code @CookieName} parameter; cached. */
  private boolean hasNameParameter(Element type) {
    Boolean answer = typesWithNameParameters.get(type);
    if (answer == null) {
      answer = false;
      for (ExecutableElement c : ElementFilter.constructorsIn(type.getEnclosedElements())) {
        for (VariableElement parameter : c.getParameters()) {
          answer |= isMarked(parameter);
        }
      }
      typesWithNameParameters.put(type, answer);
    }
    return answer;
  }

  /**
   * Whether every assignment to a final field, in its class's source, stores a {@code @CookieName}
   * parameter of the constructor it stands in, and there is at least one.
   */
  private boolean assignedOnlyFromNameParameters(VariableElement field) {
    Element type = field.getEnclosingElement();
    if (!hasNameParameter(type) || !(trees.getTree(field) instanceof VariableTree declaration)
        || declaration.getInitializer() != null) {
      return false;
    }
    // Only now the class's path: finding it searches the whole compilation unit.
    TreePath typePath = trees.getPath(type);
    if (typePath == null) {
      return false;
    }
    String name = field.getSimpleName().toString();
    int[] stores = {0, 0}; // all, from @CookieName parameters
    for (Tree member : ((ClassTree) typePath.getLeaf()).getMembers()) {
      // Initialiser blocks count too: a store there is not from a constructor parameter.
      Element element = member instanceof MethodTree
          ? trees.getElement(new TreePath(typePath, member)) : null;
      List<String> nameParameters = new ArrayList<>();
      List<String> parameters = new ArrayList<>();
      if (element instanceof ExecutableElement executable) {
        for (VariableElement p : executable.getParameters()) {
          parameters.add(p.getSimpleName().toString());
          if (isMarked(p)) {
            nameParameters.add(p.getSimpleName().toString());
          }
        }
      }
      new TreeScanner<Void, Void>() {
        @Override
        public Void visitAssignment(AssignmentTree node, Void unused) {
          ExpressionTree target = node.getVariable();
          boolean toField = target instanceof MemberSelectTree ? name.equals(fieldName(target))
              : target instanceof IdentifierTree id && id.getName().contentEquals(name)
                  && !parameters.contains(name);
          if (toField) {
            stores[0]++;
            if (element != null && element.getKind() == ElementKind.CONSTRUCTOR
                && node.getExpression() instanceof IdentifierTree value
                && nameParameters.contains(value.getName().toString())) {
              stores[1]++;
            }
          }
          return super.visitAssignment(node, unused);
        }
      }.scan(member, null);
    }
    return stores[0] > 0 && stores[0] == stores[1];
  }
}
