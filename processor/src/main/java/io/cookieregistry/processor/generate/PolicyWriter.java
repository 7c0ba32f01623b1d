package io.cookieregistry.processor.generate;

import io.cookieregistry.runtime.policy.ConsentExport;
import io.cookieregistry.runtime.policy.CookiePolicy;
import io.cookieregistry.runtime.policy.PolicyFormat;
import io.cookieregistry.runtime.policy.PolicyLanguage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.StandardLocation;

/**
 * Writes the cookie policy in every {@link PolicyFormat} and {@link PolicyLanguage} under {@code META-INF/cookie-registry/}
 * of the class output, with the runtime's renderers, so the jar ships the very text the runtime
 * would print; and beside it the configurations of other consent managers ({@link ConsentExport}).
 */
public final class PolicyWriter {
  private final Filer filer;

  public PolicyWriter(Filer filer) {
    this.filer = filer;
  }

  public void write(CookiePolicy policy, List<? extends Element> originatingElements)
      throws IOException {
    Element[] origins = originatingElements.toArray(new Element[0]);
    for (PolicyFormat format : PolicyFormat.values()) {
      for (PolicyLanguage language : PolicyLanguage.values()) {
        if (format.perLanguage() || language == PolicyLanguage.ENGLISH) {
          write(format.resourcePath(language), format.render(policy, language), origins);
        }
      }
    }
    for (ConsentExport export : ConsentExport.values()) {
      write(export.resourcePath(), export.render(policy), origins);
    }
  }

  /**
   * Encodes the text in one call, which a cold JVM runs far faster than a writer's encoder
   * working through buffers of it.
   */
  private void write(String path, String text, Element[] origins) throws IOException {
    try (OutputStream out = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, origins)
        .openOutputStream()) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
