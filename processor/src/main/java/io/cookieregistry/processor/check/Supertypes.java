package io.cookieregistry.processor.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** The supertypes of a type, however far up: what a sink row's owner or an overridden method is. */
final class Supertypes {
  private Supertypes() {}

  /** Every class and interface {@code type} extends or implements, each once, nearest first. */
  static List<TypeElement> of(Types types, TypeMirror type) {
    List<TypeElement> out = new ArrayList<>();
    Deque<TypeMirror> open = new ArrayDeque<>(types.directSupertypes(type));
    Set<TypeElement> seen = new HashSet<>();
    while (!open.isEmpty()) {
      TypeMirror supertype = open.pop();
      if (types.asElement(supertype) instanceof TypeElement element && seen.add(element)) {
        out.add(element);
        open.addAll(types.directSupertypes(supertype));
      }
    }
    return out;
  }
}
