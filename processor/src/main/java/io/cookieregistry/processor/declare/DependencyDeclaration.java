package io.cookieregistry.processor.declare;

import io.cookieregistry.runtime.CookieDeclaration;

/** A declaration carried by the generated registry of a jar on the compile class path. */
public record DependencyDeclaration(CookieDeclaration cookie, String registry) {}
