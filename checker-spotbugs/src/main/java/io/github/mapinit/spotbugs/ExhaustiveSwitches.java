package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.ba.XClass;
import edu.umd.cs.findbugs.ba.XField;
import io.github.mapinit.policy.JavaSemantics;
import java.util.HashSet;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.IALOAD;
import org.apache.bcel.generic.INVOKEVIRTUAL;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.MethodGen;
import org.apache.bcel.generic.Select;

/**
 * The switches of a method over an enum that name every constant (policy {@link
 * JavaSemantics#switchCoversEnum}): their default edge, which javac adds for a statement without
 * {@code default}, is no path. javac switches on {@code $SwitchMap$..[e.ordinal()]}, numbering the
 * class's labels from 1, or on {@code e.ordinal()}; either way each key is one constant.
 */
final class ExhaustiveSwitches {

  private ExhaustiveSwitches() {}

  /** The switch instructions of {@code method} whose default edge is no path. */
  static Set<InstructionHandle> in(MethodGen method) {
    Set<InstructionHandle> exhaustive = new HashSet<>();
    if (method.getInstructionList() == null) {
      return exhaustive;
    }
    ConstantPoolGen cpg = method.getConstantPool();
    for (InstructionHandle handle : method.getInstructionList().getInstructionHandles()) {
      if (handle.getInstruction() instanceof Select select && coversEnum(handle, select, cpg)) {
        exhaustive.add(handle);
      }
    }
    return exhaustive;
  }

  private static boolean coversEnum(InstructionHandle handle, Select select, ConstantPoolGen cpg) {
    InstructionHandle before = handle.getPrev();
    if (before != null && before.getInstruction() instanceof IALOAD) {
      before = before.getPrev();
    }
    if (before == null
        || !(before.getInstruction() instanceof INVOKEVIRTUAL ordinal)
        || !"ordinal".equals(ordinal.getMethodName(cpg))
        || !"()I".equals(ordinal.getSignature(cpg))) {
      return false;
    }
    XClass enumClass = ClassLookup.xclass(ordinal.getClassName(cpg));
    if (enumClass == null || (enumClass.getAccessFlags() & Const.ACC_ENUM) == 0) {
      return false;
    }
    int constants = 0;
    for (XField field : enumClass.getXFields()) {
      if (field.isStatic() && field.isEnum()) {
        constants++;
      }
    }
    // Each key stands for one constant: their number is what counts.
    Set<Integer> keys = new HashSet<>();
    for (int key : select.getMatchs()) {
      keys.add(key);
    }
    return JavaSemantics.switchCoversEnum(keys.size(), constants);
  }
}
