package io.github.mapinit.spotbugs;

import java.util.HashSet;
import java.util.Set;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.PUTFIELD;

/**
 * The fields of its own object that a method assigns only with the same field of another instance
 * ({@code this.f = other.f}, a copy constructor's, compiled {@code aload_0; aload n; getfield f;
 * putfield f}): such an assignment passes another object's value on and initialises nothing (policy
 * {@code BodyFacts.copiedOnly}).
 */
final class FieldCopies {

  private FieldCopies() {}

  /** The names of {@code className}'s fields that {@code method} assigns only by copying. */
  static Set<String> onlyCopiedIn(Method method, String className, ConstantPoolGen cpg) {
    if (method.isStatic() || method.getCode() == null) {
      return Set.of();
    }
    Set<String> copied = new HashSet<>();
    Set<String> assignedOtherwise = new HashSet<>();
    InstructionList code = new InstructionList(method.getCode().getCode());
    for (InstructionHandle handle : code.getInstructionHandles()) {
      if (handle.getInstruction() instanceof PUTFIELD store
          && className.equals(store.getClassName(cpg))) {
        String name = store.getFieldName(cpg);
        if (isCopyFromAnotherObject(handle, className, name, cpg)) {
          copied.add(name);
        } else {
          assignedOtherwise.add(name);
        }
      }
    }
    copied.removeAll(assignedOtherwise);
    return copied;
  }

  /** The stored value is {@code other.f}, read right before from a local that is not this. */
  private static boolean isCopyFromAnotherObject(
      InstructionHandle store, String className, String name, ConstantPoolGen cpg) {
    InstructionHandle read = store.getPrev();
    InstructionHandle receiver = read == null ? null : read.getPrev();
    InstructionHandle target = receiver == null ? null : receiver.getPrev();
    if (read == null || receiver == null || target == null) {
      return false;
    }
    Instruction value = read.getInstruction();
    return value instanceof GETFIELD load
        && className.equals(load.getClassName(cpg))
        && name.equals(load.getFieldName(cpg))
        && receiver.getInstruction() instanceof ALOAD other
        && other.getIndex() != 0
        && target.getInstruction() instanceof ALOAD self
        && self.getIndex() == 0;
  }
}
