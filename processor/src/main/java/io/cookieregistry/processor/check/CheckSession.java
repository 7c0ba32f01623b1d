package io.cookieregistry.processor.check;

import io.cookieregistry.processor.declare.Declaration;
import io.cookieregistry.runtime.CookieRegistry;
import java.util.Collection;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * The running write check of one compilation, as the processor sees it. An interface of our own,
 * so that the processor never loads a {@code com.sun.source} type on a compiler that lacks them.
 */
interface CheckSession {
  /**
   * The declarations are known: judge the writes found so far, and every later one. What javac
   * shows after processing is read with {@code late}.
   */
  void declarationsReady(CookieRegistry declared, List<Declaration> own, LateDeclarations late);

  /**
   * The root elements of a processing round, while their trees are still whole: the members that
   * carry a name without a mark are learnt, and a {@code @CookieName} parameter of an
   * implementation is shared with the method it overrides. Without {@code marked} (no element of
   * the round carries {@code @CookieName}) there is neither, and only the types are noted.
   */
  void sources(Collection<? extends Element> roots, boolean marked);
}
