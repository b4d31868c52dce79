package io.github.mapinit.errorprone.dataflow;

import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol.VarSymbol;

/**
 * A synthetic flag that holds what a flag field of the object held just before the body assigned it
 * (policy {@code FlagFacts.assignFrom}). What its value vouches for on the field's start value
 * rests on the class's promise for the flag itself, which held that value where the body started:
 * {@code if (docs.isEmpty()) map = new ..; docs.add(d); map.put(..)} vouches for {@code map} on
 * "docs not empty: map" through the snapshot of {@code docs.isEmpty()} taken at the add.
 */
final class FlagSnapshot extends VarSymbol {

  private final VarSymbol flag;

  FlagSnapshot(VarSymbol flag) {
    super(Flags.SYNTHETIC, flag.name, flag.type, flag.owner);
    this.flag = flag;
  }

  /** The flag whose promises a voucher speaks of: the snapshot's flag, or {@code flag} itself. */
  static VarSymbol promisedBy(VarSymbol flag) {
    return flag instanceof FlagSnapshot snapshot ? snapshot.flag : flag;
  }
}
