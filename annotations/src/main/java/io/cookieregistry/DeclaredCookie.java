package io.cookieregistry;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a cookie that this code sets. Put it next to the code that writes the cookie: on the
 * class, the method, the constructor, the field, or on {@code package-info.java} for cookies that
 * belong to a whole package.
 *
 * <pre>{@code
 * @DeclaredCookie(name = "sessionid", category = CookieCategory.NECESSARY,
 *     purpose = "To remember the user from one page to another",
 *     function = "Authentication (front and back office)")
 * class LoginController { ... }
 * }</pre>
 *
 * <p>The annotation processor validates every declaration, fails the build at every cookie write
 * whose name is not declared, and generates a registry class plus the cookie policy (Markdown,
 * HTML, JSON) under {@code META-INF/cookie-registry/}.
 *
 * <p>The same cookie may be declared in several places as long as every declaration says the same
 * thing; two declarations of one name that differ in any attribute are an error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({
  ElementType.TYPE,
  ElementType.METHOD,
  ElementType.CONSTRUCTOR,
  ElementType.FIELD,
  ElementType.PACKAGE
})
@Repeatable(DeclaredCookies.class)
public @interface DeclaredCookie {

  /**
   * The cookie name: an RFC 6265 token (visible ASCII except separators such as {@code ( ) < > @ ,
   * ; : \ " / [ ] ? = { }}), or a prefix pattern ending in a single {@code *} for names with a
   * variable part ({@code _ga_*}, {@code ab_test_*}). Names are case-sensitive.
   */
  String name();

  /** The kind of cookie; decides the policy table it appears in and whether it needs consent. */
  CookieCategory category();

  /** What the cookie is for, in words for the visitor: the policy's "Purposes" column. Not blank. */
  String purpose();

  /**
   * The "Service provider's name" column. When empty, the nearest enclosing {@link CookieProvider}
   * (class, then package) applies, else the processor option {@code cookieregistry.provider}, else
   * the site itself (first party).
   */
  String provider() default "";

  /** The "Function and location" column, e.g. {@code Authentication (front and back office)}. */
  String function() default "";

  /**
   * How long the cookie lives: {@code session} (until the browser closes) or an ISO-8601 period or
   * duration such as {@code PT30M}, {@code P1D} or {@code P13M}. Browsers cap lifetimes at 400 days
   * (RFC 6265bis), so a longer duration is reported as a warning.
   */
  String duration() default "session";

  /** The cookie is set by, or for, another site than the one the visitor is on. */
  boolean thirdParty() default false;

  /**
   * For {@link CookieCategory#STATISTICS} only: the measurement is anonymised (cannot be traced back
   * to a person), which exempts the cookie from consent.
   */
  boolean anonymized() default false;

  /** The cookie must carry the {@code Secure} attribute; the runtime guard checks it. */
  boolean secure() default false;

  /** The cookie must carry the {@code HttpOnly} attribute; the runtime guard checks it. */
  boolean httpOnly() default false;

  /**
   * Where the cookie's row stands in its category's table: lower first. Rows without an order
   * come after those with one; rows of equal order go by provider, then name. Lets a site keep
   * the order of the policy it published before.
   */
  int order() default Integer.MAX_VALUE;
}
