package io.cookieregistry.processor.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Which parameters and fields are {@code @CookieName}s: marked, inherited from the method that
 * their method overrides, or marked on an overriding method (so that calls through an interface
 * are checked like calls of its implementation).
 */
final class CookieNameMarks {
  static final String COOKIE_NAME = "io.cookieregistry.CookieName";

  private final Elements elements;
  private final Types types;
  /**
   * Simple names of methods with a {@code @CookieName} parameter: only these can inherit one. As
   * javac's names, which it keeps one of per text, so that looking one up decodes nothing.
   */
  private final Set<Name> helperNames = new HashSet<>();
  /** Parameters of supertypes' methods whose overriding parameter is marked (see key()). */
  private final Set<String> namedByOverriders = new HashSet<>();
  private final Map<Element, Boolean> cookieNames = new HashMap<>();

  CookieNameMarks(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /**
   * Whether a parameter or field carries {@code @CookieName}, or a parameter inherits it from the
   * method its method overrides; cached per element.
   */
  boolean isCookieName(Element element) {
    Boolean known = cookieNames.get(element);
    if (known == null) {
      known = isMarked(element);
      if (!known && element.getKind() == ElementKind.PARAMETER && !namedByOverriders.isEmpty()
          && element.getEnclosingElement() instanceof ExecutableElement method) {
        known = namedByOverriders.contains(key(method, method.getParameters().indexOf(element)));
      }
      if (!known && element.getKind() == ElementKind.PARAMETER
          && element.getEnclosingElement() instanceof ExecutableElement method
          && helperNames.contains(method.getSimpleName())) {
        int index = method.getParameters().indexOf(element);
        known = overridden(method).stream().anyMatch(m -> isCookieName(m.getParameters().get(index)));
      }
      cookieNames.put(element, known);
    }
    return known;
  }

  /** Forgets the answers kept by element: the elements of a processing round go stale after it. */
  void forgetElements() {
    cookieNames.clear();
  }

  /**
   * A {@code @CookieName} parameter of an implementation makes the overridden method's parameter
   * a name too: calls through the supertype are checked like calls of the implementation.
   */
  void shareWithOverridden(Collection<? extends Element> roots) {
    Deque<TypeElement> open = new ArrayDeque<>(ElementFilter.typesIn(roots));
    while (!open.isEmpty()) {
      List<? extends Element> members = open.pop().getEnclosedElements();
      open.addAll(ElementFilter.typesIn(members));
      for (ExecutableElement method : ElementFilter.methodsIn(members)) {
        List<? extends VariableElement> parameters = method.getParameters();
        for (int i = 0; i < parameters.size(); i++) {
          if (isMarked(parameters.get(i))) {
            int index = i;
            helperNames.add(method.getSimpleName());
            overridden(method).forEach(m -> namedByOverriders.add(key(m, index)));
          }
        }
      }
    }
  }

  /**
   * A parameter by its method's signature: javac enters the members of source classes again for
   * the last round, so the elements seen while processing are not those seen when checking.
   */
  private static String key(ExecutableElement method, int index) {
    return method.getEnclosingElement() + "." + method + "#" + index;
  }

  private static boolean isMarked(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      Element type = mirror.getAnnotationType().asElement();
      if (type instanceof TypeElement t && t.getQualifiedName().contentEquals(COOKIE_NAME)) {
        return true;
      }
    }
    return false;
  }

  /** Every method of a supertype, however far up, that {@code method} overrides. */
  private List<ExecutableElement> overridden(ExecutableElement method) {
    List<ExecutableElement> out = new ArrayList<>();
    if (!(method.getEnclosingElement() instanceof TypeElement owner)
        || method.getKind() != ElementKind.METHOD || method.getModifiers().contains(Modifier.STATIC)) {
      return out;
    }
    for (TypeElement type : Supertypes.of(types, owner.asType())) {
      for (ExecutableElement candidate : ElementFilter.methodsIn(type.getEnclosedElements())) {
        if (candidate.getSimpleName().equals(method.getSimpleName())
            && elements.overrides(method, candidate, owner)) {
          out.add(candidate);
        }
      }
    }
    return out;
  }

}
