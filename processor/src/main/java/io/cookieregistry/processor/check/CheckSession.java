package io.cookieregistry.processor.check;

import io.cookieregistry.processor.declare.Declaration;
import io.cookieregistry.runtime.CookieRegistry;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * The running write check of one compilation, as the processor sees it. An interface of our own,
 * so that the processor never loads a {@code com.sun.source} type on a compiler that lacks them.
 */
interface CheckSession {
  /** The declarations are known: judge the writes found so far, and every later one. */
  void declarationsReady(CookieRegistry declared, List<Declaration> own);

  /** The source types of a processing round, while their trees are still whole. */
  void sources(Set<? extends Element> roots);
}
