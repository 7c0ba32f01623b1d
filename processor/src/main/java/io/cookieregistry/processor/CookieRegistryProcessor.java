package io.cookieregistry.processor;

import com.google.auto.service.AutoService;
import io.cookieregistry.CookieName;
import io.cookieregistry.CookieProvider;
import io.cookieregistry.DeclaredCookie;
import io.cookieregistry.DeclaredCookies;
import io.cookieregistry.processor.check.LateDeclarations;
import io.cookieregistry.processor.check.WriteCheck;
import io.cookieregistry.processor.declare.AnnotatedElements;
import io.cookieregistry.processor.declare.Declaration;
import io.cookieregistry.processor.declare.DeclarationChecker;
import io.cookieregistry.processor.declare.DeclarationReader;
import io.cookieregistry.processor.declare.DependencyDeclaration;
import io.cookieregistry.processor.declare.DependencyRegistries;
import io.cookieregistry.processor.declare.PreviousBuild;
import io.cookieregistry.processor.declare.ProviderResolver;
import io.cookieregistry.processor.declare.SourceDeclaration;
import io.cookieregistry.processor.diagnostics.DiagnosticKey;
import io.cookieregistry.processor.diagnostics.Reporter;
import io.cookieregistry.processor.generate.RegistryName;
import io.cookieregistry.processor.generate.RegistryWriter;
import io.cookieregistry.processor.options.ProcessorOptions;
import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.CookieRegistry;
import io.cookieregistry.runtime.CookieRegistryProvider;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The Cookie Registry annotation processor.
 *
 * <p>Reads and validates the {@code @DeclaredCookie}s of each round in that round, while javac can
 * still point diagnostics at them. When processing is over it hands every declaration to the
 * {@link WriteCheck write check}, and writes the registry class (a class file written directly, see
 * {@link RegistryWriter}) and the cookie policy (Markdown, HTML, JSON) under {@code
 * META-INF/cookie-registry/}. Declarations that javac shows only after processing (local classes,
 * classes compiled implicitly) are read as the write check meets them and written when the
 * compilation ends ({@link LateDeclarations}, {@link ModuleOutput}).
 *
 * <p>It claims no annotation (so other processors see them all) but asks for every round with
 * {@code "*"}: a module that writes cookies without declaring any must still be checked.
 *
 * <p>Options:
 *
 * <ul>
 *   <li>{@code cookieregistry.site}: the site name the policy speaks of; default "this site".
 *   <li>{@code cookieregistry.provider}: the provider of declarations that name none and have no
 *       enclosing {@code @CookieProvider}; default the site itself (first party).
 *   <li>{@code cookieregistry.registry}: the fully qualified name of the generated registry
 *       class; default {@code io.cookieregistry.generated.CookieRegistry_<package>_<hash>}.
 *   <li>{@code cookieregistry.dynamicNames}: {@code error}, {@code warning} (default) or {@code
 *       ignore}, for cookie writes whose name is not a compile-time constant.
 *   <li>{@code cookieregistry.unused}: {@code warning} or {@code ignore} (default), for declared
 *       names that no code of the compilation writes.
 *   <li>{@code cookieregistry.updated}: the date the policy says it was last updated
 *       ({@code 2026-03-01}); no date by default, so that the same sources give the same files.
 *   <li>{@code cookieregistry.controller}, {@code cookieregistry.contact}: who is responsible for
 *       the site, and an e-mail address or URL to reach them.
 *   <li>{@code cookieregistry.choicesUrl}: the page where visitors change their cookie choices;
 *       default {@code /cookie-consent}.
 *   <li>{@code cookieregistry.bundle}: the base name of the bundles that translate the cookies'
 *       purposes and functions; default {@code cookie-texts} ({@code cookie-texts_fr.properties}).
 *   <li>{@code cookieregistry.translations}: {@code error}, {@code warning} (default) or {@code
 *       ignore}, for a translation of an undeclared cookie or a missing one.
 *   <li>{@code cookieregistry.sessionCookie}: the servlet container's session cookie, which code
 *       that creates HTTP sessions makes it write; default {@code JSESSIONID}, {@code none} for
 *       none.
 *   <li>{@code cookieregistry.writeCheck}: {@code on} (default) or {@code off}, whether cookie
 *       writes are checked; {@code off} for test compilations. The registry and the policy are
 *       written either way.
 * </ul>
 */
@AutoService(Processor.class)
public final class CookieRegistryProcessor extends AbstractProcessor {
  private final Runnable beforeFinish;

