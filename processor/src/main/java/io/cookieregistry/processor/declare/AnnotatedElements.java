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
 * asks each element for its inherited annotations, which walks its superclasses: a walk of every
 * element of the round that cost a warm build more than reading the declarations found. None of
 * the annotations looked for here is {@code @Inherited}, and none can stand on a parameter.
 */
public final class AnnotatedElements {
  private AnnotatedElements() {}

  /**
   * The root elements, and the members of the types among them, that carry an annotation of one
   * of {@code types} directly. A package's classes are its own roots, as javac's walk has them.
   */
  public static List<Element> find(Collection<? extends Element> roots, Set<TypeElement> types) {
    List<Element> found = new ArrayList<>();
    for (Element root : roots) {
      if (root instanceof PackageElement) {
        addIfAnnotated(root, types, found);
      } else if (root instanceof TypeElement type) {
        addType(type, types, found);
      }
    }
    return found;
  }

  private static void addType(TypeElement type, Set<TypeElement> types, List<Element> found) {
    addIfAnnotated(type, types, found);
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof TypeElement nested) {
        addType(nested, types, found);
      } else {
        addIfAnnotated(member, types, found);
      }
    }
  }

  private static void addIfAnnotated(Element element, Set<TypeElement> types,
      List<Element> found) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (types.contains(mirror.getAnnotationType().asElement())) {
        found.add(element);
        return;
      }
    }
  }
}
