package io.github.mapinit.spotbugs;

import io.github.mapinit.policy.rules.CallbackHelpers;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ATHROW;
import org.apache.bcel.generic.BranchInstruction;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.ReturnInstruction;
import org.apache.bcel.generic.Type;

/**
 * The helpers of the analysed class that run a function they are given at once (policy {@link
 * CallbackHelpers}): before any branch of its code, the helper loads a parameter and calls a method
 * on it ({@code aload_1; invokeinterface Runnable.run}), as javac compiles {@code action.run()} at
 * the start of its body or of a {@code try} block.
 */
final class OwnCallbackHelpers {

  private OwnCallbackHelpers() {}

  /** Whether every method named {@code name} of {@code javaClass} is such a helper. */
  static boolean runsAtOnce(JavaClass javaClass, String name) {
    boolean found = false;
    for (Method method : javaClass.getMethods()) {
      if (method.getName().equals(name)) {
        if (!runsParameterAtOnce(javaClass, method)) {
          return false;
        }
        found = true;
      }
    }
    return found;
  }

  private static boolean runsParameterAtOnce(JavaClass javaClass, Method method) {
    boolean overridable =
        !method.isStatic() && !method.isPrivate() && !method.isFinal() && !javaClass.isFinal();
    return method.getCode() != null
        && !Const.CONSTRUCTOR_NAME.equals(method.getName())
        && CallbackHelpers.runsAtOnce(overridable, callsParameterFirst(method));
  }

  private static boolean callsParameterFirst(Method method) {
    int first = method.isStatic() ? 0 : 1;
    int end = first;
    for (Type parameter : method.getArgumentTypes()) {
      end += parameter.getSize();
    }
    Instruction[] code = new InstructionList(method.getCode().getCode()).getInstructions();
    for (int i = 0; i + 1 < code.length; i++) {
      Instruction ins = code[i];
      if (ins instanceof BranchInstruction
          || ins instanceof ReturnInstruction
          || ins instanceof ATHROW) {
        return false;
      }
      if (ins instanceof ALOAD load
          && load.getIndex() >= first
          && load.getIndex() < end
          && code[i + 1] instanceof InvokeInstruction call
          && call.getOpcode() != Const.INVOKESTATIC) {
        return true;
      }
    }
    return false;
  }
}
