package io.github.mapinit.spotbugs;

import java.util.HashSet;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;

/**
 * The fields of a class that its code compares with {@code null}: a read of the field on the
 * running object followed by {@code ifnull}/{@code ifnonnull}, or compared with an {@code
 * aconst_null} next to it ({@code null == f}).
 */
final class NullTestedFields {

  private NullTestedFields() {}

  static Set<String> in(JavaClass javaClass, ConstantPoolGen cpg) {
    Set<String> tested = new HashSet<>();
    for (Method method : javaClass.getMethods()) {
      if (method.getCode() == null) {
        continue;
      }
      InstructionList list = new InstructionList(method.getCode().getCode());
      for (InstructionHandle handle = list.getStart(); handle != null; handle = handle.getNext()) {
        if (handle.getInstruction() instanceof GETFIELD read
            && javaClass.getClassName().equals(read.getClassName(cpg))
            && isNullComparison(handle)) {
          tested.add(read.getFieldName(cpg));
        }
      }
    }
    return tested;
  }

  private static boolean isNullComparison(InstructionHandle read) {
    InstructionHandle next = read.getNext();
    if (next == null) {
      return false;
    }
    short opcode = next.getInstruction().getOpcode();
    if (opcode == Const.IFNULL || opcode == Const.IFNONNULL) {
      return true;
    }
    if (opcode == Const.ACONST_NULL) {
      InstructionHandle after = next.getNext();
      return after != null && isReferenceComparison(after.getInstruction());
    }
    // null == this.f: aconst_null, aload_0, getfield, if_acmp
    InstructionHandle receiver = read.getPrev();
    InstructionHandle before = receiver == null ? null : receiver.getPrev();
    return isReferenceComparison(next.getInstruction())
        && before != null
        && before.getInstruction().getOpcode() == Const.ACONST_NULL;
  }

  private static boolean isReferenceComparison(Instruction instruction) {
    return instruction.getOpcode() == Const.IF_ACMPEQ || instruction.getOpcode() == Const.IF_ACMPNE;
  }
}
