package io.cookieregistry.processor.declare;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.processor.diagnostics.DiagnosticKey;
import io.cookieregistry.processor.diagnostics.Reporter;
import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.internal.CookieLifetime;
import io.cookieregistry.runtime.internal.CookieNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.QualifiedNameable;
import javax.tools.Diagnostic;

/**
 * Validates declarations one by one (name, purpose, duration, category rules, cookie prefixes)
 * and together (conflicting duplicates, also with dependencies' registries, and redundant
 * patterns). Reports every problem it finds and keeps the declarations fit for the registry.
 */
public final class DeclarationChecker {
  /** How one attribute is compared and named when two declarations of a name disagree. */
  private static final Map<String, Function<CookieDeclaration, Object>> ATTRIBUTES = attributes();

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
    List<SourceDeclaration> ordered = new ArrayList<>(round);
    ordered.sort(Comparator.comparing((SourceDeclaration d) -> location(d.element()))
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

  private Optional<CookieDeclaration> checkOne(SourceDeclaration d) {
    boolean ok = true;
    Optional<String> nameProblem = CookieNames.problem(d.name());
    if (nameProblem.isPresent()) {
      error(DiagnosticKey.INVALID_NAME, d, "name", "cookie name '" + d.name() + "' "
          + nameProblem.get() + "; use an RFC 6265 token such as 'sessionid', or a prefix"
          + " pattern such as '_ga_*'");
      ok = false;
    }
    if (d.purpose().isBlank()) {
      error(DiagnosticKey.BLANK_PURPOSE, d, "purpose", "cookie '" + d.name() + "' needs a purpose:"
          + " say in the visitor's words what it is for, e.g. purpose = \"To remember the"
          + " visitor's language\"");
      ok = false;
    }
    CookieLifetime lifetime = null;
    try {
      lifetime = CookieLifetime.parse(d.duration());
    } catch (IllegalArgumentException e) {
      error(DiagnosticKey.INVALID_DURATION, d, "duration", "cookie '" + d.name() + "': "
          + e.getMessage());
      ok = false;
    }
    if (lifetime != null && lifetime.exceedsBrowserCap()) {
      report(Diagnostic.Kind.WARNING, DiagnosticKey.LONG_DURATION, d, "duration", "cookie '"
          + d.name() + "' is declared to last " + d.duration() + " (" + lifetime.describe()
          + "), but browsers keep a cookie at most 400 days (RFC 6265bis); declare at most P400D");
    }
    if (d.anonymized() && d.category() != CookieCategory.STATISTICS) {
      error(DiagnosticKey.ANONYMIZED_CATEGORY, d, "anonymized", "cookie '" + d.name() + "' is"
          + " declared anonymized, which only exempts STATISTICS cookies from consent; its"
          + " category is " + d.category() + ": remove anonymized or change the category");
      ok = false;
    }
    String prefix = CookieNames.hasSecurePrefix(d.name()) ? CookieNames.SECURE_PREFIX
        : CookieNames.hasHostPrefix(d.name()) ? CookieNames.HOST_PREFIX : null;
    if (prefix != null && !d.secure()) {
      error(DiagnosticKey.PREFIX_RULE, d, "name", "cookie '" + d.name() + "' starts with "
          + prefix + ", so browsers accept it only with the Secure attribute: add secure = true");
      ok = false;
    }
    if (!ok) {
      return Optional.empty();
    }
    String provider = d.provider().strip();
    if (provider.isEmpty()) {
      provider = providers.defaultFor(d.element());
    }
    return Optional.of(CookieDeclaration.builder(d.name(), d.category(), d.purpose())
        .provider(provider)
        .function(d.function())
        .duration(d.duration())
        .thirdParty(d.thirdParty())
        .anonymized(d.anonymized())
        .secure(d.secure())
        .httpOnly(d.httpOnly())
        .build());
  }

  private void reportConflict(Declaration here, CookieDeclaration other, String where) {
    List<String> differences = new ArrayList<>();
    ATTRIBUTES.forEach((attribute, read) -> {
      Object mine = read.apply(here.cookie());
      Object theirs = read.apply(other);
      if (!mine.equals(theirs)) {
        differences.add(attribute + " '" + mine + "' here but '" + theirs + "'");
      }
    });
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
    return ATTRIBUTES.entrySet().stream()
        .allMatch(e -> e.getValue().apply(a).equals(e.getValue().apply(b)));
  }

  private void error(DiagnosticKey key, SourceDeclaration d, String attribute, String message) {
    report(Diagnostic.Kind.ERROR, key, d, attribute, message);
  }

  private void report(Diagnostic.Kind kind, DiagnosticKey key, SourceDeclaration d,
      String attribute, String message) {
    if (d.repeatIndex() >= 0) {
      reporter.repeated(kind, key, message, d.element(), d.mirror(), d.repeatIndex(), attribute);
    } else if (kind == Diagnostic.Kind.ERROR) {
      reporter.error(key, message, d.element(), d.mirror(), d.value(attribute));
    } else {
      reporter.warning(key, message, d.element(), d.mirror(), d.value(attribute));
    }
  }

  /** A readable, stable name for where an element stands: {@code com.x.Login#login}. */
  static String location(Element element) {
    if (element instanceof QualifiedNameable) {
      String name = ((QualifiedNameable) element).getQualifiedName().toString();
      return element instanceof PackageElement ? "package " + name : name;
    }
    Element owner = element.getEnclosingElement();
    return (owner == null ? "" : location(owner) + "#") + element.getSimpleName();
  }

  private static Map<String, Function<CookieDeclaration, Object>> attributes() {
    Map<String, Function<CookieDeclaration, Object>> m = new LinkedHashMap<>();
    m.put("category", CookieDeclaration::category);
    m.put("provider", CookieDeclaration::provider);
    m.put("purpose", CookieDeclaration::purpose);
    m.put("function", CookieDeclaration::function);
    m.put("duration", CookieDeclaration::duration);
    m.put("thirdParty", CookieDeclaration::thirdParty);
    m.put("anonymized", CookieDeclaration::anonymized);
    m.put("secure", CookieDeclaration::secure);
    m.put("httpOnly", CookieDeclaration::httpOnly);
    return m;
  }
}
