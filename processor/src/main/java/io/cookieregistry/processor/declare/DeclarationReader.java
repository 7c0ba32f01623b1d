package io.cookieregistry.processor.declare;

import io.cookieregistry.DeclaredCookie;
import io.cookieregistry.DeclaredCookies;
import io.cookieregistry.runtime.CookieAttribute;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Reads {@code @DeclaredCookie} annotations, single or repeated, from elements of the source or
 * of class files. An attribute the compiler could not evaluate (an undefined constant, say) has
 * already been reported by javac; such a declaration is skipped rather than guessed at.
 */
public final class DeclarationReader {
  static final String DECLARED_COOKIE = DeclaredCookie.class.getCanonicalName();
  static final String DECLARED_COOKIES = DeclaredCookies.class.getCanonicalName();

  private final Elements elements;

  public DeclarationReader(Elements elements) {
    this.elements = elements;
  }

  /**
   * Every declaration on the element and on the elements it encloses (members, nested types), in
   * the order written: for what no processing round shows, a local class, a class javac compiles
   * implicitly, a class an earlier build compiled.
   */
  public List<SourceDeclaration> readAll(Element element) {
    List<SourceDeclaration> out = new ArrayList<>(read(element));
    if (element instanceof TypeElement) {
      for (Element member : element.getEnclosedElements()) {
        out.addAll(readAll(member));
      }
    }
    return out;
  }

  /** Whether the element or one it encloses carries a declaration; reads no attribute. */
  public static boolean declares(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String type = annotationType(mirror);
      if (type.equals(DECLARED_COOKIE) || type.equals(DECLARED_COOKIES)) {
        return true;
      }
    }
    return element instanceof TypeElement
        && element.getEnclosedElements().stream().anyMatch(DeclarationReader::declares);
  }

  /** Every declaration on the element, in the order written. */
  public List<SourceDeclaration> read(Element element) {
    List<SourceDeclaration> out = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String type = annotationType(mirror);
      if (type.equals(DECLARED_COOKIE)) {
        read(element, mirror, -1).ifPresent(out::add);
      } else if (type.equals(DECLARED_COOKIES)) {
        List<AnnotationMirror> repeated = containerValues(mirror);
        for (int i = 0; i < repeated.size(); i++) {
          read(element, repeated.get(i), i).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  private List<AnnotationMirror> containerValues(AnnotationMirror container) {
    List<AnnotationMirror> out = new ArrayList<>();
    for (var e : container.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals("value") && e.getValue().getValue() instanceof List) {
        for (Object item : (List<?>) e.getValue().getValue()) {
          Object nested = ((AnnotationValue) item).getValue();
          if (nested instanceof AnnotationMirror) {
            out.add((AnnotationMirror) nested);
          }
        }
      }
    }
    return out;
  }

  private Optional<SourceDeclaration> read(Element element, AnnotationMirror mirror,
      int repeatIndex) {
    Map<String, AnnotationValue> values = new HashMap<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
        : elements.getElementValuesWithDefaults(mirror).entrySet()) {
      values.put(e.getKey().getSimpleName().toString(), e.getValue());
    }
    Map<CookieAttribute<?>, Object> attributes = new HashMap<>();
    for (CookieAttribute<?> attribute : CookieAttribute.all()) {
      Object value = value(attribute, values.get(attribute.name()));
      if (value == null) {
        return Optional.empty();
      }
      attributes.put(attribute, value);
    }
    return Optional.of(new SourceDeclaration(element, mirror, Map.copyOf(values), repeatIndex,
        Map.copyOf(attributes)));
  }

  /**
   * An attribute's value, or {@code null} when javac could not evaluate it. An unresolvable
   * constant reaches processors as a placeholder whose value is a string too; unlike a real string,
   * its source form ({@link AnnotationValue#toString()}) is not a quoted literal. An enum constant
   * comes as the element of the constant.
   */
  private static Object value(CookieAttribute<?> attribute, AnnotationValue v) {
    Object value = v == null ? null : v.getValue();
    if (value instanceof String) {
      return attribute.type() == String.class && v.toString().startsWith("\"") ? value : null;
    }
    if (value instanceof VariableElement && attribute.type().isEnum()) {
      try {
        return attribute.parse(((VariableElement) value).getSimpleName().toString());
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return attribute.type().isInstance(value) ? value : null;
  }

  static String annotationType(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }
}
