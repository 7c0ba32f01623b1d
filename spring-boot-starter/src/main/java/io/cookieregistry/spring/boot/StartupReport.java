package io.cookieregistry.spring.boot;

import io.cookieregistry.runtime.ConsentCookie;
import io.cookieregistry.runtime.CookieRegistry;
import io.cookieregistry.runtime.CookieRegistryProvider;
import io.cookieregistry.runtime.GuardMode;
import java.util.List;
import java.util.ServiceLoader;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/** The start-up lines: the guard's mode and what it knows, loudly when it knows nothing. */
final class StartupReport {
  private static final Log LOG = LogFactory.getLog(CookieRegistryAutoConfiguration.class);

  private StartupReport() {}

  static void log(CookieRegistry registry, GuardMode mode, ClassLoader loader) {
    List<String> registries = ServiceLoader.load(CookieRegistryProvider.class, loader).stream()
        .map(provider -> provider.type().getName()).sorted().toList();
    int declarations = registry.declarations().size();
    if (declarations == 0) {
      LOG.warn("[cookieregistry:empty-registry] No cookie is declared on the class path: the guard ("
          + mode + ") refuses every cookie, the session cookie included. Add cookie-registry-processor"
          + " to the compiler's annotationProcessorPaths and declare cookies with @DeclaredCookie.");
      return;
    }
    LOG.info("Cookie guard in " + mode + " mode, " + declarations + " cookie declaration"
        + (declarations == 1 ? "" : "s") + (registry.site().isEmpty() ? "" : " for " + registry.site())
        + " from " + registries.size() + " registr" + (registries.size() == 1 ? "y " : "ies ")
        + registries + ": " + registry.declarations().stream().map(d -> d.name()).toList());
    if (registry.find(ConsentCookie.NAME).isEmpty()) {
      LOG.info("'" + ConsentCookie.NAME + "' is not declared: the consent endpoint cannot record"
          + " choices until it is (a NECESSARY cookie)");
    }
  }
}
