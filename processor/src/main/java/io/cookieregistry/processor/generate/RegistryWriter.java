package io.cookieregistry.processor.generate;

import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.internal.registry.RegistryContract;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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
  private final Filer filer;
  private final boolean beforeLastRound;

  /** A writer for the last round, when every declaration is known. */
  public RegistryWriter(Filer filer) {
    this(filer, false);
  }

  private RegistryWriter(Filer filer, boolean beforeLastRound) {
    this.filer = filer;
    this.beforeLastRound = beforeLastRound;
  }

  /**
   * A writer for a named module (JPMS), in a round before the last: the class file is a generated
   * class that javac enters in the next round, so that the module's {@code provides ... with}
   * finds it. (In the last round, a generated class would draw a warning; there it is a resource.)
   */
  public static RegistryWriter forNamedModule(Filer filer) {
    return new RegistryWriter(filer, true);
  }

  /**
   * Writes the class {@code name} holding {@code declarations} (in policy order) of {@code
   * declaringTypes}, and the service file that registers it.
   */
  public void write(RegistryName name, String site, List<CookieDeclaration> declarations,
      Collection<String> declaringTypes, List<? extends Element> originatingElements)
      throws IOException {
    Element[] origins = originatingElements.toArray(new Element[0]);
    writeClass(name, RegistryClass.of(name, site, declarations, List.copyOf(declaringTypes)),
        origins);
    writeServices(List.of(name), origins);
  }

  /**
   * Empties registries that an earlier build left in the class output and this one replaces (their
   * declaring types changed, or nothing is declared any more): a registry class holding no
   * declaration, so that no dependent module reads removed cookies from it. The service file
   * then names {@code current} alone, or nothing.
   */
  public void retire(Collection<RegistryName> earlier, Optional<RegistryName> current)
      throws IOException {
    for (RegistryName name : earlier) {
      writeClass(name, RegistryClass.of(name, "", List.of(), List.of()), new Element[0]);
    }
    if (current.isEmpty()) {
      writeServices(List.of(), new Element[0]);
    }
  }

  private void writeClass(RegistryName name, byte[] bytes, Element[] origins) throws IOException {
    FileObject file = beforeLastRound
        ? filer.createClassFile(name.qualifiedName(), origins)
        : filer.createResource(StandardLocation.CLASS_OUTPUT, name.packageName(),
            name.simpleName() + ".class", origins);
    try (OutputStream out = file.openOutputStream()) {
      out.write(bytes);
    }
  }

  private void writeServices(List<RegistryName> names, Element[] origins) throws IOException {
    FileObject services = filer.createResource(StandardLocation.CLASS_OUTPUT, "",
        RegistryContract.SERVICE_FILE, origins);
    try (Writer out = new OutputStreamWriter(services.openOutputStream(), StandardCharsets.UTF_8)) {
      for (RegistryName name : names) {
        out.write(name.qualifiedName() + "\n");
      }
    }
  }
}
