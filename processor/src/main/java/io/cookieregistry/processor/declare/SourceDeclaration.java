package io.cookieregistry.processor.declare;

import io.cookieregistry.processor.diagnostics.DiagnosticKey;
import io.cookieregistry.processor.diagnostics.Reporter;
import io.cookieregistry.runtime.CookieAttribute;
import io.cookieregistry.runtime.CookieDeclaration;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * One {@code @DeclaredCookie} as written in the source, attributes not yet checked, with the place
 * it stands so that diagnostics can point at it.
 *
 * @param element the annotated element (type, member, or package)
 * @param mirror the {@code @DeclaredCookie} annotation itself, also when repeated in a container
 * @param values every attribute as the annotation carries it, defaults included, by name
 * @param repeatIndex the position among the element's repeated {@code @DeclaredCookie}s, or -1
 *     when the annotation is not repeated
 * @param attributes the value of every {@link CookieAttribute}, read from {@code values}
 */
public record SourceDeclaration(
    Element element,
    AnnotationMirror mirror,
    Map<String, AnnotationValue> values,
    int repeatIndex,
    Map<CookieAttribute<?>, Object> attributes) {

  /** The declared name or pattern. */
  public String name() {
    return get(CookieAttribute.NAME);
  }

  /** The value of one attribute as written. */
  public <T> T get(CookieAttribute<T> attribute) {
    return attribute.cast(attributes.get(attribute));
  }

  /**
   * Reports a diagnostic on this declaration's {@code attribute}, on the very annotation also when
   * it is one of several repeated ones; warnings honour {@code @SuppressWarnings}.
   */
  public void report(Reporter reporter, Diagnostic.Kind kind, DiagnosticKey key, String attribute,
      String message) {
    if (repeatIndex >= 0) {
      reporter.repeated(kind, key, message, element, mirror, repeatIndex, attribute);
    } else if (kind == Diagnostic.Kind.ERROR) {
      reporter.error(key, message, element, mirror, value(attribute));
    } else {
      reporter.warning(key, message, element, mirror, value(attribute));
    }
  }

  /** The value of one attribute, for pointing a diagnostic at it. */
  public AnnotationValue value(String attribute) {
    return values.get(attribute);
  }

  /**
   * The declaration as the annotation says it, not yet checked: the one mapping from what the
   * processor reads to the runtime's model.
   */
  public CookieDeclaration.Builder toBuilder() {
    CookieDeclaration.Builder builder = CookieDeclaration.builder();
    CookieAttribute.all().forEach(a -> set(builder, a));
    return builder;
  }

  private <T> void set(CookieDeclaration.Builder builder, CookieAttribute<T> attribute) {
    builder.set(attribute, get(attribute));
  }
}
