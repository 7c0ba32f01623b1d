package io.cookieregistry.processor.declare;

import io.cookieregistry.processor.generate.RegistryName;
import io.cookieregistry.runtime.internal.registry.DeclaringTypes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.StandardLocation;

/**
 * What an earlier build of this module left in the class output: its registries and the types
 * that declared their cookies ({@link DeclaringTypes}).
 *
 * <p>An incremental compilation (Gradle, an IDE, javac given the changed files with the output
 * folder on the class path) compiles some of a module's sources. The declarations of the types it
 * does not compile are read again from those types' class files, where {@code @DeclaredCookie}
 * (class retention) is kept: a type that was deleted, or whose declarations were removed, no
 * longer declares anything, and a registry of the earlier build is never trusted as it stands.
 */
public final class PreviousBuild {
  private static final String DECLARING_TYPES = DeclaringTypes.class.getCanonicalName();

  private final List<TypeElement> registries;
  private final Set<String> declaringTypes;

  /**
   * A cookie that a local or anonymous class declared in the earlier build, as that build's
   * registry holds it, under its declaring-types {@code entry} ({@link
   * RegistryName#localDeclaration}).
   */
  public record LocalDeclaration(String entry, SourceDeclaration declaration) {}

  private PreviousBuild(List<TypeElement> registries, Set<String> declaringTypes) {
    this.registries = registries;
    this.declaringTypes = declaringTypes;
  }

  /**
   * What the registries of the class output say: {@code ownDefault}, those of the default package
   * that {@link DependencyRegistries} found there, and the one named {@code configured} (the
   * {@code cookieregistry.registry} option; empty for none). The class output must be on the
   * class path, as build tools put it for an incremental compilation; a registry emptied by an
   * earlier build is no longer one.
   */
  public static PreviousBuild read(Elements elements, Filer filer, List<TypeElement> ownDefault,
      String configured) {
    List<TypeElement> candidates = new ArrayList<>(ownDefault);
    TypeElement named = configured.isEmpty() ? null : elements.getTypeElement(configured);
    if (named != null && !candidates.contains(named) && inClassOutput(filer, configured)) {
      candidates.add(named);
    }
    DeclarationReader reader = new DeclarationReader(elements);
    List<TypeElement> registries = new ArrayList<>();
    Set<String> declaringTypes = new TreeSet<>();
    for (TypeElement registry : candidates) {
      List<String> types = declaringTypes(registry);
      if (!types.isEmpty() || !reader.read(registry).isEmpty()) {
        registries.add(registry);
        declaringTypes.addAll(types);
      }
    }
    return new PreviousBuild(registries, declaringTypes);
  }

  /** The registries the earlier build wrote into this class output. */
  public Set<String> registries() {
    Set<String> names = new TreeSet<>();
    registries.forEach(r -> names.add(r.getQualifiedName().toString()));
    return names;
  }

  /**
   * The declarations of the earlier build's declaring types that this compilation does not
   * compile (by qualified name, {@code com.example.package-info} for a package), read from their
   * class files; a type no longer on the class path declares nothing.
   */
  public List<SourceDeclaration> declarationsOutside(Set<String> compiled, Elements elements,
      DeclarationReader reader) {
    List<SourceDeclaration> out = new ArrayList<>();
    for (String type : declaringTypes) {
      if (compiled.contains(type) || RegistryName.localDeclaringType(type) != null) {
        continue;
      }
      Element element = type.endsWith(".package-info")
          ? elements.getPackageElement(type.substring(0, type.length() - ".package-info".length()))
          : elements.getTypeElement(type);
      if (element != null) {
        out.addAll(reader.readAll(element));
      }
    }
    return out;
  }


  /**
   * The cookies that local or anonymous classes of types this compilation does not compile
   * declared in the earlier build. Their class files have no name to be looked up by, but their
   * type's class file is unchanged, so the earlier registry still holds what they declare; a type
   * no longer on the class path declares nothing.
   */
  public List<LocalDeclaration> localDeclarationsOutside(Set<String> compiled, Elements elements,
      DeclarationReader reader) {
    Map<String, SourceDeclaration> registered = new HashMap<>();
    List<LocalDeclaration> out = new ArrayList<>();
    for (String entry : declaringTypes) {
      String type = RegistryName.localDeclaringType(entry);
      if (type == null || compiled.contains(type) || elements.getTypeElement(type) == null) {
        continue;
      }
      if (registered.isEmpty()) {
        for (TypeElement registry : registries) {
          reader.read(registry).forEach(d -> registered.putIfAbsent(d.name(), d));
        }
      }
      SourceDeclaration declaration = registered.get(RegistryName.localCookie(entry));
      if (declaration != null) {
        out.add(new LocalDeclaration(entry, declaration));
      }
    }
    return out;
  }

  private static List<String> declaringTypes(TypeElement registry) {
    List<String> out = new ArrayList<>();
    for (AnnotationMirror mirror : registry.getAnnotationMirrors()) {
      if (!DeclarationReader.annotationType(mirror).equals(DECLARING_TYPES)) {
        continue;
      }
      mirror.getElementValues().values().forEach(value -> {
        if (value.getValue() instanceof List<?> list) {
          for (Object item : list) {
            if (item instanceof AnnotationValue text && text.getValue() instanceof String name) {
              out.add(name);
            }
          }
        }
      });
    }
    return out;
  }

  /** Whether the class file of {@code registry} is in the class output: an earlier build's. */
  public static boolean inClassOutput(Filer filer, String registry) {
    int dot = registry.lastIndexOf('.');
    String pkg = dot < 0 ? "" : registry.substring(0, dot);
    try (var in = filer.getResource(StandardLocation.CLASS_OUTPUT, pkg,
        registry.substring(dot + 1) + ".class").openInputStream()) {
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}
