package io.cookieregistry.processor.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The lazy scanner gives every tree the path {@code TreePathScanner} gives it, tree for tree by
 * identity, whether paths are asked for at every tree or at a few; the sample holds records,
 * enums, lambdas, local and anonymous classes, switch expressions, patterns and the statements.
 */
class LazyPathScannerTest {
  private static final String SOURCE = """
      package p;

      import java.util.*;
      import java.util.function.Supplier;

      class Sample<T extends Comparable<T>> {
        @SuppressWarnings("unused") private final Map<String, List<T>> byName = new HashMap<>();
        static int counter = 1 + 2 * (3 - 4);

        static {
          counter += new int[] {1, 2, 3}.length;
        }

        record Pair(String a, int b) {
          Pair {
            if (b < 0) {
              throw new IllegalArgumentException(a);
            }
          }
        }

        enum Mode { ON, OFF }

        String describe(Mode mode, Object o) throws Exception {
          Supplier<String> s = () -> mode.name().toLowerCase();
          Runnable r = new Runnable() {
            @Override public void run() {
              System.out.println(s.get());
            }
          };
          r.run();
          try (var in = new java.io.StringReader("x")) {
            in.read();
          } catch (java.io.IOException | RuntimeException e) {
            return e.getMessage();
          } finally {
            counter++;
          }
          for (int i = 0, j = 10; i < j; i++, j--) {
            if (o instanceof String str && !str.isEmpty()) {
              continue;
            }
          }
          label:
          while (counter > 100) {
            do {
              break label;
            } while (true);
          }
          int v = switch (mode) {
            case ON -> 1;
            case OFF -> {
              yield o == null ? 2 : 3;
            }
          };
          synchronized (this) {
            assert v > 0 : "positive";
          }
          class Local {
            int twice() {
              return v * 2;
            }
          }
          List<? super Integer> sink = new ArrayList<Number>();
          sink.add((int) 'c');
          return String.valueOf(new Local().twice()) + Objects.toString(sink, "")
              + ((Supplier<String>) String::new).get();
        }
      }
      """;

  @Test
  void givesEveryTreeThePathTreePathScannerGives() throws Exception {
    CompilationUnitTree unit = analyzedUnit();
    TreePath root = new TreePath(new TreePath(unit), unit.getTypeDecls().get(0));
    List<List<Tree>> expected = new ArrayList<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void scan(Tree tree, Void unused) {
        if (tree != null) {
          expected.add(describe(getCurrentPath(), tree));
        }
        return super.scan(tree, unused);
      }
    }.scan(root, null);

    for (int every : new int[] {1, 3, 7}) {
      List<List<Tree>> actual = new ArrayList<>();
      int[] seen = {0};
      new LazyPathScanner<Void, Void>() {
        @Override
        public Void scan(Tree tree, Void unused) {
          if (tree != null) {
            // Asked for at some trees only, the paths made in between must still be right.
            actual.add(seen[0]++ % every == 0 ? describe(getCurrentPath(), tree) : null);
          }
          return super.scan(tree, unused);
        }
      }.scan(root, null);
      assertEquals(expected.size(), actual.size(), "trees visited, asking every " + every);
      for (int i = 0; i < actual.size(); i++) {
        if (actual.get(i) != null) {
          List<Tree> want = expected.get(i);
          List<Tree> got = actual.get(i);
          assertEquals(want.size(), got.size(), "depth of tree " + i + ", asking every " + every);
          for (int k = 0; k < want.size(); k++) {
            assertSame(want.get(k), got.get(k), "tree " + i + ", level " + k + ", asking every "
                + every);
          }
        }
      }
    }
    assertTrue(expected.size() > 300, "the sample's trees: " + expected.size());
  }

  @Test
  void pathsEndInTheVisitedTreeAndStartAtTheUnit() throws Exception {
    CompilationUnitTree unit = analyzedUnit();
    ClassTree type = (ClassTree) unit.getTypeDecls().get(0);
    int[] checked = {0};
    new LazyPathScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(com.sun.source.tree.MethodInvocationTree node, Void v) {
        TreePath path = getCurrentPath();
        assertSame(node, path.getLeaf());
        assertSame(unit, path.getCompilationUnit());
        assertSame(type, outermostClass(path));
        checked[0]++;
        return super.visitMethodInvocation(node, v);
      }
    }.scan(new TreePath(new TreePath(unit), type), null);
    assertTrue(checked[0] > 10, "invocations checked: " + checked[0]);
  }

  private static Tree outermostClass(TreePath path) {
    Tree outermost = null;
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof ClassTree) {
        outermost = p.getLeaf();
      }
    }
    return outermost;
  }

  /** The trees of the parent path, from the unit down, then the tree itself. */
  private static List<Tree> describe(TreePath parent, Tree tree) {
    List<Tree> trees = new ArrayList<>();
    for (TreePath p = parent; p != null; p = p.getParentPath()) {
      trees.add(0, p.getLeaf());
    }
    trees.add(tree);
    return trees;
  }


  private static CompilationUnitTree analyzedUnit() throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///p/Sample.java"),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return SOURCE;
      }
    };
    JavacTask task = (JavacTask) javac.getTask(null, null, null,
        List.of("-proc:none"), null, List.of(file));
    CompilationUnitTree unit = task.parse().iterator().next();
    task.analyze();
    return unit;
  }
}
