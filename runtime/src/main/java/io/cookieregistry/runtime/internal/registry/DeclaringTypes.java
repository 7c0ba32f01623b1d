package io.cookieregistry.runtime.internal.registry;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a generated registry class: the qualified names of the top-level types (and {@code
 * package-info}s, as {@code com.example.package-info}) whose declarations it holds, and for each
 * cookie declared in a local or anonymous class, its top-level type and name ({@code
 * com.example.Login#sid}). <strong>Not API.</strong>
 *
 * <p>An incremental compilation (Gradle, an IDE: the changed files compiled, the rest of the
 * module on the class path) reads it from the registry an earlier build left in the class output,
 * so that the declarations of the types it does not recompile stay in the registry: the processor
 * reads them again from those types' class files, where {@code @DeclaredCookie} is kept, and a
 * local class's cookie, whose class cannot be looked up by name, from the earlier registry.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface DeclaringTypes {
  /** The declaring types, sorted. */
  String[] value();
}
