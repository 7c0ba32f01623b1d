package io.cookieregistry.processor.check;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * An anonymous subclass of a cookie ({@code new Cookie("x", v) { }}) is a write of its superclass:
 * the call that makes it is judged as the superclass constructor it passes its arguments to.
 */
final class AnonymousClasses {
  private final Types types;

  AnonymousClasses(Types types) {
    this.types = types;
  }

  /**
   * The constructor of the superclass that an anonymous class's constructor passes its arguments
   * to ({@code new Cookie("x", v) { }}): the one with the same parameter types.
   */
  ExecutableElement superConstructor(ExecutableElement anonymous) {
    if (anonymous.getEnclosingElement() instanceof TypeElement type
        && types.asElement(type.getSuperclass()) instanceof TypeElement superclass) {
      for (ExecutableElement c : ElementFilter.constructorsIn(superclass.getEnclosedElements())) {
        if (sameErasures(c.getParameters(), anonymous.getParameters())) {
          return c;
        }
      }
    }
    return anonymous;
  }

  private boolean sameErasures(List<? extends VariableElement> a,
      List<? extends VariableElement> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!types.isSameType(types.erasure(a.get(i).asType()), types.erasure(b.get(i).asType()))) {
        return false;
      }
    }
    return true;
  }
}
