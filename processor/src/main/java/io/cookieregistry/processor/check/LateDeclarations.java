package io.cookieregistry.processor.check;

import io.cookieregistry.processor.declare.Declaration;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * The declarations javac shows only after annotation processing: those of local classes, which
 * {@code RoundEnvironment} never returns, and those of the files javac compiles implicitly, from
 * the source path, which it parses when a class of the compilation first needs them. The write
 * check finds them while it scans; the processor validates them as it does the others and ships
 * what they add when the compilation ends.
 */
public interface LateDeclarations {
  /** For a compilation whose declarations could not be read at all: none is ever accepted. */
  LateDeclarations NONE = new LateDeclarations() {
    @Override
    public List<Declaration> read(List<? extends Element> elements) {
      return List.of();
    }

    @Override
    public void compilationEnded() {}
  };

  /**
   * Reads the declarations on these elements and on everything they enclose, reports what the
   * declaration rules find (against every declaration seen before, too), and returns the valid
   * declarations of names not declared before.
   */
  List<Declaration> read(List<? extends Element> elements);

  /** The compilation is over: the registry and the policy receive what late declarations added. */
  void compilationEnded();
}
