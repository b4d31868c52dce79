package io.github.mapinit.spotbugs;

import org.apache.bcel.classfile.LocalVariable;
import org.apache.bcel.classfile.LocalVariableTable;
import org.apache.bcel.classfile.Method;

/**
 * The source names of a method's local variable slots at one instruction, where javac kept them.
 */
final class LocalNames {

  private final LocalVariableTable table;
  private final int pc;

  private LocalNames(LocalVariableTable table, int pc) {
    this.table = table;
    this.pc = pc;
  }

  static LocalNames at(Method method, int pc) {
    return new LocalNames(method.getLocalVariableTable(), pc);
  }

  String nameOf(int slot) {
    if (table != null) {
      // A store's variable starts just after the store, so look a few bytes ahead too.
      for (int offset = 0; offset <= 4; offset++) {
        LocalVariable variable = table.getLocalVariable(slot, pc + offset);
        if (variable != null) {
          return variable.getName();
        }
      }
    }
    return "local" + slot;
  }
}
