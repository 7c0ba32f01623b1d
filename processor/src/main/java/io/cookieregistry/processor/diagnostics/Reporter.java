package io.cookieregistry.processor.diagnostics;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports diagnostics with their stable key, on the element, the annotation mirror and, where
 * known, the attribute at fault, so that IDEs underline the annotation itself.
 *
 * <p>{@code @SuppressWarnings("cookieregistry")} on the element or any enclosing element silences
 * every suppressible diagnostic; errors about declarations themselves cannot be suppressed, since
 * a broken declaration cannot go into the registry.
 */
public final class Reporter {
  /** The string that {@code @SuppressWarnings} takes to silence this processor. */
  public static final String SUPPRESSION = "cookieregistry";

  private final Messager messager;
  private final Optional<AnnotationLocator> locator;
  private boolean errors;
  private boolean failedInternally;

  public Reporter(ProcessingEnvironment env) {
    this.messager = env.getMessager();
    this.locator = AnnotationLocator.of(env);
  }

  /** An error about a declaration, reported on the annotation attribute at fault. */
  public void error(DiagnosticKey key, String message, Element element, AnnotationMirror mirror,
      AnnotationValue value) {
    errors = true;
    messager.printMessage(Diagnostic.Kind.ERROR, key.tag() + " " + message, element, mirror, value);
  }

  /** A warning on a declaration, unless suppressed. */
  public void warning(DiagnosticKey key, String message, Element element, AnnotationMirror mirror,
      AnnotationValue value) {
    if (!isSuppressed(element)) {
      messager.printMessage(Diagnostic.Kind.WARNING, key.tag() + " " + message, element, mirror,
          value);
    }
  }

  /**
   * A diagnostic on one of several repeated annotations: the {@code repeatIndex}-th annotation of
   * its type on the element, at its attribute {@code attribute}. Warnings honour suppression.
   */
  public void repeated(Diagnostic.Kind kind, DiagnosticKey key, String message, Element element,
      AnnotationMirror mirror, int repeatIndex, String attribute) {
    if (kind != Diagnostic.Kind.ERROR && isSuppressed(element)) {
      return;
    }
    if (kind == Diagnostic.Kind.ERROR) {
      errors = true;
    }
    Optional<AnnotationLocator.Position> position = position(element, mirror, repeatIndex,
        attribute);
    if (position.isPresent()) {
      locator.get().print(kind, key.tag() + " " + message, position.get());
    } else {
      messager.printMessage(kind, key.tag() + " " + message, element, mirror);
    }
  }

  /**
   * Where an attribute of an annotation stands in the source: of the {@code repeatIndex}-th
   * annotation of the mirror's type on the element (0 for one that is not repeated). Empty when
   * the element is not in this compilation's source or the compiler offers no trees.
   */
  public Optional<AnnotationLocator.Position> position(Element element, AnnotationMirror mirror,
      int repeatIndex, String attribute) {
    String type = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
        .toString();
    return locator.flatMap(l -> l.locate(element, type, repeatIndex, attribute));
  }

  /** A diagnostic not tied to any element (options, environment, internal failures). */
  public void global(Diagnostic.Kind kind, DiagnosticKey key, String message) {
    if (kind == Diagnostic.Kind.ERROR) {
      errors = true;
    }
    messager.printMessage(kind, key.tag() + " " + message);
  }

  /**
   * Reports a failure of the processor itself, once per compilation whatever fails after it, with
   * its trace; nothing of it reaches javac. Only javac's own errors (its {@code Abort} when the
   * compilation is cancelled, say) are thrown on: javac must see them.
   */
  public void internal(Throwable failure) {
    if (failure instanceof Error && failure.getClass().getName().startsWith("com.sun.tools.javac.")) {
      throw (Error) failure;
    }
    if (failedInternally) {
      return;
    }
    failedInternally = true;
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    global(Diagnostic.Kind.ERROR, DiagnosticKey.INTERNAL, "Cookie Registry failed internally, so"
        + " its output or its check of cookie writes may be incomplete; this is a bug, please"
        + " report it with this trace:\n" + trace);
  }

  /** Whether the processor has failed internally; what would follow such a failure is skipped. */
  public boolean failedInternally() {
    return failedInternally;
  }

  /** Whether any error has been reported through this reporter. */
  public boolean hadErrors() {
    return errors;
  }

  /** Whether {@code @SuppressWarnings("cookieregistry")} applies to the element. */
  public static boolean isSuppressed(Element element) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      for (AnnotationMirror mirror : e.getAnnotationMirrors()) {
        if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
            .contentEquals("java.lang.SuppressWarnings") && suppresses(mirror)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean suppresses(AnnotationMirror suppressWarnings) {
    for (AnnotationValue value : suppressWarnings.getElementValues().values()) {
      if (value.getValue() instanceof List) {
        for (Object item : (List<?>) value.getValue()) {
          if (SUPPRESSION.equals(((AnnotationValue) item).getValue())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