  private Reporter reporter;
  private ProcessorOptions options;
  private DeclarationReader reader;
  private ProviderResolver providers;
  private DeclarationChecker checker;
  private WriteCheck writeCheck;
  private ModuleOutput output;
  /** What the registry of a named module holds, once written (see writeModuleRegistry). */
  private List<CookieDeclaration> moduleRegistry;
  private String moduleRegistryName;
  private final Set<Element> originatingElements = new LinkedHashSet<>();
  private final Set<String> declaringTypes = new TreeSet<>();
  /** The earlier build in the class output, and the declarations read back from its classes. */
  private PreviousBuild previous;
  private final Set<Element> previouslyDeclared = new HashSet<>();
  private final Map<String, DependencyDeclaration> dependencies = new LinkedHashMap<>();

  public CookieRegistryProcessor() {
    this(() -> {});
  }

  /** For tests: {@code beforeFinish} runs when processing is over, before the checks. */
  CookieRegistryProcessor(Runnable beforeFinish) {
    this.beforeFinish = beforeFinish;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return ProcessorOptions.ALL;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    reporter = new Reporter(env);
    try {
      options = ProcessorOptions.read(env.getOptions(), reporter);
      reader = new DeclarationReader(env.getElementUtils());
      providers = new ProviderResolver(env.getElementUtils(), options.provider(), reporter);
      writeCheck = WriteCheck.install(env, options, reporter);
      output = new ModuleOutput(env, options, reporter);
    } catch (Throwable e) {
      reporter.internal(e);
    }
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (writeCheck == null || reporter.failedInternally()) {
      return false; // a failure said so; what follows it would be partial
    }
    try {
      if (round.processingOver()) {
        beforeFinish.run();
        finish();
      } else {
        collect(annotations, round);
        if (moduleRegistry == null && isNamedModule(round)) {
          writeModuleRegistry();
        }
      }
    } catch (Throwable e) {
      reporter.internal(e);
    }
    return false;
  }

  /**
   * One round's declarations. {@code present} is what javac passes {@code process}: the annotation
   * types it found on the round's elements, less those that processors before this one claimed.
   * It tells the check whether {@code @CookieName} stands anywhere in the round; when a processor
   * before this one claims {@code *}, javac passes none at all, so an empty set for a round with
   * elements tells nothing. Declarations are looked for in every round: a claim must not lose one.
   */
  private void collect(Set<? extends TypeElement> present, RoundEnvironment round) {
    boolean marked = present.isEmpty() && !round.getRootElements().isEmpty();
    for (TypeElement annotation : present) {
      marked |= annotation.getQualifiedName().contentEquals(CookieName.class.getName());
    }
    writeCheck.sources(round.getRootElements(), marked);
    boolean firstRound = checker == null;
    if (firstRound) {
      // The class path does not change between rounds: read the dependencies' registries once.
      DependencyRegistries registries = new DependencyRegistries(processingEnv.getElementUtils(),
          processingEnv.getFiler());
      dependencies.putAll(registries.read());
      checker = new DeclarationChecker(reporter, providers, dependencies);
      readPreviousBuild(round, registries.ownOutput());
    }
    TypeElement single = typeElement(DeclaredCookie.class);
    TypeElement container = typeElement(DeclaredCookies.class);
    TypeElement provider = typeElement(CookieProvider.class);
    if (single == null) {
      return; // the annotations are not on the class path: nothing can be declared
    }
    if (!options.registry().isEmpty() && moduleRegistry == null) {
      checkRegistryName(round, firstRound);
    }
    // One walk over the round's elements finds declarations and providers alike.
    Set<TypeElement> declaring = new HashSet<>();
    for (TypeElement annotation : new TypeElement[] {single, container, provider}) {
      if (annotation != null) {
        declaring.add(annotation);
      }
    }
    List<SourceDeclaration> found = new ArrayList<>();
    for (Element element : AnnotatedElements.find(round.getRootElements(), declaring)) {
      if (provider != null) {
        providers.providerOn(element); // reports a blank provider, once
      }
      if (moduleRegistry != null
          && RegistryName.declaringType(element).equals(moduleRegistryName)) {
        continue; // the registry written in the first round repeats the declarations
      }
      List<SourceDeclaration> read = reader.read(element);
      found.addAll(read);
      if (!read.isEmpty()) {
        originatingElements.add(element);
        declaringTypes.add(RegistryName.declaringType(element));
      }
    }
    checker.check(found);
  }

