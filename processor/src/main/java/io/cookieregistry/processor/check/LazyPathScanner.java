package io.cookieregistry.processor.check;

import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import java.util.Arrays;

/**
 * A tree scanner that knows, like {@link com.sun.source.util.TreePathScanner}, the path to the
 * tree it visits, but makes it only when asked. {@code TreePathScanner} makes a {@link TreePath}
 * for every tree, and each asks its tree for its kind, a call the JIT cannot inline (twenty-odd
 * tree classes answer it); the write check needs a path only where it looks closer.
 *
 * <p>The scanner keeps the trees from its root to the current one; a path is made for those of
 * them that have none yet when {@link #getCurrentPath()} is called, and dropped when the scan
 * leaves them. Not reentrant: one scan at a time.
 */
abstract class LazyPathScanner<R, P> extends TreeScanner<R, P> {
  private Tree[] trail = new Tree[32];
  /** The path of each tree of the trail, or {@code null} where none was asked for yet. */
  private TreePath[] paths = new TreePath[32];
  private int depth;

  /** Scans the tree at the end of {@code path}, whose parents the paths made later will hold. */
  public R scan(TreePath path, P p) {
    trail[0] = path.getLeaf();
    paths[0] = path;
    depth = 1;
    try {
      return path.getLeaf().accept(this, p);
    } finally {
      trail[0] = null;
      paths[0] = null;
      depth = 0;
    }
  }

  @Override
  public R scan(Tree tree, P p) {
    if (tree == null) {
      return null;
    }
    if (depth == trail.length) {
      trail = Arrays.copyOf(trail, depth * 2);
      paths = Arrays.copyOf(paths, depth * 2);
    }
    trail[depth] = tree;
    depth++;
    try {
      return tree.accept(this, p);
    } finally {
      depth--;
      trail[depth] = null;
      paths[depth] = null;
    }
  }

  /** The path from the compilation unit to the tree being visited. */
  public TreePath getCurrentPath() {
    int top = depth - 1;
    if (paths[top] == null) {
      int first = top;
      while (paths[first - 1] == null) {
        first--;
      }
      for (int i = first; i <= top; i++) {
        paths[i] = new TreePath(paths[i - 1], trail[i]);
      }
    }
    return paths[top];
  }

  /** The tree that holds the one being visited, {@code null} for the root of the scan. */
  Tree parentLeaf() {
    return depth >= 2 ? trail[depth - 2] : null;
  }
}
