package io.github.mapinit.spotbugs;

import java.util.HashSet;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.LocalVariable;
import org.apache.bcel.classfile.LocalVariableTable;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ASTORE;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.LoadInstruction;
import org.apache.bcel.generic.Type;
import org.jspecify.annotations.Nullable;

/**
 * The local variables of a method (not its parameters) that some statement sets to null: {@code
 * aconst_null; astore k}, where the store is no join of two values (the {@code null} branch of
 * {@code c ? new HashMap<>() : null} is not a statement that sets the variable to null, as the
 * Error Prone check reads the source). javac gives a slot to one variable after another, so a load
 * is of a variable set to null only where the local variable table says it is the same variable; a
 * method compiled without that table is read by slot.
 */
final class LocalsSetToNull {

  private final Set<Integer> slots = new HashSet<>();
  private final Set<LocalVariable> variables = new HashSet<>();
  // Slots and variables that some other store gives a value that may be an object.
  private final Set<Integer> slotsSetOtherwise = new HashSet<>();
  private final Set<LocalVariable> variablesSetOtherwise = new HashSet<>();
  private final @Nullable LocalVariableTable table;

  private LocalsSetToNull(@Nullable LocalVariableTable table) {
    this.table = table;
  }

  static LocalsSetToNull in(Method method, InstructionList code) {
    int firstLocal = method.isStatic() ? 0 : 1;
    for (Type argument : method.getArgumentTypes()) {
      firstLocal += argument.getSize();
    }
    LocalsSetToNull found = new LocalsSetToNull(method.getLocalVariableTable());
    for (InstructionHandle handle : code.getInstructionHandles()) {
      if (!(handle.getInstruction() instanceof ASTORE store) || store.getIndex() < firstLocal) {
        continue;
      }
      InstructionHandle previous = handle.getPrev();
      boolean setToNull =
          previous != null
              && previous.getInstruction().getOpcode() == Const.ACONST_NULL
              && !handle.hasTargeters();
      LocalVariable variable = found.variableAt(store.getIndex(), handle.getNext());
      (setToNull ? found.slots : found.slotsSetOtherwise).add(store.getIndex());
      if (variable != null) {
        (setToNull ? found.variables : found.variablesSetOtherwise).add(variable);
      }
    }
    return found;
  }

  /** Whether {@code load} reads a variable that some statement sets to null. */
  boolean holdsSetToNull(InstructionHandle load) {
    if (!(load.getInstruction() instanceof LoadInstruction read)
        || !slots.contains(read.getIndex())) {
      return false;
    }
    if (table == null) {
      return true;
    }
    LocalVariable variable = variableAt(read.getIndex(), load);
    return variable == null || variables.contains(variable);
  }

  /**
   * Whether {@code load} reads a variable that holds null wherever it is read: some statement sets
   * it to null, and every store into it is such a statement.
   */
  boolean holdsOnlyNull(InstructionHandle load) {
    if (!holdsSetToNull(load)) {
      return false;
    }
    int slot = ((LoadInstruction) load.getInstruction()).getIndex();
    LocalVariable variable = variableAt(slot, load);
    return variable == null
        ? !slotsSetOtherwise.contains(slot)
        : !variablesSetOtherwise.contains(variable);
  }

  /** The variable the table names for {@code slot} at {@code where}, or null. */
  private @Nullable LocalVariable variableAt(int slot, @Nullable InstructionHandle where) {
    if (table == null || where == null) {
      return null;
    }
    return table.getLocalVariable(slot, where.getPosition());
  }
}
