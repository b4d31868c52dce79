package io.github.mapinit.spotbugs;

import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.rules.StaticOrder;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Field;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.PUTSTATIC;

/**
 * Spec 4, "static initialisation in order", read from {@code <clinit>}: javac compiles the static
 * initialisers in textual order, each ending in the {@code putstatic} of its field, so the first
 * {@code putstatic} after a use names the enum constant or static field whose initialiser runs too
 * early, and a later {@code putstatic} of the used field is the initialiser that comes too late.
 * The policy's {@link StaticOrder} decides what that makes the cause.
 */
final class StaticCreators {

  private StaticCreators() {}

  /**
   * Why {@code field} is null at {@code pc} of the class initialisation {@code clinit}; {@code
   * unassigned} where no initialiser runs too early.
   */
  static NullCause causeAt(
      JavaClass javaClass,
      Method clinit,
      int pc,
      FieldKey field,
      NullCause.StaticInitLeavesUnassigned unassigned) {
    if (clinit.getCode() == null) {
      return unassigned;
    }
    ConstantPoolGen pool = ClassLookup.constantPool(javaClass);
    LineOracle lines = new LineOracle(clinit);
    String creator = null;
    int creatorLine = 0;
    for (InstructionHandle handle : new InstructionList(clinit.getCode().getCode())) {
      if (handle.getPosition() <= pc
          || !(handle.getInstruction() instanceof PUTSTATIC store)
          || !javaClass.getClassName().equals(store.getClassName(pool))) {
        continue;
      }
      String name = store.getFieldName(pool);
      if (creator == null) {
        creator = name;
        creatorLine = lines.lineOf(handle.getPosition());
        if (!name.equals(field.name())) {
          continue;
        }
        return unassigned;
      }
      if (name.equals(field.name())) {
        return StaticOrder.causeFor(
            unassigned,
            creator,
            isEnumConstant(javaClass, creator),
            creatorLine,
            lines.lineOf(handle.getPosition()));
      }
    }
    return unassigned;
  }

  private static boolean isEnumConstant(JavaClass javaClass, String name) {
    for (Field declared : javaClass.getFields()) {
      if (declared.getName().equals(name)) {
        return (declared.getAccessFlags() & Const.ACC_ENUM) != 0;
      }
    }
    return false;
  }
}
