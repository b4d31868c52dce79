package io.github.mapinit.spotbugs;

/**
 * What a place may hold at a program point, as a set of atoms in an int. Besides the concrete atoms
 * {@link #NULL} and {@link #NONNULL}, two kinds of symbolic atoms keep one analysis of a method
 * valid for every start: {@code ENTRY_*} stands for the value the place had when the method was
 * entered (decided later by the caller or by the method's entry state), {@code AFTER_*} for the
 * place's state after construction (decided once the whole class is summarised). A guard keeps the
 * null or the non-null half of each kind.
 */
final class Nullness {

  static final int NULL = 1;
  static final int NONNULL = 1 << 1;
  static final int ENTRY_NULL = 1 << 2;
  static final int ENTRY_NONNULL = 1 << 3;
  static final int AFTER_NULL = 1 << 4;
  static final int AFTER_NONNULL = 1 << 5;

  static final int ENTRY = ENTRY_NULL | ENTRY_NONNULL;
  static final int AFTER = AFTER_NULL | AFTER_NONNULL;
  static final int NULL_ATOMS = NULL | ENTRY_NULL | AFTER_NULL;
  static final int NONNULL_ATOMS = NONNULL | ENTRY_NONNULL | AFTER_NONNULL;

  private Nullness() {}

  static boolean mayBeNull(int bits) {
    return (bits & NULL_ATOMS) != 0;
  }

  static boolean mayBeNonNull(int bits) {
    return (bits & NONNULL_ATOMS) != 0;
  }

  /** The state on the branch where the value is null; 0 when that branch is infeasible. */
  static int whenNull(int bits) {
    return bits & NULL_ATOMS;
  }

  /** The state on the branch where the value is not null; 0 when that branch is infeasible. */
  static int whenNonNull(int bits) {
    return bits & NONNULL_ATOMS;
  }

  /** After a dereference returned, the value was not null. */
  static int afterDereference(int bits) {
    int nonNull = bits & NONNULL_ATOMS;
    return nonNull == 0 ? NONNULL : nonNull;
  }

  /**
   * A callee's state for a place, seen from the caller: its entry atoms replaced by what the caller
   * held at the call.
   */
  static int substituteEntry(int calleeBits, int callerBits) {
    int result = calleeBits & ~ENTRY;
    if ((calleeBits & ENTRY_NULL) != 0) {
      result |= callerBits & NULL_ATOMS;
    }
    if ((calleeBits & ENTRY_NONNULL) != 0) {
      result |= callerBits & NONNULL_ATOMS;
    }
    return result;
  }
}
