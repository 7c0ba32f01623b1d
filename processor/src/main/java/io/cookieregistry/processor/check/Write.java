package io.cookieregistry.processor.check;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;

/**
 * One cookie write found in an attributed tree, waiting to be judged against the declarations.
 *
 * @param unit the file it stands in
 * @param at the expression that carries the name, where a diagnostic points
 * @param name what the compiler knows of the name
 * @param sink how diagnostics name the API that writes it
 * @param suppressed whether {@code @SuppressWarnings("cookieregistry")} covers it
 * @param fix for a name unknown at compile time, what makes it checkable at this place
 */
record Write(CompilationUnitTree unit, Tree at, CookieNameValue name, String sink,
    boolean suppressed, String fix) {}
