package io.cookieregistry.processor.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.Name;
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
 * A method whose simple name no row has is no row. Names of one compiler are equal when their
 * characters are ({@link Name#equals}), so that costs a look in a small set of the rows' names;
 * turning a name into a {@code String} would decode it anew. The decisions for methods named
 * like a row are kept per method, since the first needs a walk up the owner's supertypes: the
 * write scan keeps its own answer per called method, but the request-side questions ask again
 * at every sink.
 */
final class SinkMatcher {
  private final SinkCatalogue catalogue;
  private final Elements elements;
  private final Types types;
  /** The rows' method names, as this compilation's {@link Name}s. */
  private final Set<Name> rowNames = new HashSet<>();
  private final Map<ExecutableElement, Optional<Sink>> decided = new HashMap<>();
  private final Map<Element, Optional<FrameworkCookie>> parameterTypes = new HashMap<>();
  private final Map<Element, Optional<FrameworkCookie>> annotationTypes = new HashMap<>();

  SinkMatcher(SinkCatalogue catalogue, Elements elements, Types types) {
    this.catalogue = catalogue;
    this.elements = elements;
    this.types = types;
    for (String name : catalogue.methodNames()) {
      rowNames.add(elements.getName(name));
    }
  }

  /** The framework cookie that an annotation of {@code type} starts, if any. */
  Optional<FrameworkCookie> annotation(TypeElement type) {
    Optional<FrameworkCookie> known = annotationTypes.get(type);
    if (known == null) {
      known = catalogue.annotation(type.getQualifiedName().toString());
      annotationTypes.put(type, known);
    }
    return known;
  }

  /** The framework cookie that a method parameter of {@code type} starts, if any. */
  Optional<FrameworkCookie> parameter(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    Element element = types.asElement(type);
    Optional<FrameworkCookie> known = parameterTypes.get(element);
    if (known == null) {
      known = catalogue.parameter(erasedName(type));
      parameterTypes.put(element, known);
    }
    return known;
  }

  /** The row that {@code method} is, if any. */
  Optional<Sink> match(ExecutableElement method) {
    if (!rowNames.contains(method.getSimpleName())) {
      return Optional.empty();
    }
    Optional<Sink> known = decided.get(method);
    if (known == null) {
      known = find(method);
      decided.put(method, known);
    }
    return known;
  }

  private Optional<Sink> find(ExecutableElement method) {
    // The owner of a constructor or a static method is the type that declares it, a comparison of
    // names, so it is asked first: every constructor the code calls is a candidate of every
    // constructor row. An instance method's owner may be a supertype, found by a walk: last.
    boolean overridable = method.getKind() == ElementKind.METHOD
        && !method.getModifiers().contains(Modifier.STATIC);
    for (Sink sink : catalogue.candidates(method.getSimpleName().toString())) {
      if (overridable ? parametersFit(sink, method) && ownerFits(sink, method)
          : ownerFits(sink, method) && parametersFit(sink, method)) {
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
    TypeElement owner = supertype(declaring, sink.owner());
    if (owner == null) {
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

  /**
   * The supertype of {@code type} named {@code name}, however far up, or null. Walking up is
   * cheap; looking the row's owner up by name would make javac search every package of every
   * module for a framework type that the class path often lacks.
   */
  private TypeElement supertype(TypeElement type, String name) {
    for (TypeElement supertype : Supertypes.of(types, type.asType())) {
      if (supertype.getQualifiedName().contentEquals(name)) {
        return supertype;
      }
    }
    return null;
  }
}
