package io.cookieregistry.processor.check;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import io.cookieregistry.processor.declare.Declaration;
import io.cookieregistry.processor.declare.DeclarationReader;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;

/**
 * Finds the sources of {@link LateDeclarations}: the compilation units javac enters after
 * annotation processing (classes it compiles implicitly, from the source path) and the local
 * classes of each class the check scans.
 *
 * <p>An entered unit is only noted when javac says so: javac enters it while it completes a symbol
 * that another class needs, when reading elements could start another completion. Its declarations
 * are read at the next safe point, before the next class is checked.
 */
final class LateSources {
  private final Trees trees;
  private final List<CompilationUnitTree> entered = new ArrayList<>();
  private LateDeclarations late = LateDeclarations.NONE;
  private boolean processingOver;

  LateSources(Trees trees) {
    this.trees = trees;
  }

  /** Processing is over, and the processor reads what javac shows from now on with {@code late}. */
  void processingOver(LateDeclarations late) {
    this.late = late;
  }

  /** Notes a unit that javac entered: one entered after processing was not processed. */
  void finished(TaskEvent event) {
    if (event.getKind() == TaskEvent.Kind.ANNOTATION_PROCESSING) {
      processingOver = true;
    } else if (event.getKind() == TaskEvent.Kind.ENTER && processingOver
        && event.getCompilationUnit() != null) {
      entered.add(event.getCompilationUnit());
    }
  }

  /** The declarations of the units javac entered since the last call. */
  List<Declaration> enteredUnits() {
    if (entered.isEmpty()) {
      return List.of();
    }
    List<Element> declaring = new ArrayList<>();
    for (CompilationUnitTree unit : entered) {
      TreePath root = new TreePath(unit);
      if (unit.getPackage() != null
          && unit.getSourceFile().isNameCompatible("package-info", JavaFileObject.Kind.SOURCE)) {
        add(trees.getElement(new TreePath(root, unit.getPackage())), declaring);
      }
      for (Tree type : unit.getTypeDecls()) {
        add(trees.getElement(new TreePath(root, type)), declaring);
      }
    }
    entered.clear();
    return read(declaring);
  }

  /** The declarations of local classes, which processing rounds never show. */
  List<Declaration> localClasses(List<? extends Element> classes) {
    List<Element> declaring = new ArrayList<>();
    classes.forEach(c -> add(c, declaring));
    return read(declaring);
  }

  /** The compilation is over. */
  void compilationEnded() {
    late.compilationEnded();
  }

  private static void add(Element element, List<Element> declaring) {
    if (element != null && DeclarationReader.declares(element)) {
      declaring.add(element);
    }
  }

  private List<Declaration> read(List<Element> declaring) {
    return declaring.isEmpty() ? List.of() : late.read(declaring);
  }
}
