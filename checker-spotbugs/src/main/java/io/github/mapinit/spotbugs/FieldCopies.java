package io.github.mapinit.spotbugs;

import java.util.HashSet;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.BranchInstruction;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InstructionTargeter;
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

  /**
   * How far past its guard a guarded copy's store may be: the copy is an expression ({@code new
   * Properties(other.f)}, {@code List.copyOf(other.f)}), a few instructions long.
   */
  private static final int GUARDED_COPY_REACH = 48;

  private FieldCopies() {}

  /** The names of {@code className}'s fields that {@code method} assigns only by copying. */
  static Set<String> onlyCopiedIn(Method method, String className, ConstantPoolGen cpg) {
    if (method.isStatic() || method.getCode() == null) {
      return Set.of();
    }
    Set<String> copied = new HashSet<>();
    Set<String> assignedOtherwise = new HashSet<>();
    InstructionList code = new InstructionList(method.getCode().getCode());
    for (InstructionHandle handle : code.getInstructionHandles()) {
      if (handle.getInstruction() instanceof PUTFIELD store
          && className.equals(store.getClassName(cpg))) {
        String name = store.getFieldName(cpg);
        if (isCopyFromAnotherObject(handle, className, name, cpg)
            || guardOfCopy(handle, className, cpg) != null) {
          copied.add(name);
        } else {
          assignedOtherwise.add(name);
        }
      }
    }
    copied.removeAll(assignedOtherwise);
    return copied;
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
   * For a store of {@code this.f} whose value is a guarded copy of another instance's {@code f},
   * the read of {@code other.f} that the guard compares with null; otherwise null. Compiled, {@code
   * other.f == null ? null : copy} is {@code aload_0; aload n; getfield f; ifnonnull L1;
   * aconst_null; goto L2; L1: copy; L2: putfield f}, and {@code other.f != null ? copy : null} is
   * {@code aload_0; aload n; getfield f; ifnull L1; copy; goto L2; L1: aconst_null; L2: putfield
   * f}; the copy itself reads {@code other.f} again. Such a null test passes the other object's
   * null on: it is no belief that this object's field may be null.
   */
  static @Nullable InstructionHandle guardOfCopy(
      InstructionHandle store, String className, ConstantPoolGen cpg) {
    if (!(store.getInstruction() instanceof PUTFIELD put)
        || !className.equals(put.getClassName(cpg))) {
      return null;
    }
    String name = put.getFieldName(cpg);
    InstructionHandle before = store.getPrev();
    if (before == null) {
      return null;
    }
    if (before.getInstruction().getOpcode() == Const.ACONST_NULL) {
      // other.f != null ? copy : null
      InstructionHandle jump = before.getPrev();
      if (jump == null || !jumpsTo(jump, store)) {
        return null;
      }
      for (InstructionTargeter targeter : before.getTargeters()) {
        InstructionHandle test = testWith(targeter, Const.IFNULL, jump, before);
        if (test != null && guardsCopy(test, test.getNext(), jump, className, name, cpg)) {
          return test.getPrev();
        }
      }
      return null;
    }
    // other.f == null ? null : copy
    for (InstructionTargeter targeter : store.getTargeters()) {
      for (InstructionHandle jump = before; jump != null; jump = jump.getPrev()) {
        if (jump.getInstruction() == targeter) {
          InstructionHandle nullValue = jump.getPrev();
          InstructionHandle test = nullValue == null ? null : nullValue.getPrev();
          if (jumpsTo(jump, store)
              && nullValue != null
              && nullValue.getInstruction().getOpcode() == Const.ACONST_NULL
              && test != null
              && test.getInstruction().getOpcode() == Const.IFNONNULL
              && ((BranchInstruction) test.getInstruction()).getTarget() == jump.getNext()
              && guardsCopy(test, jump.getNext(), store, className, name, cpg)) {
            return test.getPrev();
          }
          break;
        }
      }
    }
    return null;
  }

  /**
   * Whether {@code read}, a {@code getfield} compared with null, is the guard of a copy of another
   * instance's field ({@link #guardOfCopy}), whose store follows within a few instructions.
   */
  static boolean isGuardOfCopy(InstructionHandle read, String className, ConstantPoolGen cpg) {
    InstructionHandle handle = read;
    for (int i = 0; i < GUARDED_COPY_REACH && handle != null; i++, handle = handle.getNext()) {
      if (handle.getInstruction() instanceof PUTFIELD
          && guardOfCopy(handle, className, cpg) == read) {
        return true;
      }
    }
    return false;
  }

  /** {@code targeter} as the handle of a branch of {@code opcode}, found before {@code end}. */
  private static @Nullable InstructionHandle testWith(
      InstructionTargeter targeter, short opcode, InstructionHandle end, InstructionHandle target) {
    for (InstructionHandle handle = end; handle != null; handle = handle.getPrev()) {
      if (handle.getInstruction() == targeter) {
        return handle.getInstruction().getOpcode() == opcode
                && ((BranchInstruction) handle.getInstruction()).getTarget() == target
            ? handle
            : null;
      }
    }
    return null;
  }

  private static boolean jumpsTo(InstructionHandle jump, InstructionHandle target) {
    return (jump.getInstruction().getOpcode() == Const.GOTO
            || jump.getInstruction().getOpcode() == Const.GOTO_W)
        && ((BranchInstruction) jump.getInstruction()).getTarget() == target;
  }

  /**
   * The test compares {@code other.f}, loaded right after {@code aload_0}, and the copy between
   * {@code from} (inclusive) and {@code to} (exclusive) reads {@code other.f} again.
   */
  private static boolean guardsCopy(
      InstructionHandle test,
      InstructionHandle from,
      InstructionHandle to,
      String className,
      String name,
      ConstantPoolGen cpg) {
    InstructionHandle read = test.getPrev();
    InstructionHandle receiver = read == null ? null : read.getPrev();
    InstructionHandle target = receiver == null ? null : receiver.getPrev();
    if (read == null
        || receiver == null
        || target == null
        || !readsOtherObjectsField(read, className, name, cpg)
        || !(target.getInstruction() instanceof ALOAD self)
        || self.getIndex() != 0) {
      return false;
    }
    int other = ((ALOAD) receiver.getInstruction()).getIndex();
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
