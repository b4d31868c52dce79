package io.github.mapinit.spotbugs;

import org.apache.bcel.classfile.LineNumberTable;
import org.apache.bcel.classfile.Method;

/** Source lines of a method's instructions, from its line number table. */
final class LineOracle {

  private final LineNumberTable table;

  LineOracle(Method method) {
    this.table = method.getLineNumberTable();
  }

  /** The source line of the instruction at {@code pc}, or -1 when unknown. */
  int lineOf(int pc) {
    return table == null ? -1 : table.getSourceLine(pc);
  }

  /**
   * The line a message names a constructor by: that of its first instruction, the (explicit or
   * implicit) {@code super(...)} call, which javac puts on the constructor's declaration; field
   * initialisers come after it with their own lines. -1 when unknown.
   */
  int constructorLine() {
    int line = lineOf(0);
    return line > 0 ? line : firstLine();
  }

  /** The first source line of the method, or -1 when unknown. */
  int firstLine() {
    if (table == null || table.getLineNumberTable().length == 0) {
      return -1;
    }
    int first = Integer.MAX_VALUE;
    for (var entry : table.getLineNumberTable()) {
      first = Math.min(first, entry.getLineNumber());
    }
    return first;
  }
}
