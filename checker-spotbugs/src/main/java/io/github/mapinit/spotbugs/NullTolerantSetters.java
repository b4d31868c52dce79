package io.github.mapinit.spotbugs;

import org.apache.bcel.Const;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.BranchInstruction;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.ReferenceType;
import org.apache.bcel.generic.ReturnInstruction;
import org.apache.bcel.generic.Type;

/**
 * Methods that do nothing when a parameter is null and otherwise run straight through: {@code if
 * (parameters != null) { .. }} as the whole body ({@code aload k; ifnull END; ..; END: return}), or
 * {@code if (p == null) return;} first ({@code aload k; ifnonnull L; return; L: ..; return}), with
 * no other branch, return, throw or handler (policy {@code BodyFacts.skipsNullArgument}).
 */
final class NullTolerantSetters {

  private NullTolerantSetters() {}

  static boolean skipsNullArgument(Method method) {
    Code code = method.getCode();
    if (code == null
        || method.getReturnType() != Type.VOID
        || (code.getExceptionTable() != null && code.getExceptionTable().length > 0)) {
      return false;
    }
    InstructionHandle[] handles = new InstructionList(code.getCode()).getInstructionHandles();
    if (handles.length < 3
        || !(handles[0].getInstruction() instanceof ALOAD load)
        || !isReferenceParameter(method, load.getIndex())
        || !(handles[handles.length - 1].getInstruction() instanceof ReturnInstruction)) {
      return false;
    }
    Instruction test = handles[1].getInstruction();
    int straightFrom;
    if (test.getOpcode() == Const.IFNULL) {
      // if (p != null) { .. }: the null side jumps to the final return.
      if (((BranchInstruction) test).getTarget() != handles[handles.length - 1]) {
        return false;
      }
      straightFrom = 2;
    } else if (test.getOpcode() == Const.IFNONNULL) {
      // if (p == null) return; ..
      if (handles.length < 4
          || !(handles[2].getInstruction() instanceof ReturnInstruction)
          || ((BranchInstruction) test).getTarget() != handles[3]) {
        return false;
      }
      straightFrom = 3;
    } else {
      return false;
    }
    for (int i = straightFrom; i < handles.length - 1; i++) {
      Instruction instruction = handles[i].getInstruction();
      if (instruction instanceof BranchInstruction
          || instruction instanceof ReturnInstruction
          || instruction.getOpcode() == Const.ATHROW) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code slot} holds one of the method's reference parameters. */
  private static boolean isReferenceParameter(Method method, int slot) {
    int next = method.isStatic() ? 0 : 1;
    for (Type parameter : method.getArgumentTypes()) {
      if (next == slot) {
        return parameter instanceof ReferenceType;
      }
      next += parameter.getSize();
    }
    return false;
  }
}
