package io.cookieregistry.processor.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;

/**
 * The processor's {@link Filer}, which remembers the resources it created so that they can be
 * written a second time when the compilation ends: javac's Filer refuses to reopen a file, but
 * declarations that javac shows after processing ({@code LateDeclarations}) must reach the
 * registry and the policy already written. A file of a folder of the file system (javac, Maven,
 * Gradle) is written again in place; one that is not (an in-memory file manager) cannot be.
 */
public final class OutputFiles implements Filer {
  private final Filer filer;
  private final Map<String, FileObject> created = new LinkedHashMap<>();
  private boolean rewriting;

  public OutputFiles(Filer filer) {
    this.filer = filer;
  }

  /** From now on, a resource created before is written again at its place. */
  public void rewriting() {
    rewriting = true;
  }

  /** The resources created so far that cannot be written again: none in a file-system folder. */
  public List<String> notRewritable() {
    return created.values().stream().map(FileObject::toUri)
        .filter(uri -> !"file".equals(uri.getScheme())).map(URI::toString).toList();
  }

  @Override
  public FileObject createResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
      CharSequence relativeName, Element... originatingElements) throws IOException {
    String key = location.getName() + "/" + moduleAndPkg + "/" + relativeName;
    FileObject before = created.get(key);
    if (rewriting && before != null) {
      return new Rewritten(before.toUri());
    }
    FileObject file = filer.createResource(location, moduleAndPkg, relativeName,
        originatingElements);
    created.put(key, file);
    return file;
  }

  @Override
  public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements)
      throws IOException {
    return filer.createSourceFile(name, originatingElements);
  }

  @Override
  public JavaFileObject createClassFile(CharSequence name, Element... originatingElements)
      throws IOException {
    return filer.createClassFile(name, originatingElements);
  }

  @Override
  public FileObject getResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
      CharSequence relativeName) throws IOException {
    return filer.getResource(location, moduleAndPkg, relativeName);
  }

  /** A file written once already, written again directly. */
  private static final class Rewritten extends SimpleJavaFileObject {
    Rewritten(URI uri) {
      super(uri, JavaFileObject.Kind.OTHER);
    }

    @Override
    public OutputStream openOutputStream() throws IOException {
      return Files.newOutputStream(Path.of(toUri()));
    }
  }
}
