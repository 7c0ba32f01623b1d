package io.cookieregistry.processor.generate;

import io.cookieregistry.DeclaredCookie;
import io.cookieregistry.DeclaredCookies;
import io.cookieregistry.processor.generate.Bytecode.Invoke;
import io.cookieregistry.runtime.CookieAttribute;
import io.cookieregistry.runtime.CookieDeclaration;
import io.cookieregistry.runtime.CookieRegistryProvider;
import io.cookieregistry.runtime.internal.registry.DeclaringTypes;
import io.cookieregistry.runtime.internal.registry.RegistryContract;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * The class file of a compilation's registry, written directly: a {@link CookieRegistryProvider}
 * that keeps its declarations as string tables of {@link RegistryContract} rows, and repeats them
 * as {@code @DeclaredCookie} annotations (class retention) for dependent modules to read at
 * compile time, beside the {@link DeclaringTypes} that incremental builds of its own module read.
 *
 * <p>Why bytes and not a source: the class has a fixed, tiny shape, and compiling it (a second
 * javac, with the platform's class files of {@code --release}) cost a cold build more than all the
 * rest of the processor. Its code is straight-line, so it needs no stack map frames. It is what
 * this Java source compiles to:
 *
 * <pre>
 * public final class CookieRegistry_x implements CookieRegistryProvider {
 *   private static final List&lt;CookieDeclaration&gt; DECLARATIONS =
 *       RegistryContract.declarations(table0(), table1(), …);
 *   public CookieRegistry_x() {}
 *   public String registryName() { return "…"; }
 *   public String site() { return "…"; }
 *   public List&lt;CookieDeclaration&gt; declarations() { return DECLARATIONS; }
 *   private static String[] table0() { return new String[] {"sessionid", "NECESSARY", …}; }
 * }</pre>
 */
final class RegistryClass {
  /** Rows per table method: 8 bytes of code a cell, far below a method's 64 KiB. */
  private static final int CHUNK = 200;
  private static final String OBJECT = "java/lang/Object";
  private static final String STRING = "java/lang/String";
  private static final String STRING_TYPE = "L" + STRING + ";";
  private static final String TABLE = "[" + STRING_TYPE;
  private static final String LIST_TYPE = "Ljava/util/List;";
  private static final String DECLARATIONS_SIGNATURE =
      "Ljava/util/List<L" + internal(CookieDeclaration.class) + ";>;";

  private RegistryClass() {}

  /**
   * The class file of registry {@code name} holding {@code declarations} in policy order, declared
   * by {@code declaringTypes} (sorted).
   */
  static byte[] of(RegistryName name, String site, List<CookieDeclaration> declarations,
      List<String> declaringTypes) throws IOException {
    String self = name.qualifiedName().replace('.', '/');
    ClassFileWriter file = new ClassFileWriter(self, OBJECT, internal(CookieRegistryProvider.class));
    file.field(ClassFileWriter.PRIVATE | ClassFileWriter.STATIC | ClassFileWriter.FINAL,
        "DECLARATIONS", LIST_TYPE, DECLARATIONS_SIGNATURE);
    file.method(ClassFileWriter.PUBLIC, "<init>", "()V", null, new Bytecode(file).aload(0)
        .invoke(Invoke.SPECIAL, OBJECT, "<init>", "()V").vreturn());
    file.method(ClassFileWriter.PUBLIC, "registryName", "()" + STRING_TYPE, null,
        new Bytecode(file).ldc(name.qualifiedName()).areturn());
    file.method(ClassFileWriter.PUBLIC, "site", "()" + STRING_TYPE, null,
        new Bytecode(file).ldc(site).areturn());
    file.method(ClassFileWriter.PUBLIC, "declarations", "()" + LIST_TYPE,
        "()" + DECLARATIONS_SIGNATURE,
        new Bytecode(file).getStatic(self, "DECLARATIONS", LIST_TYPE).areturn());

    int tables = (declarations.size() + CHUNK - 1) / CHUNK;
    Bytecode init = new Bytecode(file).sipush(tables).newArray(TABLE);
    for (int table = 0; table < tables; table++) {
      List<CookieDeclaration> rows = declarations.subList(table * CHUNK,
          Math.min((table + 1) * CHUNK, declarations.size()));
      file.method(ClassFileWriter.PRIVATE | ClassFileWriter.STATIC, "table" + table,
          "()" + TABLE, null, table(file, rows));
      init.dup().sipush(table)
          .invoke(Invoke.STATIC, self, "table" + table, "()" + TABLE).aastore();
    }
    file.method(ClassFileWriter.STATIC, "<clinit>", "()V", null, init
        .invoke(Invoke.STATIC, internal(RegistryContract.class), "declarations",
            "([" + TABLE + ")" + LIST_TYPE)
        .putStatic(self, "DECLARATIONS", LIST_TYPE).vreturn());
    file.classAttribute("RuntimeInvisibleAnnotations",
        annotations(file, declarations, declaringTypes));
    return file.toByteArray();
  }

  /** {@code return new String[] {cells of every row};} */
  private static Bytecode table(ClassFileWriter file, List<CookieDeclaration> rows)
      throws IOException {
    Bytecode code = new Bytecode(file).sipush(rows.size() * RegistryContract.COLUMNS.size())
        .newArray(STRING);
    int cell = 0;
    for (CookieDeclaration d : rows) {
      for (String value : RegistryContract.row(d)) {
        code.dup().sipush(cell++).ldc(value).aastore();
      }
    }
    return code.areturn();
  }

  /**
   * The declarations as {@code @DeclaredCookie}s, in a {@code @DeclaredCookies} when several, and
   * the {@code @DeclaringTypes}.
   */
  private static byte[] annotations(ClassFileWriter file, List<CookieDeclaration> declarations,
      List<String> declaringTypes) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeShort(2);
    out.writeShort(file.utf8(descriptor(DeclaringTypes.class)));
    out.writeShort(1);
    out.writeShort(file.utf8("value"));
    out.writeByte('[');
    out.writeShort(declaringTypes.size());
    for (String type : declaringTypes) {
      out.writeByte('s');
      out.writeShort(file.utf8(type));
    }
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

  /** One annotation, its provider resolved: every attribute that differs from its default. */
  private static void declaredCookie(ClassFileWriter file, DataOutputStream out,
      CookieDeclaration d) throws IOException {
    List<CookieAttribute<?>> written = CookieAttribute.all().stream()
        .filter(a -> a.defaultValue().filter(d.get(a)::equals).isEmpty()).toList();
    out.writeShort(file.utf8(descriptor(DeclaredCookie.class)));
    out.writeShort(written.size());
    for (CookieAttribute<?> attribute : written) {
      Object value = d.get(attribute);
      out.writeShort(file.utf8(attribute.name()));
      if (value instanceof Enum<?> constant) {
        out.writeByte('e');
        out.writeShort(file.utf8(descriptor(constant.getDeclaringClass())));
        out.writeShort(file.utf8(constant.name()));
      } else if (value instanceof Boolean flag) {
        out.writeByte('Z');
        out.writeShort(file.integer(flag ? 1 : 0));
      } else if (value instanceof Integer number) {
        out.writeByte('I');
        out.writeShort(file.integer(number));
      } else {
        out.writeByte('s');
        out.writeShort(file.utf8((String) value));
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
