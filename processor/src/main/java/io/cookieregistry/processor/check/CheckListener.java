package io.cookieregistry.processor.check;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import io.cookieregistry.processor.diagnostics.AnnotationLocator;
import io.cookieregistry.processor.diagnostics.DiagnosticKey;
import io.cookieregistry.processor.options.ProcessorOptions;
import io.cookieregistry.processor.diagnostics.Reporter;
import io.cookieregistry.processor.declare.Declaration;
import io.cookieregistry.runtime.CookieRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * Listens to javac: after each top-level class is attributed and flow-analysed ({@code ANALYZE},
 * which javac signals once per top-level class, its nested classes included), scans it once for
 * cookie writes; when the compilation ends, runs the opt-in unused-declaration lint.
 *
 * <p>Before it judges a class's writes it reads the {@link LateDeclarations} that javac has shown
 * since: the classes it entered after processing, and the local classes of the class itself. A
 * write judged before a late declaration appears stays an error: javac writes each class file
 * right after its analysis, and an error found only later would leave it behind.
 *
 * <p>Writes found before the declarations are known are queued, not dropped. Nothing thrown here
 * may reach javac: a failure becomes one internal-error diagnostic.
 */
final class CheckListener implements TaskListener, CheckSession {

  private final Trees trees;
  private final ProcessorOptions options;
  private final Reporter reporter;
  private final CookieNameMarks marks;
  private final CookieNameMembers members;
  private final WriteScanner scanner;
  private final ConfiguredCookies configured;
  private final LateSources late;
  private final List<Write> pending = new ArrayList<>();
  /** The writes of the class being scanned, judged once its local declarations are read. */
  private List<Write> scanning;
  private final Set<TypeElement> scanned = new HashSet<>();
  private WriteJudge judge;
  private final List<Declared> declarations = new ArrayList<>();
  private final Set<String> located = new HashSet<>();

  /** A declared exact name and where its declaration stands. */
  private record Declared(String name, Element element, AnnotationLocator.Position at) {}

  CheckListener(Trees trees, Elements elements, Types types, ProcessorOptions options,
      Reporter reporter) {
    this.trees = trees;
    this.options = options;
    this.reporter = reporter;
    this.marks = new CookieNameMarks(elements, types);
    this.members = new CookieNameMembers(trees, marks);
    this.configured = new ConfiguredCookies(options.sessionCookie(), this::found);
    this.scanner = new WriteScanner(trees, elements, types, members, this::found, configured);
    this.late = new LateSources(trees);
  }

  @Override
  public void declarationsReady(CookieRegistry declared, List<Declaration> own,
      LateDeclarations lateDeclarations) {
    this.judge = new WriteJudge(trees, options.dynamicNames(), declared);
    late.processingOver(lateDeclarations);
    locate(own);
    pending.forEach(judge::judge);
    pending.clear();
  }

  /**
   * Locates declarations for the unused lint now: when the compilation ends, javac no longer maps
   * elements to their source, so only a tree and its file can carry it to the right line.
   */
  private void locate(List<Declaration> own) {
    for (Declaration d : options.unused().kind() == null ? List.<Declaration>of() : own) {
      Element element = current(d.source().element());
      Optional<AnnotationLocator.Position> at = d.cookie().isPattern() ? Optional.empty()
          : reporter.position(element, d.source().mirror(), Math.max(0, d.source().repeatIndex()),
              "name");
      if (at.isPresent() && located.add(d.cookie().name())) {
        declarations.add(new Declared(d.cookie().name(), element, at.get()));
      }
    }
  }

  /** Declarations that javac showed after processing count for the writes judged from now on. */
  private void declareLate(List<Declaration> found) {
    if (!found.isEmpty()) {
      judge.declare(found);
      locate(found);
    }
  }

