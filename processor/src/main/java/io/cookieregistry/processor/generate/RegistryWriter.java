package io.cookieregistry.processor.generate;

import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.CookieRegistryProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the registry class of a compilation (see {@link RegistryClass}) into the class output
 * and registers it for {@link java.util.ServiceLoader}.
 *
 * <p>It is written when processing is over, with every declaration known, as a class file rather
 * than a source: a source generated before the last round makes javac run one more processing
 * round over every class of the compilation, and one generated in the last round makes javac warn
 * in every build.
 */
public final class RegistryWriter {
  static final String SERVICE_FILE =
      "META-INF/services/" + CookieRegistryProvider.class.getName();

  private final Filer filer;

  public RegistryWriter(Filer filer) {
    this.filer = filer;
  }

  /**
   * Writes the class {@code name} holding {@code declarations} (in policy order) and the service
   * file that registers it.
   */
  public void write(RegistryName name, String site, List<CookieDeclaration> declarations,
      List<? extends Element> originatingElements) throws IOException {
    byte[] bytes = RegistryClass.of(name, site, declarations);
    Element[] origins = originatingElements.toArray(new Element[0]);
    try (OutputStream out = filer.createResource(StandardLocation.CLASS_OUTPUT,
        name.packageName(), name.simpleName() + ".class", origins).openOutputStream()) {
      out.write(bytes);
    }
    FileObject services = filer.createResource(StandardLocation.CLASS_OUTPUT, "", SERVICE_FILE,
        origins);
    try (Writer out = new OutputStreamWriter(services.openOutputStream(), StandardCharsets.UTF_8)) {
      out.write(name.qualifiedName() + "\n");
    }
  }
}
