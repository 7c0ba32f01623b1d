package io.cookieregistry.processor.generate;

import io.cookieregistry.CookieCategory;
import io.cookieregistry.DeclaredCookie;
import io.cookieregistry.DeclaredCookies;
import io.cookieregistry.processor.generate.Bytecode.Invoke;
import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.CookieLifetime;
import io.cookieregistry.runtime.CookieRegistryProvider;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The class file of a compilation's registry, written directly: a {@link CookieRegistryProvider}
 * whose static initialiser builds the declarations from constant rows, and which repeats them as
 * {@code @DeclaredCookie} annotations (class retention) for dependent modules to read at compile
 * time.
 *
 * <p>Why bytes and not a source: the class has a fixed, tiny shape, and compiling it (a second
 * javac, with the platform's class files of {@code --release}) cost a cold build more than all the
 * rest of the processor. Its code is straight-line, one call per declaration, so it needs no stack
 * map frames. It is what this Java source would compile to:
 *
 * <pre>
 * public final class CookieRegistry_x implements CookieRegistryProvider {
 *   private static final List DECLARATIONS;
 *   static { List all = new ArrayList(); declare0(all); …; DECLARATIONS = List.copyOf(all); }
 *   public String registryName() { return "…"; }
 *   public String site() { return "…"; }
 *   public List&lt;CookieDeclaration&gt; declarations() { return DECLARATIONS; }
 *   private static void declare0(List out) { out.add(row("sessionid", "NECESSARY", …)); … }
 *   private static CookieDeclaration row(String name, String category, String purpose,
 *       String provider, String function, String duration, String flags) {
 *     return CookieDeclaration.builder(name, CookieCategory.valueOf(category), purpose)
 *         .provider(provider).function(function).duration(duration)
 *         .thirdParty(flags.contains("t")).anonymized(flags.contains("a"))
 *         .secure(flags.contains("s")).httpOnly(flags.contains("h")).build();
 *   }
 * }</pre>
 */
final class RegistryClass {
  /** Rows per {@code declare} method: 31 bytes of code each, far below a method's 64 KiB. */
  private static final int CHUNK = 1000;
  /**
   * A text column after name, category and purpose: the annotation attribute and the builder
   * method share its name; at its default it is left out of the annotation.
   */
  private record Text(String name, Function<CookieDeclaration, String> value, String byDefault) {}

  /** A letter of the flags column: the annotation attribute and builder method it stands for. */
  private record Flag(String letter, String name, Predicate<CookieDeclaration> isSet) {}

  private static final List<Text> TEXT_COLUMNS = List.of(
      new Text("provider", CookieDeclaration::provider, ""),
      new Text("function", CookieDeclaration::function, ""),
      new Text("duration", d -> d.duration().text(), CookieLifetime.SESSION));
  private static final List<Flag> FLAGS = List.of(
      new Flag("t", "thirdParty", CookieDeclaration::thirdParty),
      new Flag("a", "anonymized", CookieDeclaration::anonymized),
      new Flag("s", "secure", CookieDeclaration::secure),
      new Flag("h", "httpOnly", CookieDeclaration::httpOnly));

  private static final String OBJECT = "java/lang/Object";
  private static final String STRING = "Ljava/lang/String;";
  private static final String LIST = "java/util/List";
  private static final String LIST_TYPE = "L" + LIST + ";";
  private static final String PROVIDER = internal(CookieRegistryProvider.class);
  private static final String DECLARATION = internal(CookieDeclaration.class);
  private static final String BUILDER = internal(CookieDeclaration.Builder.class);
  private static final String CATEGORY = internal(CookieCategory.class);
  private static final String ROW = "(" + STRING.repeat(3 + TEXT_COLUMNS.size() + 1) + ")L"
      + DECLARATION + ";";

  private RegistryClass() {}

  /** The class file of registry {@code name} holding {@code declarations} in policy order. */
  static byte[] of(RegistryName name, String site, List<CookieDeclaration> declarations)
      throws IOException {
    String self = name.qualifiedName().replace('.', '/');
    ClassFileWriter file = new ClassFileWriter(self, OBJECT, PROVIDER);
    file.field(ClassFileWriter.PRIVATE | ClassFileWriter.STATIC | ClassFileWriter.FINAL,
        "DECLARATIONS", LIST_TYPE);
    file.method(ClassFileWriter.PUBLIC, "<init>", "()V", null, new Bytecode(file).aload(0)
        .invoke(Invoke.SPECIAL, OBJECT, "<init>", "()V", false).vreturn());
    file.method(ClassFileWriter.PUBLIC, "registryName", "()" + STRING, null,
        new Bytecode(file).ldc(name.qualifiedName()).areturn());
    file.method(ClassFileWriter.PUBLIC, "site", "()" + STRING, null,
        new Bytecode(file).ldc(site).areturn());
    file.method(ClassFileWriter.PUBLIC, "declarations", "()" + LIST_TYPE,
        "()L" + LIST + "<L" + DECLARATION + ";>;",
        new Bytecode(file).getStatic(self, "DECLARATIONS", LIST_TYPE).areturn());

    Bytecode init = new Bytecode(file).newObject("java/util/ArrayList").dup()
        .invoke(Invoke.SPECIAL, "java/util/ArrayList", "<init>", "()V", false).astore(0);
    for (int from = 0, chunk = 0; from < declarations.size(); from += CHUNK, chunk++) {
      Bytecode declare = new Bytecode(file);
      for (CookieDeclaration d : declarations.subList(from,
          Math.min(from + CHUNK, declarations.size()))) {
        declare.aload(0);
        for (String column : row(d)) {
          declare.ldc(column);
        }
        declare.invoke(Invoke.STATIC, self, "row", ROW, false)
            .invoke(Invoke.INTERFACE, LIST, "add", "(L" + OBJECT + ";)Z", true).pop();
      }
      String method = "declare" + chunk;
      file.method(ClassFileWriter.PRIVATE | ClassFileWriter.STATIC, method, "(" + LIST_TYPE + ")V",
          null, declare.vreturn());
      init.aload(0).invoke(Invoke.STATIC, self, method, "(" + LIST_TYPE + ")V", false);
    }
    file.method(ClassFileWriter.STATIC, "<clinit>", "()V", null, init.aload(0)
        .invoke(Invoke.STATIC, LIST, "copyOf", "(Ljava/util/Collection;)" + LIST_TYPE, true)
        .putStatic(self, "DECLARATIONS", LIST_TYPE).vreturn());
    file.method(ClassFileWriter.PRIVATE | ClassFileWriter.STATIC, "row", ROW, null, row(file));
    file.classAttribute("RuntimeInvisibleAnnotations", annotations(file, declarations));
    return file.toByteArray();
  }

  /** One declaration as the columns of a row: name, category, purpose, texts, flags. */
  static List<String> row(CookieDeclaration d) {
    List<String> row = new ArrayList<>(List.of(d.name(), d.category().name(), d.purpose()));
    TEXT_COLUMNS.forEach(t -> row.add(t.value().apply(d)));
    StringBuilder flags = new StringBuilder();
    FLAGS.stream().filter(f -> f.isSet().test(d)).forEach(f -> flags.append(f.letter()));
    row.add(flags.toString());
    return row;
  }

  /** The code of {@code row}: a builder call per column. */
  private static Bytecode row(ClassFileWriter file) throws IOException {
    String builderOf = "(" + STRING + "L" + CATEGORY + ";" + STRING + ")L" + BUILDER + ";";
    String sets = "(" + STRING + ")L" + BUILDER + ";";
    Bytecode code = new Bytecode(file).aload(0).aload(1)
        .invoke(Invoke.STATIC, CATEGORY, "valueOf", "(" + STRING + ")L" + CATEGORY + ";", false)
        .aload(2).invoke(Invoke.STATIC, DECLARATION, "builder", builderOf, false);
    int local = 3;
    for (Text column : TEXT_COLUMNS) {
      code.aload(local++).invoke(Invoke.VIRTUAL, BUILDER, column.name(), sets, false);
    }
    for (Flag flag : FLAGS) {
      code.aload(local).ldc(flag.letter())
          .invoke(Invoke.VIRTUAL, "java/lang/String", "contains", "(Ljava/lang/CharSequence;)Z",
              false)
          .invoke(Invoke.VIRTUAL, BUILDER, flag.name(), "(Z)L" + BUILDER + ";", false);
    }
    return code.invoke(Invoke.VIRTUAL, BUILDER, "build", "()L" + DECLARATION + ";", false)
        .areturn();
  }

  /** The declarations as {@code @DeclaredCookie}s, in a {@code @DeclaredCookies} when several. */
  private static byte[] annotations(ClassFileWriter file, List<CookieDeclaration> declarations)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeShort(1);
    if (declarations.size() == 1) {
      declaredCookie(file, out, declarations.get(0));
    } else {
      out.writeShort(file.utf8(descriptor(DeclaredCookies.class)));
      out.writeShort(1);
      out.writeShort(file.utf8("value"));
      out.writeByte('[');
      out.writeShort(declarations.size());
      for (CookieDeclaration d : declarations) {
        out.writeByte('@');
        declaredCookie(file, out, d);
      }
    }
    return bytes.toByteArray();
  }

  /** One annotation; its provider resolved, attributes at their default left out. */
  private static void declaredCookie(ClassFileWriter file, DataOutputStream out,
      CookieDeclaration d) throws IOException {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", d.name());
    values.put("category", d.category());
    values.put("purpose", d.purpose());
    for (Text column : TEXT_COLUMNS) {
      String value = column.value().apply(d);
      if (!value.equals(column.byDefault())) {
        values.put(column.name(), value);
      }
    }
    FLAGS.stream().filter(f -> f.isSet().test(d)).forEach(f -> values.put(f.name(), true));
    out.writeShort(file.utf8(descriptor(DeclaredCookie.class)));
    out.writeShort(values.size());
    for (Map.Entry<String, Object> v : values.entrySet()) {
      out.writeShort(file.utf8(v.getKey()));
      if (v.getValue() instanceof String text) {
        out.writeByte('s');
        out.writeShort(file.utf8(text));
      } else if (v.getValue() instanceof CookieCategory category) {
        out.writeByte('e');
        out.writeShort(file.utf8("L" + CATEGORY + ";"));
        out.writeShort(file.utf8(category.name()));
      } else {
        out.writeByte('Z');
        out.writeShort(file.integer(1));
      }
    }
  }

  private static String internal(Class<?> type) {
    return type.getName().replace('.', '/');
  }

  private static String descriptor(Class<?> type) {
    return "L" + internal(type) + ";";
  }
}
