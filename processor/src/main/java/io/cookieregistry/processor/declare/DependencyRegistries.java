package io.cookieregistry.processor.declare;

import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.internal.registry.RegistryContract;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads the declarations that jars on the compile class path carry in their generated registries,
 * so that a module may write a cookie that a module it depends on declares.
 *
 * <p>Every generated registry in the default package {@value RegistryContract#GENERATED_PACKAGE}
 * repeats its declarations as {@code @DeclaredCookie} annotations (class retention), which javac
 * reads from the class file: no class of the dependency is loaded or run. A registry in this
 * compilation's own class output (left there by an earlier build) is not a dependency: it is kept
 * apart, for {@link PreviousBuild}.
 */
public final class DependencyRegistries {
  private final Elements elements;
  private final Filer filer;
  private final DeclarationReader reader;
  private final List<TypeElement> ownOutput = new ArrayList<>();

  public DependencyRegistries(Elements elements, Filer filer) {
    this.elements = elements;
    this.filer = filer;
    this.reader = new DeclarationReader(elements);
  }

  /** Every valid declaration of the dependencies' registries, by name; the first registry wins. */
  public Map<String, DependencyDeclaration> read() {
    Map<String, DependencyDeclaration> out = new LinkedHashMap<>();
    PackageElement pkg = elements.getPackageElement(RegistryContract.GENERATED_PACKAGE);
    if (pkg == null) {
      return out;
    }
    List<TypeElement> registries = new ArrayList<>();
    for (Element e : pkg.getEnclosedElements()) {
      if (e instanceof TypeElement type) {
        (isOwnOutput(type) ? ownOutput : registries).add(type);
      }
    }
    registries.sort((a, b) -> a.getQualifiedName().toString()
        .compareTo(b.getQualifiedName().toString()));
    for (TypeElement registry : registries) {
      for (SourceDeclaration d : reader.read(registry)) {
        try {
          CookieDeclaration cookie = d.toBuilder().build();
          out.putIfAbsent(cookie.name(),
              new DependencyDeclaration(cookie, registry.getQualifiedName().toString()));
        } catch (IllegalArgumentException e) {
          // A registry that a processor generated is valid; one that is not was edited by hand.
          // It cannot declare anything, and the runtime refuses it with this same message.
        }
      }
    }
    return out;
  }

  /**
   * The registries of the default package that an earlier build left in this compilation's own
   * class output, found by {@link #read}.
   */
  public List<TypeElement> ownOutput() {
    return ownOutput;
  }

  private boolean isOwnOutput(TypeElement type) {
    return PreviousBuild.inClassOutput(filer, type.getQualifiedName().toString());
  }
}
