package io.github.mapinit.spotbugs;

import java.util.ArrayList;
import java.util.List;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ATHROW;
import org.apache.bcel.generic.BranchInstruction;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.INVOKEINTERFACE;
import org.apache.bcel.generic.INVOKEVIRTUAL;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.RET;
import org.apache.bcel.generic.ReturnInstruction;

/**
 * The overridable methods that a constructor calls on every path by which it returns (policy {@code
 * ConstructorHooks.overrideRunsAtSuperCall}), read from its bytecode as the Error Prone check reads
 * the source: calls on {@code this} without arguments ({@code aload_0; invokevirtual m()}) that no
 * branch, return or throw precedes.
 */
final class SuperConstructorHooks {

  private SuperConstructorHooks() {}

  /**
   * The name and signature of each overridable method of {@code type} that its constructor of
   * {@code signature} so calls, in order.
   */
  static List<String> calledOnEveryPath(JavaClass type, String signature) {
    Method constructor = ClassLookup.declaredMethod(type, "<init>", signature);
    if (constructor == null || constructor.getCode() == null) {
      return List.of();
    }
    ConstantPoolGen cpg = ClassLookup.constantPool(type);
    Instruction[] code = new InstructionList(constructor.getCode().getCode()).getInstructions();
    List<String> hooks = new ArrayList<>();
    for (int i = 0; i < code.length; i++) {
      Instruction ins = code[i];
      if (ins instanceof BranchInstruction
          || ins instanceof ReturnInstruction
          || ins instanceof ATHROW
          || ins instanceof RET) {
        break;
      }
      if ((ins instanceof INVOKEVIRTUAL || ins instanceof INVOKEINTERFACE)
          && i > 0
          && code[i - 1] instanceof ALOAD load
          && load.getIndex() == 0
          && ((InvokeInstruction) ins).getArgumentTypes(cpg).length == 0
          && type.getClassName().equals(((InvokeInstruction) ins).getClassName(cpg))) {
        String key =
            ((InvokeInstruction) ins).getMethodName(cpg)
                + ((InvokeInstruction) ins).getSignature(cpg);
        if (isOverridable(type, key)) {
          hooks.add(key);
        }
      }
    }
    return hooks;
  }

  /** Whether {@code type} declares the method {@code key} and a subclass can override it. */
  private static boolean isOverridable(JavaClass type, String key) {
    for (Method method : type.getMethods()) {
      if ((method.getName() + method.getSignature()).equals(key)) {
        return !method.isPrivate() && !method.isStatic() && !method.isFinal() && !type.isFinal();
      }
    }
    return false;
  }
}
