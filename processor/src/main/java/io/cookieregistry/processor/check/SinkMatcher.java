package io.cookieregistry.processor.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds the catalogue row that a called constructor or method is, by owner type and signature.
 *
 * <p>A call matches a row when the method is declared by the row's type, or, for an instance
 * method, overrides the row's method in a subtype (a Javalin {@code Context} implementation, say).
 * Owner types are looked up once per compilation and every decision is cached per method, so the
 * cost per call is a hash lookup.
 */
final class SinkMatcher {
  private final SinkCatalogue catalogue;
  private final Elements elements;
  private final Types types;
  private final Map<String, Optional<TypeElement>> owners = new HashMap<>();
  private final Map<ExecutableElement, Optional<Sink>> decided = new HashMap<>();

  SinkMatcher(SinkCatalogue catalogue, Elements elements, Types types) {
    this.catalogue = catalogue;
    this.elements = elements;
    this.types = types;
  }

  /** Whether any row has this simple name: lets the scanner skip most calls without resolving. */
  boolean mayMatch(String method) {
    return !catalogue.candidates(method).isEmpty();
  }

  /** The framework cookie that an annotation of {@code type} starts, if any. */
  Optional<FrameworkCookie> annotation(TypeElement type) {
    return catalogue.annotation(type.getQualifiedName().toString());
  }

  /** The framework cookie that a method parameter of {@code type} starts, if any. */
  Optional<FrameworkCookie> parameter(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED ? catalogue.parameter(erasedName(type))
        : Optional.empty();
  }

  /** The row that {@code method} is, if any. */
  Optional<Sink> match(ExecutableElement method) {
    Optional<Sink> known = decided.get(method);
    if (known == null) {
      known = find(method);
      decided.put(method, known);
    }
    return known;
  }

  private Optional<Sink> find(ExecutableElement method) {
    for (Sink sink : catalogue.candidates(method.getSimpleName().toString())) {
      if (parametersFit(sink, method) && ownerFits(sink, method)) {
        return Optional.of(sink);
      }
    }
    return Optional.empty();
  }

  private boolean parametersFit(Sink sink, ExecutableElement method) {
    List<String> expected = sink.parameterTypes();
    int count = method.getParameters().size();
    if (sink.moreParameters() ? count < expected.size() : count != expected.size()) {
      return false;
    }
    for (int i = 0; i < expected.size(); i++) {
      String type = expected.get(i);
      if (type != null && !type.equals(erasedName(method.getParameters().get(i).asType()))) {
        return false;
      }
    }
    return true;
  }

  private String erasedName(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return type.toString();
    }
    Element element = types.asElement(type);
    return element instanceof TypeElement t ? t.getQualifiedName().toString() : type.toString();
  }

  private boolean ownerFits(Sink sink, ExecutableElement method) {
    if (sink.owner().equals(Sink.ANY_OWNER)) {
      return true;
    }
    if (!(method.getEnclosingElement() instanceof TypeElement declaring)) {
      return false;
    }
    if (declaring.getQualifiedName().contentEquals(sink.owner())) {
      return true;
    }
    if (method.getKind() != ElementKind.METHOD || method.getModifiers().contains(Modifier.STATIC)) {
      return false; // constructors and static methods are not inherited by overriding
    }
    TypeElement owner = owner(sink.owner());
    if (owner == null || !types.isSubtype(types.erasure(declaring.asType()),
        types.erasure(owner.asType()))) {
      return false;
    }
    for (ExecutableElement candidate : ElementFilter.methodsIn(owner.getEnclosedElements())) {
      if (candidate.getSimpleName().equals(method.getSimpleName())
          && elements.overrides(method, candidate, declaring)) {
        return true;
      }
    }
    return false;
  }

  private TypeElement owner(String name) {
    return owners.computeIfAbsent(name, n -> Optional.ofNullable(elements.getTypeElement(n)))
        .orElse(null);
  }
}
