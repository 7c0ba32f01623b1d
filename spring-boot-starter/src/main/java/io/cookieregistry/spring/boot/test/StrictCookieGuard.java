package io.cookieregistry.spring.boot.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs each test of a class (or one test method) with the starter's cookie guard in STRICT mode,
 * and fails the test when the guard refused a cookie meanwhile: an undeclared name the compiler
 * could not see, a cookie without consent, a missing attribute. Works over MockMvc and over real
 * HTTP alike; such tests must not run in parallel with each other.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(StrictCookieGuardExtension.class)
public @interface StrictCookieGuard {}
