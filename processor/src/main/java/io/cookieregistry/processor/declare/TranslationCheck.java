package io.cookieregistry.processor.declare;

import io.cookieregistry.processor.diagnostics.DiagnosticKey;
import io.cookieregistry.processor.diagnostics.Reporter;
import io.cookieregistry.processor.options.ProcessorOptions;
import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.policy.CookieTranslations;
import io.cookieregistry.runtime.policy.PolicyLanguage;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.Filer;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/**
 * Reads the site's translations of its cookie texts ({@link CookieTranslations}) and checks them
 * against the declarations: every key of a bundle names a declared cookie and one of its texts,
 * and every declared text has its translation in every bundle. The bundles are resources of the
 * module, found on the compile class path (Maven copies them into the class output, which is on
 * it, before compiling) or the source path. The class output itself is not asked: a file asked
 * for there is a file about to be written, for some compilers.
 */
public final class TranslationCheck {
  private static final List<JavaFileManager.Location> WHERE = List.of(
      StandardLocation.CLASS_PATH, StandardLocation.SOURCE_PATH);

  private final Filer filer;
  private final Reporter reporter;
  private final ProcessorOptions options;

  public TranslationCheck(Filer filer, Reporter reporter, ProcessorOptions options) {
    this.filer = filer;
    this.reporter = reporter;
    this.options = options;
  }

  /** The translations found, after reporting what does not match {@code declarations}. */
  public CookieTranslations read(List<Declaration> declarations) {
    Map<PolicyLanguage, Reader> readers = new LinkedHashMap<>();
    Map<PolicyLanguage, String> files = new LinkedHashMap<>();
    for (PolicyLanguage language : PolicyLanguage.values()) {
      String name = CookieTranslations.resourceName(options.bundle(), language);
      for (JavaFileManager.Location location : WHERE) {
        Reader reader = open(location, name);
        if (reader != null) {
          readers.put(language, reader);
          files.put(language, name);
          break;
        }
      }
    }
    CookieTranslations translations;
    try {
      translations = CookieTranslations.read(readers);
    } catch (UncheckedIOException | IllegalArgumentException e) {
      reporter.global(Diagnostic.Kind.ERROR, DiagnosticKey.BAD_TRANSLATIONS,
          "cannot read the cookie texts "
          + files.values() + ": " + e.getMessage());
      return CookieTranslations.none();
    } finally {
      readers.values().forEach(TranslationCheck::close);
    }
    check(translations, files, declarations);
    return translations;
  }

  private void check(CookieTranslations translations, Map<PolicyLanguage, String> files,
      List<Declaration> declarations) {
    Diagnostic.Kind kind = options.translations().kind();
    if (kind == null) {
      return;
    }
    Set<String> declared = declarations.stream().map(d -> d.cookie().name())
        .collect(Collectors.toSet());
    for (PolicyLanguage language : translations.languages()) {
      String file = files.get(language);
      for (String key : translations.entries(language).keySet()) {
        String cookie = CookieTranslations.cookieName(key).orElse(null);
        if (cookie == null) {
          reporter.global(kind, DiagnosticKey.TRANSLATION_UNDECLARED, file + ": '" + key + "' is"
              + " not a cookie text; keys are <cookie name>.purpose and <cookie name>.function");
        } else if (!declared.contains(cookie)) {
          reporter.global(kind, DiagnosticKey.TRANSLATION_UNDECLARED, file + ": '" + key
              + "' translates cookie '" + cookie + "', which no @DeclaredCookie declares; remove"
              + " it or declare the cookie");
        }
      }
      for (Declaration d : declarations) {
        for (String field : CookieTranslations.FIELDS) {
          missing(kind, file, language, translations, d, field);
        }
      }
    }
  }

  private void missing(Diagnostic.Kind kind, String file, PolicyLanguage language,
      CookieTranslations translations, Declaration d, String field) {
    CookieDeclaration cookie = d.cookie();
    String declared = field.equals("purpose") ? cookie.purpose() : cookie.function();
    String key = CookieTranslations.key(cookie.name(), field);
    if (declared.isBlank() || translations.entries(language).containsKey(key)) {
      return;
    }
    String message = file + " has no " + key + ": the " + language.name().toLowerCase(java.util.Locale.ROOT)
        + " policy shows the declared " + field + " \"" + declared + "\"; add " + key + "=…";
    d.source().report(reporter, kind, DiagnosticKey.TRANSLATION_MISSING, field, message);
  }

  private Reader open(JavaFileManager.Location location, String name) {
    try {
      FileObject file = filer.getResource(location, "", name);
      return file.openReader(true);
    } catch (IOException | IllegalArgumentException | UnsupportedOperationException
        | IllegalStateException e) {
      return null; // not there, or not a location this compiler searches
    }
  }

  private static void close(Reader reader) {
    try {
      reader.close();
    } catch (IOException e) {
      // read already
    }
  }
}
