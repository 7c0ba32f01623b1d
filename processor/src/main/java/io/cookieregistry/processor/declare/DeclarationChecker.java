package io.cookieregistry.processor.declare;

import io.cookieregistry.processor.diagnostics.DiagnosticKey;
import io.cookieregistry.processor.diagnostics.Reporter;
import io.cookieregistry.runtime.CookieAttribute;
import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.DeclarationProblem;
import io.cookieregistry.runtime.internal.CookieNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.QualifiedNameable;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Validates declarations one by one (name, purpose, duration, category rules, cookie prefixes)
 * and together (conflicting duplicates, also with dependencies' registries, and redundant
 * patterns). Reports every problem it finds and keeps the declarations fit for the registry.
 */
public final class DeclarationChecker {
  /** What two declarations of one name must agree on: everything but the name. */
  private static final List<CookieAttribute<?>> COMPARED = CookieAttribute.all().stream()
      .filter(a -> a != CookieAttribute.NAME).toList();

  private final Reporter reporter;
  private final ProviderResolver providers;
  private final Map<String, DependencyDeclaration> dependencies;
  private final Map<String, Declaration> byName = new LinkedHashMap<>();
  private final Map<String, Declaration> patterns = new HashMap<>();

  /**
   * @param dependencies what the registries of the class path declare; a declaration of this
   *     compilation must agree with them
   */
  public DeclarationChecker(Reporter reporter, ProviderResolver providers,
      Map<String, DependencyDeclaration> dependencies) {
    this.reporter = reporter;
    this.providers = providers;
    this.dependencies = dependencies;
  }

  /**
   * Checks the declarations found in one round, alone and against everything seen so far, and
   * keeps the valid ones. Problems are reported in the round that found them, while javac can
   * still map the annotation to its line.
   */
  public void check(List<SourceDeclaration> round) {
    // Each place is named once: naming one builds a string, and sorting compares them often.
    Map<SourceDeclaration, String> places = new IdentityHashMap<>();
    for (SourceDeclaration d : round) {
      places.put(d, location(d.element()));
    }
    List<SourceDeclaration> ordered = new ArrayList<>(round);
    ordered.sort(Comparator.comparing((SourceDeclaration d) -> places.get(d))
        .thenComparing(SourceDeclaration::name));
    List<Declaration> fresh = new ArrayList<>();
    for (SourceDeclaration source : ordered) {
      Optional<CookieDeclaration> cookie = checkOne(source);
      if (cookie.isEmpty()) {
        continue;
      }
      Declaration declaration = new Declaration(cookie.get(), source);
      Declaration first = byName.get(source.name());
      DependencyDeclaration dependency = dependencies.get(source.name());
      if (first != null && !first.cookie().equals(cookie.get())) {
        reportConflict(declaration, first.cookie(), "in " + location(first.source().element()));
      } else if (dependency != null && !dependency.cookie().equals(cookie.get())) {
        reportConflict(declaration, dependency.cookie(), "by the registry "
            + dependency.registry() + " of a dependency");
      } else if (first == null) {
        byName.put(source.name(), declaration);
        fresh.add(declaration);
        if (cookie.get().isPattern()) {
          patterns.put(CookieNames.literalPart(source.name()), declaration);
        }
      }
    }
    fresh.forEach(this::reportIfRedundant);
  }

  /** Every valid declaration seen so far, one per name. */
  public List<Declaration> all() {
    return List.copyOf(byName.values());
  }

  /**
   * Reports what the declaration rules find and, when none is an error, resolves the provider and
   * builds the declaration.
   */
  private Optional<CookieDeclaration> checkOne(SourceDeclaration d) {
    CookieDeclaration.Builder builder = d.toBuilder();
    boolean ok = true;
    for (DeclarationProblem problem : builder.problems()) {
      report(problem.isError() ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING,
          DiagnosticKey.of(problem.rule()), d, problem.attribute().name(), problem.message());
      ok &= !problem.isError();
    }
    if (!ok) {
      return Optional.empty();
    }
    String provider = d.get(CookieAttribute.PROVIDER).strip();
    return Optional.of(builder
        .provider(provider.isEmpty() ? providers.defaultFor(d.element()) : provider).build());
  }

  private void reportConflict(Declaration here, CookieDeclaration other, String where) {
    List<String> differences = new ArrayList<>();
    for (CookieAttribute<?> attribute : COMPARED) {
      Object mine = here.cookie().get(attribute);
      Object theirs = other.get(attribute);
      if (!mine.equals(theirs)) {
        differences.add(attribute + " '" + mine + "' here but '" + theirs + "'");
      }
    }
    SourceDeclaration d = here.source();
    String attribute = differences.get(0).substring(0, differences.get(0).indexOf(' '));
    error(DiagnosticKey.CONFLICT, d, attribute.equals("provider") ? "name" : attribute,
        "cookie '" + d.name() + "' is declared differently " + where + ": "
            + String.join(", ", differences) + ". A cookie is one thing; make the declarations"
            + " agree, or declare it once");
  }

  /**
   * A pattern inside a broader pattern that says exactly the same thing adds nothing: every name
   * it matches is already declared alike. Each proper prefix is looked up, so the cost grows with
   * the pattern's length, not with the number of patterns.
   */
  private void reportIfRedundant(Declaration d) {
    if (!d.cookie().isPattern()) {
      return;
    }
    String literal = CookieNames.literalPart(d.cookie().name());
    for (int length = literal.length() - 1; length > 0; length--) {
      Declaration broader = patterns.get(literal.substring(0, length));
      if (broader != null) {
        if (sameExceptName(broader.cookie(), d.cookie())) {
          report(Diagnostic.Kind.WARNING, DiagnosticKey.REDUNDANT_PATTERN, d.source(), "name",
              "pattern '" + d.cookie().name() + "' is unreachable in effect: the broader pattern '"
              + broader.cookie().name() + "' already declares every name it matches, with the"
              + " same attributes; remove it");
        }
        return;
      }
    }
  }

  private static boolean sameExceptName(CookieDeclaration a, CookieDeclaration b) {
    return COMPARED.stream().allMatch(attribute -> a.get(attribute).equals(b.get(attribute)));
  }

  private void error(DiagnosticKey key, SourceDeclaration d, String attribute, String message) {
    report(Diagnostic.Kind.ERROR, key, d, attribute, message);
  }

  private void report(Diagnostic.Kind kind, DiagnosticKey key, SourceDeclaration d,
      String attribute, String message) {
    d.report(reporter, kind, key, attribute, message);
  }

  /** A readable, stable name for where an element stands: {@code com.x.Login#login}. */
  public static String location(Element element) {
    if (element instanceof QualifiedNameable && !isLocal(element)) {
      String name = ((QualifiedNameable) element).getQualifiedName().toString();
      return element instanceof PackageElement ? "package " + name : name;
    }
    Element owner = element.getEnclosingElement();
    String name = element.getSimpleName().length() == 0 ? "(anonymous class)"
        : element.getSimpleName().toString();
    return (owner == null ? "" : location(owner) + "#") + name;
  }

  /**
   * A local or anonymous class has no qualified name: it is named after what holds it, {@code
   * com.x.Login#login#Declarations} or {@code com.x.Login#holder#(anonymous class)}.
   */
  private static boolean isLocal(Element element) {
    return element instanceof TypeElement type && (type.getNestingKind() == NestingKind.LOCAL
        || type.getNestingKind() == NestingKind.ANONYMOUS);
  }
}
