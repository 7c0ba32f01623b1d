package io.cookieregistry.processor.generate;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The straight-line code of one method, its constants in the class's pool. It keeps the operand
 * stack depth as it goes, so the maximum that the {@code Code} attribute declares is computed, not
 * guessed.
 */
final class Bytecode {
  /** How a method is invoked, with its opcode. */
  enum Invoke {
    STATIC(0xB8), SPECIAL(0xB7);

    final int opcode;

    Invoke(int opcode) {
      this.opcode = opcode;
    }
  }

  private static final int ALOAD_0 = 0x2A;
  private static final int ALOAD = 0x19;
  private static final int SIPUSH = 0x11;
  private static final int LDC_W = 0x13;
  private static final int ANEWARRAY = 0xBD;
  private static final int AASTORE = 0x53;
  private static final int DUP = 0x59;
  private static final int GETSTATIC = 0xB2;
  private static final int PUTSTATIC = 0xB3;
  private static final int ARETURN = 0xB0;
  private static final int RETURN = 0xB1;

  private final ClassFileWriter file;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final DataOutputStream code = new DataOutputStream(bytes);
  private int depth;
  private int maxDepth;
  private int maxLocal;

  Bytecode(ClassFileWriter file) {
    this.file = file;
  }

  Bytecode aload(int local) throws IOException {
    local(local, ALOAD_0, ALOAD);
    return push(1);
  }

  Bytecode ldc(String text) throws IOException {
    code.writeByte(LDC_W);
    code.writeShort(file.string(text));
    return push(1);
  }

  /** Pushes an int from 0 to 32,767. */
  Bytecode sipush(int value) throws IOException {
    if (value < 0 || value > Short.MAX_VALUE) {
      throw new IllegalArgumentException("sipush " + value);
    }
    code.writeByte(SIPUSH);
    code.writeShort(value);
    return push(1);
  }

  /** Makes an array of {@code type} (an internal name or array descriptor), its length popped. */
  Bytecode newArray(String type) throws IOException {
    code.writeByte(ANEWARRAY);
    code.writeShort(file.classRef(type));
    return this;
  }

  /** Stores a reference into an array: pops the array, the index and the value. */
  Bytecode aastore() throws IOException {
    code.writeByte(AASTORE);
    return push(-3);
  }

  Bytecode dup() throws IOException {
    code.writeByte(DUP);
    return push(1);
  }

  Bytecode getStatic(String owner, String name, String descriptor) throws IOException {
    code.writeByte(GETSTATIC);
    code.writeShort(file.fieldRef(owner, name, descriptor));
    return push(slots(descriptor));
  }

  Bytecode putStatic(String owner, String name, String descriptor) throws IOException {
    code.writeByte(PUTSTATIC);
    code.writeShort(file.fieldRef(owner, name, descriptor));
    return push(-slots(descriptor));
  }

  /** Calls a method of a class ({@code owner} is no interface). */
  Bytecode invoke(Invoke kind, String owner, String name, String descriptor) throws IOException {
    code.writeByte(kind.opcode);
    code.writeShort(file.methodRef(owner, name, descriptor));
    int arguments = argumentSlots(descriptor) + (kind == Invoke.STATIC ? 0 : 1);
    return push(slots(descriptor.substring(descriptor.indexOf(')') + 1)) - arguments);
  }

  Bytecode areturn() throws IOException {
    code.writeByte(ARETURN);
    return push(-1);
  }

  Bytecode vreturn() throws IOException {
    code.writeByte(RETURN);
    return this;
  }

  /** The content of the {@code Code} attribute of a method of {@code descriptor}. */
  byte[] attribute(String descriptor, boolean isStatic) throws IOException {
    if (depth < 0 || bytes.size() > 0xFFFF) {
      throw new IllegalStateException("generated code out of bounds: depth " + depth + ", "
          + bytes.size() + " bytes");
    }
    ByteArrayOutputStream attribute = new ByteArrayOutputStream();
    DataOutputStream a = new DataOutputStream(attribute);
    a.writeShort(maxDepth);
    a.writeShort(Math.max(maxLocal, argumentSlots(descriptor) + (isStatic ? 0 : 1)));
    a.writeInt(bytes.size());
    bytes.writeTo(a);
    a.writeShort(0); // no exception handlers
    a.writeShort(0); // no attributes: straight-line code needs no stack map frames
    return attribute.toByteArray();
  }

  private void local(int local, int shortForm, int longForm) throws IOException {
    if (local <= 3) {
      code.writeByte(shortForm + local);
    } else {
      code.writeByte(longForm);
      code.writeByte(local);
    }
    maxLocal = Math.max(maxLocal, local + 1);
  }

  private Bytecode push(int slots) {
    depth += slots;
    maxDepth = Math.max(maxDepth, depth);
    return this;
  }

  /** The operand stack slots of a value of {@code type}: 2 for long and double, 0 for void. */
  private static int slots(String type) {
    char c = type.charAt(0);
    return c == 'V' ? 0 : c == 'J' || c == 'D' ? 2 : 1;
  }

  private static int argumentSlots(String descriptor) {
    int total = 0;
    for (int i = 1; descriptor.charAt(i) != ')'; i++) {
      char c = descriptor.charAt(i);
      total += slots(descriptor.substring(i));
      while (c == '[') {
        c = descriptor.charAt(++i);
      }
      if (c == 'L') {
        i = descriptor.indexOf(';', i);
      }
    }
    return total;
  }
}
