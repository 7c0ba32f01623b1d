package io.cookieregistry.runtime.servlet.internal;

import jakarta.servlet.ServletRequest;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The {@code Set-Cookie} values the guard has already judged during one request, for a container
 * integration that looks at the response's headers once more at the end (Tomcat's valve) and must
 * judge only the ones that passed beside the guard. Kept by identity: a value the guard admitted is
 * the very string the container stores. Not public API.
 */
public final class JudgedHeaders {
  /** The request attribute that holds the set while such an integration runs. */
  public static final String ATTRIBUTE = JudgedHeaders.class.getName();

  private JudgedHeaders() {}

  /** A new, empty set, to put in the request under {@link #ATTRIBUTE}. */
  public static Set<String> newSet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }

  /** Records that {@code header} was judged and passed on, when the request keeps such a set. */
  public static void record(ServletRequest request, String header) {
    Object judged = request.getAttribute(ATTRIBUTE);
    if (judged instanceof Set) {
      @SuppressWarnings("unchecked")
      Set<String> set = (Set<String>) judged;
      set.add(header);
    }
  }
}
