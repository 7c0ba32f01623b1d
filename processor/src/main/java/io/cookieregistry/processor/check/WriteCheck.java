package io.cookieregistry.processor.check;

import io.cookieregistry.processor.diagnostics.DiagnosticKey;
import io.cookieregistry.processor.options.ProcessorOptions;
import io.cookieregistry.processor.diagnostics.Reporter;
import io.cookieregistry.processor.declare.Declaration;
import io.cookieregistry.runtime.CookieRegistry;
import java.util.Collection;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The check of cookie writes against the declarations: every write whose name is not declared is
 * a compile error at its line.
 *
 * <p>How it works: at {@link #install} it attaches a {@code TaskListener} to javac (through the
 * public {@code com.sun.source} API, looking through Gradle's and IntelliJ's wrappers of the
 * processing environment). After javac has attributed each top-level class, the listener scans its
 * trees once, with full type information, for the sinks of the catalogue, {@code Set-Cookie}
 * headers and {@code @CookieName} helpers and fields. The processor hands over the declarations
 * (this compilation's and its dependencies') when annotation processing is over, which javac does
 * before it attributes anything; writes found earlier in exotic setups wait for them.
 *
 * <p>When it does not run:
 *
 * <ul>
 *   <li>{@code -proc:only}: javac stops after annotation processing and never attributes the
 *       classes, so no write is checked; the registry and policy are still generated.
 *   <li>Earlier compile errors: an error in the sources or in a declaration stops javac before
 *       attribution, so writes are checked in the build that follows the fix. Errors found during
 *       attribution do not stop the check: every class is still scanned.
 *   <li>Another compiler (Eclipse's ECJ) or a wrapper that hides javac: one warning {@code
 *       [cookieregistry:write-check-unavailable]} says the check did not run; the registry and
 *       policy are generated all the same.
 * </ul>
 */
public final class WriteCheck {
  /** The annotation the Kotlin compiler puts on every class, and so on kapt's Java stubs. */
  static final String KOTLIN_METADATA = "kotlin.Metadata";
  /** An option that kapt passes to every annotation processor. */
  static final String KAPT_OPTION = "kapt.kotlin.generated";
  private static final String KOTLIN = "Kotlin sources reach annotation processors through kapt"
      + " as Java stubs without method bodies, so their cookie writes cannot be seen";

  private final Reporter reporter;
  private CheckSession session;

  private WriteCheck(Reporter reporter, CheckSession session) {
    this.reporter = reporter;
    this.session = session;
  }

  /** Attaches the check to the compilation of {@code env}, or says once that it cannot run. */
  public static WriteCheck install(ProcessingEnvironment env, ProcessorOptions options,
      Reporter reporter) {
    if (!options.writeCheck()) {
      return new WriteCheck(reporter, null);
    }
    if (env.getOptions().containsKey(KAPT_OPTION)) {
      unavailable(reporter, KOTLIN);
      return new WriteCheck(reporter, null);
    }
    try {
      return new WriteCheck(reporter, JavacAccess.attach(env, options, reporter));
    } catch (RuntimeException | LinkageError e) {
      // LinkageError: a compiler without com.sun.source, where nothing of javac can be loaded.
      unavailable(reporter, reason(e));
      return new WriteCheck(reporter, null);
    }
  }

  private static void unavailable(Reporter reporter, String reason) {
    reporter.global(Diagnostic.Kind.WARNING, DiagnosticKey.WRITE_CHECK_UNAVAILABLE, "the cookie"
        + " write check did not run: " + reason + ". The registry and policy are still"
        + " generated, but undeclared cookie writes are not detected; compile with javac (plain,"
        + " or through Maven, Gradle or IntelliJ) to check them.");
  }

  /**
   * The root elements of a processing round, and whether {@code @CookieName} may stand on them
   * ({@code marked}; see the processor's {@code collect}): the check learns the members that carry
   * a name without a mark, and shares a {@code @CookieName} parameter of an implementation with
   * the method it overrides, which a round without {@code @CookieName} has none of. A Kotlin stub
   * among them (kapt run without its option, as some build plugins do) stops the check, with one
   * warning.
   */
  public void sources(Collection<? extends Element> roots, boolean marked) {
    if (session == null) {
      return;
    }
    for (Element root : roots) {
      for (AnnotationMirror mirror : root.getAnnotationMirrors()) {
        if (isNamed(mirror.getAnnotationType().asElement(), KOTLIN_METADATA)) {
          unavailable(reporter, KOTLIN);
          session = null;
          return;
        }
      }
    }
    session.sources(roots, marked);
  }

  private static boolean isNamed(Element type, String name) {
    return type instanceof TypeElement t && t.getQualifiedName().contentEquals(name);
  }

  private static String reason(Throwable e) {
    return e instanceof IllegalStateException ? e.getMessage()
        : "javac's compiler API is not available (" + e + ")";
  }

  /**
   * Receives every declaration the compilation may write: {@code declared} holds this
   * compilation's and its dependencies' declarations; {@code own} only this compilation's, with
   * their source elements for the unused-declaration lint; {@code late} reads the declarations
   * that javac shows after processing (local classes, classes compiled implicitly).
   */
  public void declarationsReady(CookieRegistry declared, List<Declaration> own,
      LateDeclarations late) {
    if (session != null) {
      session.declarationsReady(declared, own, late);
    }
  }
}
