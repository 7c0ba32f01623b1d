package io.cookieregistry.processor.check;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import io.cookieregistry.processor.diagnostics.DiagnosticKey;
import io.cookieregistry.processor.options.ProcessorOptions;
import io.cookieregistry.processor.check.CookieNameValue.Constant;
import io.cookieregistry.processor.check.CookieNameValue.Dynamic;
import io.cookieregistry.processor.check.CookieNameValue.Prefix;
import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.CookieRegistry;
import io.cookieregistry.processor.declare.Declaration;
import io.cookieregistry.processor.declare.DeclarationChecker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.tools.Diagnostic;

/**
 * Judges writes against the declarations and reports each finding once, at the name's position:
 * an undeclared name (an error) or a name unknown at compile time (per {@code dynamicNames}). It
 * also remembers which exact names were written, for the unused-declaration lint.
 */
final class WriteJudge {
  /**
   * A character no valid name contains: a lookup of {@code prefix + SENTINEL} can only be answered
   * by a pattern whose fixed part is a prefix of {@code prefix}, which is what covers every name
   * starting with it.
   */
  private static final String SENTINEL = "\0";

  private final Trees trees;
  private final ProcessorOptions.Level dynamicNames;
  private CookieRegistry declared;
  private List<String> exactNames;
  private final Set<String> written = new HashSet<>();
  private final Set<String> reported = new HashSet<>();
  /** The writes found undeclared, which a late declaration may name. */
  private final List<Write> undeclared = new ArrayList<>();

  WriteJudge(Trees trees, ProcessorOptions.Level dynamicNames, CookieRegistry declared) {
    this.trees = trees;
    this.dynamicNames = dynamicNames;
    accept(declared);
  }

  private void accept(CookieRegistry registry) {
    this.declared = registry;
    this.exactNames = registry.declarations().stream().map(CookieDeclaration::name)
        .filter(n -> !n.endsWith("*")).sorted().toList();
  }

  /**
   * Accepts declarations javac showed after processing ({@link LateDeclarations}) for the writes
   * judged from now on. A write judged before stays an error, since javac has already compiled
   * what followed it; a note at it says where the declaration it lacked stands.
   */
  void declare(List<Declaration> late) {
    Map<String, CookieDeclaration> all = new LinkedHashMap<>();
    declared.declarations().forEach(c -> all.put(c.name(), c));
    late.forEach(d -> all.put(d.cookie().name(), d.cookie()));
    accept(CookieRegistry.of(List.copyOf(all.values())));
    for (Iterator<Write> i = undeclared.iterator(); i.hasNext(); ) {
      Write write = i.next();
      Optional<CookieDeclaration> now = declared.find(write.name() instanceof Constant c
          ? c.name() : ((Prefix) write.name()).prefix() + SENTINEL);
      Optional<Declaration> where = now.flatMap(c -> late.stream()
          .filter(d -> d.cookie().name().equals(c.name())).findFirst());
      if (where.isPresent()) {
        i.remove();
        trees.printMessage(Diagnostic.Kind.NOTE, DiagnosticKey.UNDECLARED.tag() + " cookie '"
            + where.get().cookie().name() + "' is declared in "
            + DeclarationChecker.location(where.get().source().element()) + ", which javac read"
            + " only after it had checked this write (in a local or anonymous class, or a class"
            + " compiled implicitly from the source path); declare it on a class, member or"
            + " package of a source file given to javac", startOf(write.at()), write.unit());
      }
    }
  }

  /** Judges one write; a write at a position already judged is ignored. */
  void judge(Write write) {
    if (write.name() instanceof Constant c) {
      written.add(c.name());
      if (!write.suppressed() && declared.find(c.name()).isEmpty()) {
        undeclared.add(write);
        report(write, Diagnostic.Kind.ERROR, DiagnosticKey.UNDECLARED, undeclared(c.name(), write));
      }
    } else if (write.name() instanceof Prefix p) {
      CookieDeclaration covering = declared.find(p.prefix() + SENTINEL).orElse(null);
      if (!write.suppressed() && covering == null) {
        undeclared.add(write);
        report(write, Diagnostic.Kind.ERROR, DiagnosticKey.UNDECLARED, uncovered(p.prefix(), write));
      }
    } else if (write.name() instanceof Dynamic && !write.suppressed() && dynamicNames.kind() != null) {
      report(write, dynamicNames.kind(), DiagnosticKey.DYNAMIC_NAME, "the cookie name written by "
          + write.sink() + " is not a compile-time constant, so the build cannot check that it is"
          + " declared; " + write.fix());
    }
  }

  /** Whether a write with this exact constant name has been judged. */
  boolean wasWritten(String name) {
    return written.contains(name);
  }

  private String undeclared(String name, Write write) {
    if (name.isEmpty()) {
      return "a cookie written by " + write.sink() + " has no cookie name (no '=' before the"
          + " first ';', or nothing before the '='): browsers ignore it and the guard refuses it;"
          + " write it as name=value";
    }
    String nearest = NearestName.of(name, exactNames);
    return "cookie '" + name + "' is written by " + write.sink() + " but not declared; "
        + (nearest == null ? "" : "did you mean '" + nearest + "'? ")
        + "Declare it: " + annotation(name);
  }

  private static String uncovered(String prefix, Write write) {
    return "cookies named '" + prefix + "…' (a constant prefix and a part known at run time) are"
        + " written by " + write.sink() + " but no declared pattern covers every such name;"
        + " Declare one: " + annotation(prefix + "*");
  }

  private static String annotation(String name) {
    return "@DeclaredCookie(name = \"" + name.replace("\\", "\\\\").replace("\"", "\\\"")
        + "\", category = CookieCategory.…, purpose = \"…\")";
  }

  private void report(Write write, Diagnostic.Kind kind, DiagnosticKey key, String message) {
    CompilationUnitTree unit = write.unit();
    long start = trees.getSourcePositions().getStartPosition(unit, write.at());
    // javac may analyse a tree twice (e.g. when a listener re-runs); report each finding once.
    // The message is part of it: calls chained on one receiver all start at the receiver.
    if (reported.add(unit.getSourceFile().toUri() + "#" + start + "#" + key + "#" + message)) {
      trees.printMessage(kind, key.tag() + " " + message, startOf(write.at()), unit);
    }
  }

  /**
   * The tree whose position is where an expression starts: javac puts a diagnostic on a tree's
   * operator or dot, so a name built over several lines would be reported on its last line.
   */
  private static Tree startOf(Tree tree) {
    while (true) {
      if (tree instanceof BinaryTree b) {
        tree = b.getLeftOperand();
      } else if (tree instanceof MemberSelectTree m) {
        tree = m.getExpression();
      } else if (tree instanceof ConditionalExpressionTree c) {
        tree = c.getCondition();
      } else if (tree instanceof ArrayAccessTree a) {
        tree = a.getExpression();
      } else if (tree instanceof CompoundAssignmentTree c) {
        tree = c.getVariable();
      } else {
        return tree;
      }
    }
  }
}
