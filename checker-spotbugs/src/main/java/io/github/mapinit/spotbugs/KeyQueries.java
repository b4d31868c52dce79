package io.github.mapinit.spotbugs;

import io.github.mapinit.policy.rules.NullableResults;
import java.util.List;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.ConstantPushInstruction;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.GETSTATIC;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.LDC;
import org.apache.bcel.generic.LDC2_W;
import org.jspecify.annotations.Nullable;

/**
 * Whether the method around a map lookup asks the same map about the same key (policy {@code
 * NullableResults.missesEntry}): {@code if (!profiles.containsKey(name)) return;} before {@code
 * active = profiles.get(name);}. The same map and key are the same local, a field read from one (or
 * from the class), or a constant, found in the straight-line code that pushes them.
 */
final class KeyQueries {

  private KeyQueries() {}

  /**
   * Whether {@code lookup} is a map's entry lookup stored in a tracked field or passed to a
   * constructor that stores it (policy {@code NullableResults.missesEntry}): null for a missing
   * key, unless the method asks the map about that key.
   */
  static boolean missesEntry(InstructionHandle lookup, TypeOracle types, ConstantPoolGen cpg) {
    return lookup.getInstruction() instanceof InvokeInstruction call
        && !(call instanceof INVOKESTATIC)
        && NullableResults.missesEntry(
            true,
            types.isSubtype(call.getClassName(cpg), "java.util.Map"),
            call.getMethodName(cpg),
            call.getArgumentTypes(cpg).length,
            () -> asked(lookup, cpg));
  }

  /** Whether the method of {@code lookup}, a one-argument call, asks its receiver about its key. */
  static boolean asked(InstructionHandle lookup, ConstantPoolGen cpg) {
    InstructionHandle first = lookup;
    while (first.getPrev() != null) {
      first = first.getPrev();
    }
    List<Object> map = operand(lookup, 0, first, cpg);
    List<Object> key = operand(lookup, 1, first, cpg);
    if (map == null || key == null) {
      return false;
    }
    for (InstructionHandle handle = first; handle != null; handle = handle.getNext()) {
      if (handle.getInstruction() instanceof InvokeInstruction call
          && !(call instanceof INVOKESTATIC)
          && call.getMethodName(cpg).equals(NullableResults.KEY_QUERY)
          && call.getArgumentTypes(cpg).length == 1
          && map.equals(operand(handle, 0, first, cpg))
          && key.equals(operand(handle, 1, first, cpg))) {
        return true;
      }
    }
    return false;
  }

  /** What the value that {@code consumer} takes as its {@code slot}th operand reads, or null. */
  private static @Nullable List<Object> operand(
      InstructionHandle consumer, int slot, InstructionHandle first, ConstantPoolGen cpg) {
    for (InstructionHandle handle = first; handle != consumer; handle = handle.getNext()) {
      if (handle.getInstruction().produceStack(cpg) == 1) {
        Callbacks.Consumption consumption = Callbacks.takenOffBy(handle, cpg);
        if (consumption != null && consumption.at() == consumer && consumption.slot() == slot) {
          return read(handle, cpg);
        }
      }
    }
    return null;
  }

  /** What the instruction pushes, as a list equal to another's where both push the same. */
  private static @Nullable List<Object> read(InstructionHandle handle, ConstantPoolGen cpg) {
    Instruction ins = handle.getInstruction();
    InstructionHandle previous = handle.getPrev();
    if (ins instanceof ALOAD load) {
      return List.of(load.getIndex());
    }
    if (ins instanceof GETSTATIC field) {
      return List.of(field.getClassName(cpg), field.getFieldName(cpg));
    }
    if (ins instanceof GETFIELD field
        && previous != null
        && previous.getInstruction() instanceof ALOAD holder) {
      // `profiles` and `this.profiles` read the same; another local's field keeps the local.
      return holder.getIndex() == 0
          ? List.of(field.getClassName(cpg), field.getFieldName(cpg))
          : List.of(field.getClassName(cpg), field.getFieldName(cpg), holder.getIndex());
    }
    if (ins instanceof LDC constant) {
      return List.of("constant", constant.getValue(cpg));
    }
    if (ins instanceof LDC2_W constant) {
      return List.of("constant", constant.getValue(cpg));
    }
    if (ins instanceof ConstantPushInstruction constant) {
      return List.of("constant", constant.getValue());
    }
    if (ins instanceof INVOKESTATIC box
        && box.getMethodName(cpg).equals("valueOf")
        && box.getClassName(cpg).startsWith("java.lang.")
        && box.getArgumentTypes(cpg).length == 1
        && previous != null) {
      // A boxed key (`get(id)` for an int id) reads what is boxed.
      return read(previous, cpg);
    }
    return null;
  }
}
