package io.cookieregistry.processor;

import java.util.Arrays;
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
  private boolean errors;

  public Reporter(Messager messager) {
    this.messager = messager;
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

  /** A diagnostic not tied to any element (options, environment, internal failures). */
  public void global(Diagnostic.Kind kind, DiagnosticKey key, String message) {
    if (kind == Diagnostic.Kind.ERROR) {
      errors = true;
    }
    messager.printMessage(kind, key.tag() + " " + message);
  }

  /** Whether any error has been reported through this reporter. */
  public boolean hadErrors() {
    return errors;
  }

  /** Whether {@code @SuppressWarnings("cookieregistry")} applies to the element. */
  public static boolean isSuppressed(Element element) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
      if (suppress != null && Arrays.asList(suppress.value()).contains(SUPPRESSION)) {
        return true;
      }
    }
    return false;
  }
}
