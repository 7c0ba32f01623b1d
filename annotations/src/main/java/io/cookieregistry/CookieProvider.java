package io.cookieregistry;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The default "Service provider's name" for every {@link DeclaredCookie} in a class (and its nested
 * classes) or, on {@code package-info.java}, in a package. A declaration's own {@code provider}
 * wins; the nearest enclosing {@code @CookieProvider} comes next.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface CookieProvider {
  /** The provider's name as the policy shows it, e.g. {@code Opendatasoft}. Not blank. */
  String value();
}
