package io.cookieregistry.processor.declare;

import io.cookieregistry.runtime.CookieDeclaration;

/**
 * A checked declaration: the immutable model that the writers use, and the source it came from,
 * which only diagnostics use.
 */
public record Declaration(CookieDeclaration cookie, SourceDeclaration source) {}
