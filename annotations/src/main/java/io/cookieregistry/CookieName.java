package io.cookieregistry;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks where a cookie name travels through your own code, so the build checks it where it is
 * still a constant.
 *
 * <ul>
 *   <li>On a <b>method or constructor parameter</b>: the method is a cookie-writing helper. Every
 *       call is checked with its argument as the cookie name (each element of a varargs
 *       parameter), and inside the helper the non-constant name is accepted.
 *   <li>On a <b>field</b>: the field's initializer and every assignment to it are checked as cookie
 *       names, and cookie writes that take their name from the field are accepted. This is the
 *       usual "configurable cookie name with a default" shape.
 *   <li>On a <b>method</b> (a getter, a configuration accessor): every value it returns is
 *       checked as a cookie name, and cookie writes that take their name from a call of it are
 *       accepted. On a record component it marks the parameter, the field and the accessor.
 * </ul>
 *
 * <pre>{@code
 * void setCookie(HttpServletResponse res, @CookieName String name, String value) {
 *   res.addCookie(new Cookie(name, value));          // accepted: the callers are checked
 * }
 * setCookie(res, "sessionid", token);                // checked: must be declared
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface CookieName {}
