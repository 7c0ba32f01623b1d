package io.cookieregistry.processor.generate;

import io.cookieregistry.runtime.internal.registry.RegistryContract;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HexFormat;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * The name of a compilation's registry class: the {@code cookieregistry.registry} option, or a
 * default in {@value RegistryContract#GENERATED_PACKAGE} made from the declaring code's common
 * package and a hash of its type names. The default is the same for the same sources and differs
 * between modules, whose types differ, so two jars never carry one registry class.
 */
public final class RegistryName {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  /** Separates a type from a cookie in a local declaration's entry: no Java name holds it. */
  private static final char LOCAL = '#';

  private final String packageName;
  private final String simpleName;

  private RegistryName(String qualifiedName) {
    int dot = qualifiedName.lastIndexOf('.');
    this.packageName = dot < 0 ? "" : qualifiedName.substring(0, dot);
    this.simpleName = qualifiedName.substring(dot + 1);
  }

  /** A registry of the given fully qualified name (one an earlier build wrote). */
  public static RegistryName named(String qualifiedName) {
    return new RegistryName(qualifiedName);
  }

  /** The configured name, if any, else the default for the given declaring types. */
  public static RegistryName of(String configured, Collection<String> declaringTypes) {
    if (!configured.isEmpty()) {
      return new RegistryName(configured);
    }
    // The types that declare outside local classes: the name is chosen before local classes are
    // read, and must be the same in a clean and an incremental build. Only a module that declares
    // in local classes alone is named after the types that hold them.
    TreeSet<String> sorted = new TreeSet<>();
    TreeSet<String> holdingLocal = new TreeSet<>();
    for (String type : declaringTypes) {
      String local = localDeclaringType(type);
      (local == null ? sorted : holdingLocal).add(local == null ? type : local);
    }
    if (sorted.isEmpty()) {
      sorted = holdingLocal;
    }
    String common = commonPackage(sorted);
    String readable = common.isEmpty() ? "" : common.replace('.', '_') + "_";
    return new RegistryName(
        RegistryContract.GENERATED_PACKAGE + ".CookieRegistry_" + readable + hash(sorted));
  }

  /**
   * The declaring type of a declaration on {@code element}: the qualified name of the top-level
   * type that holds it, or {@code com.example.package-info} for a package.
   */
  public static String declaringType(Element element) {
    Element top = element;
    while (!(top instanceof PackageElement)
        && !(top.getEnclosingElement() instanceof PackageElement)
        && top.getEnclosingElement() != null) {
      top = top.getEnclosingElement();
    }
    if (top instanceof PackageElement pkg) {
      return pkg.getQualifiedName() + ".package-info";
    }
    return top instanceof TypeElement type ? type.getQualifiedName().toString() : top.toString();
  }

  /**
   * The declaring-types entry of a cookie that a local or anonymous class declares, {@code
   * com.example.Login#sid}; null for a declaration anywhere else. Such a class has no name to look
   * it up by in a later build, so an incremental build that does not compile {@code Login} takes
   * the cookie from the registry of the earlier one.
   */
  public static String localDeclaration(Element element, String cookie) {
    return isInLocalClass(element) ? declaringType(element) + LOCAL + cookie : null;
  }

  /** Whether the element is, or stands in, a local or anonymous class. */
  public static boolean isInLocalClass(Element element) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      if (e instanceof TypeElement type && (type.getNestingKind() == NestingKind.LOCAL
          || type.getNestingKind() == NestingKind.ANONYMOUS)) {
        return true;
      }
    }
    return false;
  }

  /** The top-level type of a {@link #localDeclaration} entry, or null for a type's entry. */
  public static String localDeclaringType(String entry) {
    int at = entry.indexOf(LOCAL);
    return at < 0 ? null : entry.substring(0, at);
  }

  /** The cookie of a {@link #localDeclaration} entry. */
  public static String localCookie(String entry) {
    return entry.substring(entry.indexOf(LOCAL) + 1);
  }

  public String packageName() {
    return packageName;
  }

  public String simpleName() {
    return simpleName;
  }

  public String qualifiedName() {
    return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
  }

  private static String commonPackage(TreeSet<String> types) {
    if (types.isEmpty()) {
      return "";
    }
    String[] first = packageOf(types.first()).split("\\.");
    String[] last = packageOf(types.last()).split("\\.");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.min(first.length, last.length) && first[i].equals(last[i]); i++) {
      if (out.length() > 0) {
        out.append('.');
      }
      out.append(first[i]);
    }
    return out.toString();
  }

  private static String packageOf(String type) {
    int dot = type.lastIndexOf('.');
    return dot < 0 ? "" : type.substring(0, dot);
  }

  /**
   * 32 bits of the 64-bit FNV-1a hash of the type names, one a line: a stable spread of names,
   * not a secret, so no {@code MessageDigest}, whose security providers cost a cold build
   * dozens of classes and their set-up.
   */
  private static String hash(TreeSet<String> types) {
    long hash = FNV_OFFSET;
    for (String type : types) {
      for (byte b : (type + "\n").getBytes(StandardCharsets.UTF_8)) {
        hash = (hash ^ (b & 0xFF)) * FNV_PRIME;
      }
    }
    return HexFormat.of().toHexDigits((int) (hash ^ (hash >>> 32)));
  }
}
