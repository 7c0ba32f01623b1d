package io.cookieregistry.processor.generate;

import io.cookieregistry.runtime.internal.registry.RegistryContract;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.TreeSet;

/**
 * The name of a compilation's registry class: the {@code cookieregistry.registry} option, or a
 * default in {@value RegistryContract#GENERATED_PACKAGE} made from the declaring code's common
 * package and a hash of its type names. The default is the same for the same sources and differs between modules,
 * whose types differ, so two jars never carry one registry class.
 */
public final class RegistryName {
  private final String packageName;
  private final String simpleName;

  private RegistryName(String qualifiedName) {
    int dot = qualifiedName.lastIndexOf('.');
    this.packageName = dot < 0 ? "" : qualifiedName.substring(0, dot);
    this.simpleName = qualifiedName.substring(dot + 1);
  }

  /** The configured name, if any, else the default for the given declaring types. */
  public static RegistryName of(String configured, Collection<String> declaringTypes) {
    if (!configured.isEmpty()) {
      return new RegistryName(configured);
    }
    TreeSet<String> sorted = new TreeSet<>(declaringTypes);
    String common = commonPackage(sorted);
    String readable = common.isEmpty() ? "" : common.replace('.', '_') + "_";
    return new RegistryName(RegistryContract.GENERATED_PACKAGE + ".CookieRegistry_" + readable + hash(sorted));
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

  private static String hash(TreeSet<String> types) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String type : types) {
        digest.update(type.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
      }
      return HexFormat.of().formatHex(digest.digest(), 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
