package io.cookieregistry.processor.declare;

import io.cookieregistry.CookieProvider;
import io.cookieregistry.processor.diagnostics.DiagnosticKey;
import io.cookieregistry.processor.diagnostics.Reporter;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Finds the provider of a declaration that names none: the nearest {@code @CookieProvider} on an
 * enclosing class, then on the package, then the {@code cookieregistry.provider} option, else the
 * site itself (empty).
 */
public final class ProviderResolver {
  private static final String COOKIE_PROVIDER = CookieProvider.class.getCanonicalName();

  private final Elements elements;
  private final String fallback;
  private final Reporter reporter;
  private final Set<Element> checked = new HashSet<>();

  public ProviderResolver(Elements elements, String fallback, Reporter reporter) {
    this.elements = elements;
    this.fallback = fallback;
    this.reporter = reporter;
  }

  /** The provider that applies to a declaration on {@code element} whose own provider is empty. */
  public String defaultFor(Element element) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      if (e instanceof TypeElement || e instanceof PackageElement) {
        String provider = providerOn(e);
        if (provider != null) {
          return provider;
        }
      }
    }
    return fallback;
  }

  /**
   * The {@code @CookieProvider} value on an element, or {@code null} when it has none or a blank
   * one (which is reported once, on the annotation).
   */
  public String providerOn(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (!DeclarationReader.annotationType(mirror).equals(COOKIE_PROVIDER)) {
        continue;
      }
      for (var e : elements.getElementValuesWithDefaults(mirror).entrySet()) {
        if (!(e.getValue().getValue() instanceof String)) {
          return null;
        }
        String value = ((String) e.getValue().getValue()).strip();
        if (value.isEmpty()) {
          if (checked.add(element)) {
            reporter.error(DiagnosticKey.BLANK_PROVIDER, "@CookieProvider needs a provider name;"
                + " give the name the policy should show, e.g. @CookieProvider(\"Opendatasoft\")",
                element, mirror, e.getValue());
          }
          return null;
        }
        return value;
      }
    }
    return null;
  }
}
