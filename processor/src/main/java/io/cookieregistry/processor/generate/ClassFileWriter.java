package io.cookieregistry.processor.generate;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one class file (JVMS chapter 4) of the small shape the registry needs: fields, methods of
 * straight-line code, and attributes. No branches, so no stack map frames; strings are written in
 * the class file's modified UTF-8 by {@link DataOutputStream#writeUTF}, which keeps every Unicode
 * text exact (supplementary characters as surrogate pairs, U+0000 as two bytes).
 *
 * <p>Names are internal names ({@code java/util/List}) and descriptors as the JVM spells them.
 */
final class ClassFileWriter {
  static final int PUBLIC = 0x0001;
  static final int PRIVATE = 0x0002;
  static final int STATIC = 0x0008;
  static final int FINAL = 0x0010;
  private static final int SUPER = 0x0020;
  /** Java 17: the runtime's own baseline, so every application that can load it loads this. */
  private static final int MAJOR_VERSION = 61;
  private static final int MAX_POOL = 0xFFFF;

  private final Map<String, Integer> pool = new HashMap<>();
  private final ByteArrayOutputStream poolBytes = new ByteArrayOutputStream();
  private final DataOutputStream poolOut = new DataOutputStream(poolBytes);
  private int poolCount = 1;
  private final List<byte[]> fields = new ArrayList<>();
  private final List<byte[]> methods = new ArrayList<>();
  private final List<byte[]> attributes = new ArrayList<>();
  private final int thisClass;
  private final int superClass;
  private final int[] interfaces;

  /** A {@code public final} class. */
  ClassFileWriter(String name, String superName, String... interfaces) throws IOException {
    this.thisClass = classRef(name);
    this.superClass = classRef(superName);
    this.interfaces = new int[interfaces.length];
    for (int i = 0; i < interfaces.length; i++) {
      this.interfaces[i] = classRef(interfaces[i]);
    }
  }

  /** A field; {@code signature} (generic) may be null. */
  void field(int access, String name, String descriptor, String signature) throws IOException {
    fields.add(member(access, name, descriptor, signature(signature)));
  }

  /** A method whose body {@code code} holds; {@code signature} (generic) may be null. */
  void method(int access, String name, String descriptor, String signature, Bytecode code)
      throws IOException {
    List<byte[]> attrs = new ArrayList<>(signature(signature));
    attrs.add(attribute("Code", code.attribute(descriptor, (access & STATIC) != 0)));
    methods.add(member(access, name, descriptor, attrs));
  }

  /** A class attribute, such as {@code RuntimeInvisibleAnnotations}. */
  void classAttribute(String name, byte[] content) throws IOException {
    attributes.add(attribute(name, content));
  }

  /** The class file. */
  byte[] toByteArray() throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    DataOutputStream f = new DataOutputStream(file);
    f.writeInt(0xCAFEBABE);
    f.writeShort(0);
    f.writeShort(MAJOR_VERSION);
    f.writeShort(poolCount);
    poolBytes.writeTo(f);
    f.writeShort(PUBLIC | FINAL | SUPER);
    f.writeShort(thisClass);
    f.writeShort(superClass);
    f.writeShort(interfaces.length);
    for (int i : interfaces) {
      f.writeShort(i);
    }
    for (List<byte[]> table : List.of(fields, methods, attributes)) {
      f.writeShort(table.size());
      for (byte[] entry : table) {
        f.write(entry);
      }
    }
    return file.toByteArray();
  }

  // The constant pool: each entry once, by its content.

  int utf8(String text) throws IOException {
    Integer known = pool.get("U" + text);
    if (known != null) {
      return known;
    }
    ByteArrayOutputStream encoded = new ByteArrayOutputStream();
    try {
      new DataOutputStream(encoded).writeUTF(text);
    } catch (UTFDataFormatException e) {
      throw new IOException("a text of " + text.length() + " characters is longer than a class"
          + " file constant can hold (65,535 bytes): " + text.substring(0, 40) + "…", e);
    }
    return entry("U" + text, 1, encoded.toByteArray());
  }

  int integer(int value) throws IOException {
    return entry("I" + value, 3, u4(value));
  }

  int classRef(String internalName) throws IOException {
    return entry("C" + internalName, 7, u2(utf8(internalName)));
  }

  int string(String text) throws IOException {
    return entry("S" + text, 8, u2(utf8(text)));
  }

  int fieldRef(String owner, String name, String descriptor) throws IOException {
    return ref(9, owner, name, descriptor);
  }

  /** A method of a class; the registry calls no interface method. */
  int methodRef(String owner, String name, String descriptor) throws IOException {
    return ref(10, owner, name, descriptor);
  }

  private int ref(int tag, String owner, String name, String descriptor) throws IOException {
    int nameAndType = entry("N" + name + ' ' + descriptor, 12, u2(utf8(name), utf8(descriptor)));
    return entry(tag + owner + '.' + name + descriptor, tag, u2(classRef(owner), nameAndType));
  }

  private int entry(String key, int tag, byte[] content) throws IOException {
    Integer known = pool.get(key);
    if (known != null) {
      return known;
    }
    if (poolCount >= MAX_POOL) {
      throw new IOException("the registry needs more than 65,535 class file constants; split"
          + " the declarations over several modules");
    }
    poolOut.writeByte(tag);
    poolOut.write(content);
    pool.put(key, poolCount);
    return poolCount++;
  }

  // Members and attributes.

  private byte[] member(int access, String name, String descriptor, List<byte[]> attrs)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream m = new DataOutputStream(bytes);
    m.writeShort(access);
    m.writeShort(utf8(name));
    m.writeShort(utf8(descriptor));
    m.writeShort(attrs.size());
    for (byte[] a : attrs) {
      m.write(a);
    }
    return bytes.toByteArray();
  }

  private List<byte[]> signature(String signature) throws IOException {
    return signature == null ? List.of() : List.of(attribute("Signature", u2(utf8(signature))));
  }

  private byte[] attribute(String name, byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream a = new DataOutputStream(bytes);
    a.writeShort(utf8(name));
    a.writeInt(content.length);
    a.write(content);
    return bytes.toByteArray();
  }

  private static byte[] u2(int... values) {
    byte[] bytes = new byte[values.length * 2];
    for (int i = 0; i < values.length; i++) {
      bytes[2 * i] = (byte) (values[i] >>> 8);
      bytes[2 * i + 1] = (byte) values[i];
    }
    return bytes;
  }

  private static byte[] u4(int value) {
    return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8),
        (byte) value};
  }
}