  /**
   * The configured registry name must be free: no class of this compilation, nor a class of the
   * class path other than a registry (an earlier build's, in the output folder).
   */
  private void checkRegistryName(RoundEnvironment round, boolean firstRound) {
    String name = options.registry();
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement type && type.getQualifiedName().contentEquals(name)) {
        reporter.error(DiagnosticKey.BAD_OPTION, "-A" + ProcessorOptions.REGISTRY + "=" + name
            + " names this class; choose a name of its own for the generated registry", root,
            null, null);
        return;
      }
    }
    if (!firstRound) {
      return; // the class path does not change between rounds
    }
    TypeElement existing = processingEnv.getElementUtils().getTypeElement(name);
    TypeElement provider = typeElement(CookieRegistryProvider.class);
    if (existing == null || provider == null) {
      return;
    }
    boolean earlierBuilds = processingEnv.getTypeUtils().isAssignable(existing.asType(),
        processingEnv.getTypeUtils().erasure(provider.asType()))
        && PreviousBuild.inClassOutput(processingEnv.getFiler(), name);
    if (!earlierBuilds) {
      reporter.error(DiagnosticKey.BAD_OPTION, "-A" + ProcessorOptions.REGISTRY + "=" + name
          + " names a class of the class path other than the registry an earlier build of this"
          + " module wrote; choose a name of its own for the generated registry", null, null,
          null);
    }
  }

  /**
   * An incremental compilation: the declarations of the types that an earlier build compiled into
   * the class output, and this one does not compile, still belong to the module.
   */
  private void readPreviousBuild(RoundEnvironment round, List<TypeElement> ownRegistries) {
    Elements elements = processingEnv.getElementUtils();
    previous = PreviousBuild.read(elements, processingEnv.getFiler(), ownRegistries,
        options.registry());
    Set<String> compiled = new HashSet<>();
    round.getRootElements().forEach(root -> compiled.add(RegistryName.declaringType(root)));
    List<SourceDeclaration> outside = previous.declarationsOutside(compiled, elements, reader);
    List<PreviousBuild.LocalDeclaration> locals =
        previous.localDeclarationsOutside(compiled, elements, reader);
    List<SourceDeclaration> kept = new ArrayList<>(outside);
    for (PreviousBuild.LocalDeclaration local : locals) {
      kept.add(local.declaration());
      declaringTypes.add(local.entry());
    }
    checker.check(kept);
    for (SourceDeclaration d : kept) {
      previouslyDeclared.add(d.element());
    }
    for (SourceDeclaration d : outside) {
      declaringTypes.add(RegistryName.declaringType(d.element()));
    }
  }

  /** Whether this compilation is a named module's (JPMS): one with a module-info.java. */
  private boolean isNamedModule(RoundEnvironment round) {
    for (Element root : round.getRootElements()) {
      ModuleElement module = processingEnv.getElementUtils().getModuleOf(root);
      if (module != null) {
        return !module.isUnnamed();
      }
    }
    return false;
  }

  /**
   * A named module's registry is written as a class file in the first round, so that the module's
   * {@code provides io.cookieregistry.runtime.CookieRegistryProvider with ...} finds it: javac
   * checks that clause before the last round, against the sources it compiles.
   */
  private void writeModuleRegistry() {
    List<Declaration> valid = checker == null ? List.of() : checker.all();
    if (valid.isEmpty() || reporter.hadErrors()
        || typeElement(CookieRegistryProvider.class) == null) {
      return;
    }
    moduleRegistry = ModuleOutput.cookies(valid);
    RegistryName name = RegistryName.of(options.registry(), declaringTypes);
    moduleRegistryName = name.qualifiedName();
    output.write(() -> RegistryWriter.forNamedModule(output.filer())
        .write(name, options.site(), moduleRegistry, declaringTypes,
            List.copyOf(originatingElements)));
  }

  private void finish() {
    List<Declaration> valid = checker == null ? List.of() : checker.all();
    Map<String, CookieDeclaration> writable = new LinkedHashMap<>();
    dependencies.forEach((name, d) -> writable.put(name, d.cookie()));
    valid.forEach(d -> writable.put(d.cookie().name(), d.cookie()));
    writeCheck.declarationsReady(CookieRegistry.of(List.copyOf(writable.values())), valid.stream()
        .filter(d -> !previouslyDeclared.contains(d.source().element())).toList(),
        lateDeclarations());

    if (reporter.hadErrors()) {
      return; // declarations that must be fixed first
    }
    output.ship(valid, declaringTypes, List.copyOf(originatingElements), moduleRegistry, previous);
  }

  /** Reads what javac shows after processing, and ships it again when the compilation ends. */
  private LateDeclarations lateDeclarations() {
    if (checker == null) {
      return LateDeclarations.NONE;
    }
    return new LateDeclarationReader(reader, checker, processingEnv.getElementUtils(),
        declaringTypes, (added, namedModule) -> {
          if (!reporter.hadErrors()) {
            output.shipAgain(checker.all(), declaringTypes, added,
                namedModule || moduleRegistry != null);
          }
        });
  }

  private TypeElement typeElement(Class<?> type) {
    return processingEnv.getElementUtils().getTypeElement(type.getCanonicalName());
  }
}
