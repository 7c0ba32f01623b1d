package io.cookieregistry.processor.declare;

import io.cookieregistry.CookieCategory;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * One {@code @DeclaredCookie} as written in the source, attributes not yet checked, with the place
 * it stands so that diagnostics can point at it.
 *
 * @param element the annotated element (type, member, or package)
 * @param mirror the {@code @DeclaredCookie} annotation itself, also when repeated in a container
 * @param values every attribute, defaults included, by name
 * @param repeatIndex the position among the element's repeated {@code @DeclaredCookie}s, or -1
 *     when the annotation is not repeated
 */
public record SourceDeclaration(
    Element element,
    AnnotationMirror mirror,
    Map<String, AnnotationValue> values,
    int repeatIndex,
    String name,
    CookieCategory category,
    String purpose,
    String provider,
    String function,
    String duration,
    boolean thirdParty,
    boolean anonymized,
    boolean secure,
    boolean httpOnly) {

  /** The value of one attribute, for pointing a diagnostic at it. */
  public AnnotationValue value(String attribute) {
    return values.get(attribute);
  }
}
