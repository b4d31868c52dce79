package io.github.mapinit.spotbugs;

import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.GETSTATIC;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.jspecify.annotations.Nullable;

/**
 * The read of a field whose value an instruction takes, and what held the object read from, found
 * in straight-line bytecode: for {@code aload_0; getfield tx; getfield writes; invokeinterface
 * size}, the {@code getfield writes} that {@code size} takes, read from the object in {@code tx}.
 */
final class FieldReads {

  private FieldReads() {}

  /**
   * The {@code getfield} of {@code field} whose value the instruction at {@code pc} takes off the
   * stack, or null where none does (the use reads a local copy).
   */
  static @Nullable InstructionHandle feeding(
      InstructionList code, int pc, FieldKey field, ConstantPoolGen cpg) {
    for (InstructionHandle handle : code) {
      if (handle.getInstruction() instanceof GETFIELD read
          && field.name().equals(read.getFieldName(cpg))
          && field.className().equals(read.getClassName(cpg))) {
        Callbacks.Consumption consumption = Callbacks.takenOffBy(handle, cpg);
        if (consumption != null && consumption.at().getPosition() == pc) {
          return handle;
        }
      }
    }
    return null;
  }

  /**
   * The name of the field whose value {@code read} reads a field of, as Error Prone names the
   * receiver of {@code tx.writes} or {@code SHARED.writes}; null for another receiver.
   */
  static @Nullable String receiverField(InstructionHandle read, ConstantPoolGen cpg) {
    InstructionHandle receiver = read.getPrev();
    if (receiver != null && receiver.getInstruction() instanceof GETFIELD holder) {
      return holder.getFieldName(cpg);
    }
    if (receiver != null && receiver.getInstruction() instanceof GETSTATIC holder) {
      return holder.getFieldName(cpg);
    }
    return null;
  }
}
