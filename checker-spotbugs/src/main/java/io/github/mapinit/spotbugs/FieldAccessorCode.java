package io.github.mapinit.spotbugs;

import java.util.Optional;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionList;
import org.jspecify.annotations.Nullable;

/**
 * The bytecode of an accessor (policy {@code FieldAccessors}): an instance method whose whole body
 * returns a field of its own object, as javac compiles {@code return f;} and a record's component
 * accessor: {@code aload_0; getfield f; areturn}.
 */
final class FieldAccessorCode {

  private FieldAccessorCode() {}

  /**
   * The field, as {@code name signature}, that the method {@code name signature} of {@code type}
   * returns, when it is such an accessor; empty otherwise.
   */
  static Optional<String> returnedField(JavaClass type, String name, String signature) {
    for (Method method : type.getMethods()) {
      if (!method.getName().equals(name)
          || !method.getSignature().equals(signature)
          || method.isStatic()
          || method.getCode() == null) {
        continue;
      }
      ConstantPoolGen cpg = ClassLookup.constantPool(type);
      GETFIELD read = fieldReturned(method.getCode().getCode(), Const.ARETURN, type, cpg);
      return read == null
          ? Optional.empty()
          : Optional.of(read.getFieldName(cpg) + ' ' + read.getSignature(cpg));
    }
    return Optional.empty();
  }

  /**
   * The read of a field of {@code owner}'s own object that {@code code} returns as its whole body
   * ({@code aload_0; getfield f; returnOpcode}: {@code areturn} for an accessor of a map, {@code
   * ireturn} for one of a boolean flag), or null.
   */
  static @Nullable GETFIELD fieldReturned(
      byte[] code, short returnOpcode, JavaClass owner, ConstantPoolGen cpg) {
    Instruction[] instructions = new InstructionList(code).getInstructions();
    return instructions.length == 3
            && instructions[0] instanceof ALOAD load
            && load.getIndex() == 0
            && instructions[1] instanceof GETFIELD read
            && instructions[2].getOpcode() == returnOpcode
            && owner.getClassName().equals(read.getClassName(cpg))
        ? read
        : null;
  }
}