  /**
   * The element as javac knows it now. javac enters the members of every class afresh for the
   * last processing round, so a method or field read in an earlier round is a stale copy that
   * no source tree belongs to; its class and package are kept.
   */
  private static Element current(Element element) {
    if (!(element.getEnclosingElement() instanceof TypeElement type)
        || element instanceof TypeElement) {
      return element;
    }
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == element.getKind() && member.toString().equals(element.toString())) {
        return member;
      }
    }
    return element;
  }

  @Override
  public void sources(Collection<? extends Element> roots, boolean marked) {
    // Overriding first: what members learns asks which parameters are marks.
    if (marked) {
      marks.shareWithOverridden(roots);
    }
    for (Element root : roots) {
      if (root instanceof TypeElement type) {
        members.learn(type, marked);
      }
    }
    // javac enters every member afresh for the next round: answers kept by element would hold
    // a stale copy of each member of the compilation until it ends.
    members.forgetElements();
  }

  @Override
  public void finished(TaskEvent event) {
    if (reporter.failedInternally()) {
      return;
    }
    try {
      late.finished(event);
      if (event.getKind() == TaskEvent.Kind.ANALYZE) {
        analyze(event);
      } else if (event.getKind() == TaskEvent.Kind.COMPILATION) {
        configured.compilationScanned();
        reportUnused();
        late.compilationEnded();
      }
    } catch (Throwable e) {
      reporter.internal(e);
    }
  }

  private void analyze(TaskEvent event) {
    TypeElement type = event.getTypeElement();
    if (type == null || event.getCompilationUnit() == null || !scanned.add(type)) {
      return;
    }
    if (judge != null) {
      declareLate(late.enteredUnits());
    }
    TreePath path = topLevelPath(event.getCompilationUnit(), type);
    if (path == null) {
      return;
    }
    // A write of a cookie that a local class of the same class declares is judged after it.
    List<TypeElement> localClasses = new ArrayList<>();
    scanning = judge == null ? null : new ArrayList<>();
    scanner.scanClass(event.getCompilationUnit(), path, localClasses::add);
    List<Write> found = scanning;
    scanning = null;
    if (found != null) {
      declareLate(late.localClasses(localClasses));
      found.forEach(judge::judge);
    }
    configured.classScanned();
  }

  /**
   * The path of the class that an analysis event names, made from its unit: javac analyses
   * top-level classes, each with the unit that declares it, where the class is the one of its
   * simple name ({@link javax.lang.model.element.Name#equals} compares characters).
   * {@code Trees.getPath(Element)} would search the whole unit for the class's tree; any other
   * class is left to it, and a class without a tree of its own has nothing to scan.
   */
  private TreePath topLevelPath(CompilationUnitTree unit, TypeElement type) {
    if (type.getNestingKind() == NestingKind.TOP_LEVEL) {
      for (Tree declared : unit.getTypeDecls()) {
        if (declared instanceof ClassTree c && c.getSimpleName().equals(type.getSimpleName())) {
          return new TreePath(new TreePath(unit), declared);
        }
      }
    }
    return trees.getPath(type);
  }

  private void found(Write write) {
    if (judge == null) {
      pending.add(write);
    } else if (scanning != null) {
      scanning.add(write);
    } else {
      judge.judge(write);
    }
  }

  /** Opt-in: each exact name this compilation declares and none of its code writes. */
  private void reportUnused() {
    Diagnostic.Kind kind = options.unused().kind();
    if (kind == null || judge == null || scanned.isEmpty()) {
      return; // off, or the classes were never analysed (-proc:only, earlier errors)
    }
    for (Declared d : declarations) {
      if (!judge.wasWritten(d.name()) && !Reporter.isSuppressed(d.element())) {
        trees.printMessage(kind, DiagnosticKey.UNUSED.tag() + " cookie '" + d.name() + "' is"
            + " declared but no code of this compilation writes it; remove the declaration, or,"
            + " if a script or the container sets it, add @SuppressWarnings(\"cookieregistry\") to"
            + " the declaring element", d.at().tree(), d.at().unit());
      }
    }
  }
}
