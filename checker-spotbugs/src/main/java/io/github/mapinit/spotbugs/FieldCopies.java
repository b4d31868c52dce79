package io.github.mapinit.spotbugs;

import java.util.HashSet;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.BranchInstruction;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.GotoInstruction;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.PUTFIELD;
import org.jspecify.annotations.Nullable;

/**
 * The fields of its own object that a method assigns only with the same field of another instance
 * ({@code this.f = other.f}, a copy constructor's, compiled {@code aload_0; aload n; getfield f;
 * putfield f}; or a guarded copy, {@code this.f = other.f == null ? null : new
 * Properties(other.f)}): such an assignment passes another object's value on, null where that one's
 * is, and initialises nothing (policy {@code BodyFacts.copiedOnly}).
 */
final class FieldCopies {

  private FieldCopies() {}

  /** The names of {@code className}'s fields that {@code method} assigns only by copying. */
  static Set<String> onlyCopiedIn(Method method, String className, ConstantPoolGen cpg) {
    if (method.isStatic() || method.getCode() == null) {
      return Set.of();
    }
    InstructionList code = new InstructionList(method.getCode().getCode());
    Set<InstructionHandle> guardedCopies = new HashSet<>();
    for (InstructionHandle handle : code.getInstructionHandles()) {
      InstructionHandle store = storeOfGuardedCopy(handle, className, cpg);
      if (store != null) {
        guardedCopies.add(store);
      }
    }
    Set<String> copied = new HashSet<>();
    Set<String> assignedOtherwise = new HashSet<>();
    for (InstructionHandle handle : code.getInstructionHandles()) {
      if (handle.getInstruction() instanceof PUTFIELD store
          && className.equals(store.getClassName(cpg))) {
        String name = store.getFieldName(cpg);
        if (isCopyFromAnotherObject(handle, className, name, cpg)
            || guardedCopies.contains(handle)) {
          copied.add(name);
        } else {
          assignedOtherwise.add(name);
        }
      }
    }
    copied.removeAll(assignedOtherwise);
    return copied;
  }

  /**
   * Whether {@code read}, a {@code getfield} compared with null, is the guard of a copy of another
   * instance's field ({@link #storeOfGuardedCopy}): its test passes that object's null on, and
   * shows no belief that this object's field may be null.
   */
  static boolean isGuardOfCopy(InstructionHandle read, String className, ConstantPoolGen cpg) {
    return storeOfGuardedCopy(read, className, cpg) != null;
  }

  /** The stored value is {@code other.f}, read right before from a local that is not this. */
  private static boolean isCopyFromAnotherObject(
      InstructionHandle store, String className, String name, ConstantPoolGen cpg) {
    InstructionHandle read = store.getPrev();
    InstructionHandle receiver = read == null ? null : read.getPrev();
    InstructionHandle target = receiver == null ? null : receiver.getPrev();
    if (read == null || receiver == null || target == null) {
      return false;
    }
    return readsOtherObjectsField(read, className, name, cpg)
        && target.getInstruction() instanceof ALOAD self
        && self.getIndex() == 0;
  }

  /**
   * For {@code read}, the read of {@code other.f} in {@code this.f = other.f == null ? null : copy}
   * or {@code this.f = other.f != null ? copy : null}, where the copy reads {@code other.f} again
   * ({@code new Properties(other.f)}), the store of {@code this.f}; otherwise null. Compiled, the
   * first is {@code aload_0; aload n; getfield f; ifnonnull L1; aconst_null; goto L2; L1: copy; L2:
   * putfield f}, the second {@code aload_0; aload n; getfield f; ifnull L1; copy; goto L2; L1:
   * aconst_null; L2: putfield f}.
   */
  private static @Nullable InstructionHandle storeOfGuardedCopy(
      InstructionHandle read, String className, ConstantPoolGen cpg) {
    InstructionHandle receiver = read.getPrev();
    InstructionHandle target = receiver == null ? null : receiver.getPrev();
    InstructionHandle test = read.getNext();
    if (!(read.getInstruction() instanceof GETFIELD field)
        || target == null
        || test == null
        || !readsOtherObjectsField(read, className, field.getFieldName(cpg), cpg)
        || !(target.getInstruction() instanceof ALOAD self)
        || self.getIndex() != 0
        || !(test.getInstruction() instanceof BranchInstruction branch)) {
      return null;
    }
    InstructionHandle copyFrom;
    InstructionHandle copyTo;
    InstructionHandle store;
    if (branch.getOpcode() == Const.IFNONNULL) {
      // other.f == null ? null : copy
      InstructionHandle nullValue = test.getNext();
      InstructionHandle jump = nullValue == null ? null : nullValue.getNext();
      if (nullValue == null
          || nullValue.getInstruction().getOpcode() != Const.ACONST_NULL
          || jump == null
          || branch.getTarget() != jump.getNext()
          || !(jump.getInstruction() instanceof GotoInstruction skip)) {
        return null;
      }
      copyFrom = branch.getTarget();
      copyTo = skip.getTarget();
      store = copyTo;
    } else if (branch.getOpcode() == Const.IFNULL) {
      // other.f != null ? copy : null
      InstructionHandle nullValue = branch.getTarget();
      InstructionHandle jump = nullValue.getPrev();
      store = nullValue.getNext();
      if (nullValue.getInstruction().getOpcode() != Const.ACONST_NULL
          || jump == null
          || !(jump.getInstruction() instanceof GotoInstruction skip)
          || skip.getTarget() != store) {
        return null;
      }
      copyFrom = test.getNext();
      copyTo = jump;
    } else {
      return null;
    }
    boolean storesTheField =
        store != null
            && store.getInstruction() instanceof PUTFIELD put
            && className.equals(put.getClassName(cpg))
            && put.getFieldName(cpg).equals(field.getFieldName(cpg));
    return storesTheField && readsAgain(read, copyFrom, copyTo, className, cpg) ? store : null;
  }

  /**
   * Whether the code from {@code from} (inclusive) to {@code to} (exclusive) reads the field that
   * {@code read} reads, from the same local.
   */
  private static boolean readsAgain(
      InstructionHandle read,
      InstructionHandle from,
      InstructionHandle to,
      String className,
      ConstantPoolGen cpg) {
    String name = ((GETFIELD) read.getInstruction()).getFieldName(cpg);
    int other = ((ALOAD) read.getPrev().getInstruction()).getIndex();
    for (InstructionHandle handle = from;
        handle != null && handle != to;
        handle = handle.getNext()) {
      if (readsOtherObjectsField(handle, className, name, cpg)
          && ((ALOAD) handle.getPrev().getInstruction()).getIndex() == other) {
        return true;
      }
    }
    return false;
  }

  /** {@code read} is {@code getfield f} on a local other than this, loaded right before. */
  private static boolean readsOtherObjectsField(
      InstructionHandle read, String className, String name, ConstantPoolGen cpg) {
    Instruction value = read.getInstruction();
    InstructionHandle receiver = read.getPrev();
    return value instanceof GETFIELD load
        && className.equals(load.getClassName(cpg))
        && name.equals(load.getFieldName(cpg))
        && receiver != null
        && receiver.getInstruction() instanceof ALOAD other
        && other.getIndex() != 0;
  }
}
