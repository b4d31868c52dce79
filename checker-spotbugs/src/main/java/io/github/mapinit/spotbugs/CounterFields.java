package io.github.mapinit.spotbugs;

import io.github.mapinit.policy.rules.Counters;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.bcel.classfile.Field;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.DUP2_X1;
import org.apache.bcel.generic.DUP_X1;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.IADD;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.LADD;
import org.apache.bcel.generic.PUTFIELD;
import org.jspecify.annotations.Nullable;

/**
 * The counters of the analysed class (policy {@link Counters}): its private int or long instance
 * fields that its code only sets to 0 and increases. javac stores {@code count = 0} as a constant,
 * and {@code count++} or {@code count += 2} as the field read, a constant and {@code iadd} or
 * {@code ladd} (with a {@code dup_x1} or {@code dup2_x1} where the old or the new value is used
 * too); any other store makes the field no counter.
 */
final class CounterFields {

  private CounterFields() {}

  static Set<String> in(JavaClass javaClass, ConstantPoolGen cpg) {
    Set<String> candidates = new LinkedHashSet<>();
    for (Field field : javaClass.getFields()) {
      if (field.isPrivate()
          && !field.isStatic()
          && ClassModel.isWholeNumber(field.getSignature())) {
        candidates.add(field.getName());
      }
    }
    if (candidates.isEmpty()) {
      return candidates;
    }
    Set<String> disqualified = new HashSet<>();
    for (Method method : javaClass.getMethods()) {
      if (method.getCode() == null) {
        continue;
      }
      InstructionList code = new InstructionList(method.getCode().getCode());
      for (InstructionHandle handle : code.getInstructionHandles()) {
        if (handle.getInstruction() instanceof PUTFIELD store
            && javaClass.getClassName().equals(store.getClassName(cpg))
            && candidates.contains(store.getFieldName(cpg))
            && assignmentAt(handle, cpg) == Counters.Assignment.OTHER) {
          disqualified.add(store.getFieldName(cpg));
        }
      }
    }
    candidates.removeAll(disqualified);
    return candidates;
  }

  /** How the {@code putfield} at {@code handle} changes the field as a counter. */
  static Counters.Assignment assignmentAt(InstructionHandle handle, ConstantPoolGen cpg) {
    if (!(handle.getInstruction() instanceof PUTFIELD store)) {
      return Counters.Assignment.OTHER;
    }
    InstructionHandle value = handle.getPrev();
    if (value != null && keepsValueBelowObject(value.getInstruction())) {
      value = value.getPrev();
    }
    if (value == null) {
      return Counters.Assignment.OTHER;
    }
    Integer constant = FinalFieldTests.intConstant(value.getInstruction(), cpg);
    if (constant != null) {
      return Counters.byAssigning(constant);
    }
    InstructionHandle added =
        value.getInstruction() instanceof IADD || value.getInstruction() instanceof LADD
            ? value.getPrev()
            : null;
    InstructionHandle read = added == null ? null : added.getPrev();
    if (read != null && keepsValueBelowObject(read.getInstruction())) {
      // return count++: the old value is kept below the object.
      read = read.getPrev();
    }
    Integer increase =
        added == null ? null : FinalFieldTests.intConstant(added.getInstruction(), cpg);
    return increase != null && readsField(read, store.getFieldName(cpg), cpg)
        ? Counters.byAdding(increase)
        : Counters.Assignment.OTHER;
  }

  /** {@code dup_x1}, or {@code dup2_x1} for a long: a copy of the value kept below the object. */
  private static boolean keepsValueBelowObject(Instruction ins) {
    return ins instanceof DUP_X1 || ins instanceof DUP2_X1;
  }

  private static boolean readsField(
      @Nullable InstructionHandle handle, String field, ConstantPoolGen cpg) {
    return handle != null
        && handle.getInstruction() instanceof GETFIELD read
        && field.equals(read.getFieldName(cpg));
  }
}
