package io.cookieregistry.processor.declare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * The elements of a round that carry a declaring annotation, found where such an annotation can
 * stand: a package, a type, or a member of a type (method, constructor, field, enum constant).
 *
 * <p>{@code RoundEnvironment.getElementsAnnotatedWithAny} gives the same elements, in the same
 * order (each before those it encloses), but visits every parameter and type parameter too and
 * asks each element for its inherited annotations, which for a class walks its superclasses: a
 * walk of every element of the round that cost a warm build more than reading the declarations.
 * None of the annotations looked for here is {@code @Inherited}, and none can stand on a
 * parameter.
 */
public final class AnnotatedElements {
  private AnnotatedElements() {}

  /**
   * The root elements, and the members of the types among them, that carry an annotation of one
   * of {@code annotationTypes} directly. A package's classes are its own roots, as javac's walk
   * has them.
   */
  public static List<Element> find(Collection<? extends Element> roots,
      Set<? extends TypeElement> annotationTypes) {
    List<Element> found = new ArrayList<>();
    for (Element root : roots) {
      if (root instanceof PackageElement) {
        addIfAnnotated(root, annotationTypes, found);
      } else if (root instanceof TypeElement type) {
        addType(type, annotationTypes, found);
      }
    }
    return found;
  }

  private static void addType(TypeElement type, Set<? extends TypeElement> annotationTypes,
      List<Element> found) {
    addIfAnnotated(type, annotationTypes, found);
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof TypeElement nested) {
        addType(nested, annotationTypes, found);
      } else {
        addIfAnnotated(member, annotationTypes, found);
      }
    }
  }

  private static void addIfAnnotated(Element element, Set<? extends TypeElement> annotationTypes,
      List<Element> found) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (annotationTypes.contains(mirror.getAnnotationType().asElement())) {
        found.add(element);
        return;
      }
    }
  }
}
