package io.cookieregistry.processor;

import io.cookieregistry.processor.check.LateDeclarations;
import io.cookieregistry.processor.declare.Declaration;
import io.cookieregistry.processor.declare.DeclarationChecker;
import io.cookieregistry.processor.declare.DeclarationReader;
import io.cookieregistry.processor.declare.SourceDeclaration;
import io.cookieregistry.processor.generate.RegistryName;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.util.Elements;

/**
 * Reads {@link LateDeclarations} as processing rounds read declarations: with the same reader,
 * and the same checker, which compares them with every declaration seen before. When the
 * compilation ends, what they added goes to the registry and the policy.
 */
final class LateDeclarationReader implements LateDeclarations {
  /** Ships the declarations once the late ones have added {@code names}. */
  interface Shipping {
    void added(List<String> names, boolean namedModule);
  }

  private final DeclarationReader reader;
  private final DeclarationChecker checker;
  private final Elements elements;
  private final Set<String> declaringTypes;
  private final Shipping shipping;
  private final List<String> added = new ArrayList<>();
  private boolean namedModule;
  private boolean entriesAdded;

  /**
   * {@code declaringTypes} receives the top-level types of the declarations added, or for those
   * of local and anonymous classes their {@link RegistryName#localDeclaration} entries.
   */
  LateDeclarationReader(DeclarationReader reader, DeclarationChecker checker, Elements elements,
      Set<String> declaringTypes, Shipping shipping) {
    this.reader = reader;
    this.checker = checker;
    this.elements = elements;
    this.declaringTypes = declaringTypes;
    this.shipping = shipping;
  }

  @Override
  public List<Declaration> read(List<? extends Element> declaring) {
    Set<String> before = checker.all().stream().map(d -> d.cookie().name())
        .collect(Collectors.toSet());
    List<SourceDeclaration> found = new ArrayList<>();
    declaring.forEach(e -> found.addAll(reader.readAll(e)));
    checker.check(found);
    Set<String> valid = checker.all().stream().map(d -> d.cookie().name())
        .collect(Collectors.toSet());
    // A local class's cookie is kept by an entry of its own, also when it repeats a declaration
    // seen before, which a later incremental build may remove. Its type stays out of the
    // registry's name, chosen before local classes are read (see RegistryName.of).
    for (SourceDeclaration d : found) {
      String local = RegistryName.localDeclaration(d.element(), d.name());
      if (local != null && valid.contains(d.name())) {
        entriesAdded |= declaringTypes.add(local);
      }
    }
    List<Declaration> fresh = checker.all().stream()
        .filter(d -> !before.contains(d.cookie().name())).toList();
    for (Declaration d : fresh) {
      Element element = d.source().element();
      if (!RegistryName.isInLocalClass(element)) {
        declaringTypes.add(RegistryName.declaringType(element));
      }
      ModuleElement module = elements.getModuleOf(element);
      namedModule |= module != null && !module.isUnnamed();
      added.add(d.cookie().name());
    }
    return fresh;
  }

  @Override
  public void compilationEnded() {
    if (!added.isEmpty() || entriesAdded) {
      shipping.added(List.copyOf(added), namedModule);
    }
  }
}
