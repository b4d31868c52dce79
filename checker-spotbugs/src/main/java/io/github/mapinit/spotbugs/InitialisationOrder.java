package io.github.mapinit.spotbugs;

import org.apache.bcel.Const;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.PUTFIELD;

/**
 * Spec 4, the order of an object's own initialisation: a constructor's code runs {@code super(..)},
 * then the class's instance initialisers in textual order, then its own statements. A field read by
 * code that runs before any of it assigns the field is still null there ({@code aload_0; getfield
 * names} in the initialiser of {@code scope}, above the {@code putfield names} of the later
 * initialiser). The Error Prone check reads the same from the source.
 */
final class InitialisationOrder {

  private InitialisationOrder() {}

  /**
   * Whether {@code field} of the running object is still unassigned at {@code at} in {@code
   * constructor}'s code, a constructor of {@code className}: nothing before it stores the field,
   * calls a method on the object, which might, or delegates to {@code this(..)}.
   */
  static boolean stillUnassigned(
      InstructionList constructor,
      InstructionHandle at,
      String field,
      String className,
      ConstantPoolGen cpg) {
    for (InstructionHandle handle = constructor.getStart();
        handle != null && handle != at;
        handle = handle.getNext()) {
      if (handle.getInstruction() instanceof PUTFIELD store
          && className.equals(store.getClassName(cpg))
          && field.equals(store.getFieldName(cpg))) {
        return false;
      }
      if (handle.getInstruction() instanceof ALOAD self
          && self.getIndex() == 0
          && callsOnRunningObject(handle, className, cpg)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the {@code aload_0} at {@code self} is the receiver of a call of a method, or of the
   * class's own constructor ({@code this(..)}); {@code super(..)} is not one.
   */
  private static boolean callsOnRunningObject(
      InstructionHandle self, String className, ConstantPoolGen cpg) {
    Callbacks.Consumption consumption = Callbacks.consumptionOf(self, cpg);
    if (consumption == null
        || consumption.slot() != 0
        || !(consumption.at().getInstruction() instanceof InvokeInstruction call)
        || call instanceof INVOKEDYNAMIC
        || call instanceof INVOKESTATIC) {
      return false;
    }
    return !Const.CONSTRUCTOR_NAME.equals(call.getMethodName(cpg))
        || className.equals(call.getClassName(cpg));
  }
}
