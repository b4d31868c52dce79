package io.github.mapinit.spotbugs;

import io.github.mapinit.policy.JavaSemantics;
import io.github.mapinit.policy.Policy;
import java.util.HashSet;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.CHECKCAST;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GotoInstruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InstructionTargeter;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.PUTFIELD;
import org.jspecify.annotations.Nullable;

/**
 * Policy {@code ConstantTests.membership}: the final fields of the class that only ever hold a
 * collection no code can change, so that {@code contains(constant)} on one gives the same answer
 * each time. Every value stored into the field must come straight from such a call ({@code
 * Set.copyOf(x)}, {@code Collections.unmodifiableSet(EnumSet.copyOf(x))}), on each side of a
 * conditional, which javac compiles to two producers that meet at the store.
 */
final class UnmodifiableFields {

  private UnmodifiableFields() {}

  static Set<String> in(JavaClass javaClass, ConstantPoolGen cpg, Policy policy) {
    Set<String> stored = new HashSet<>();
    Set<String> other = new HashSet<>();
    for (Method method : javaClass.getMethods()) {
      if (method.getCode() == null) {
        continue;
      }
      for (InstructionHandle handle :
          new InstructionList(method.getCode().getCode()).getInstructionHandles()) {
        if (handle.getInstruction() instanceof PUTFIELD store
            && javaClass.getClassName().equals(store.getClassName(cpg))) {
          String field = store.getFieldName(cpg);
          stored.add(field);
          if (!storesUnmodifiable(handle, cpg, policy)) {
            other.add(field);
          }
        }
      }
    }
    stored.removeAll(other);
    return stored;
  }

  /** Whether every path into the store at {@code store} brings an unmodifiable collection. */
  private static boolean storesUnmodifiable(
      InstructionHandle store, ConstantPoolGen cpg, Policy policy) {
    InstructionHandle before = store.getPrev();
    if (before == null
        || (!isUnconditionalJump(before) && !isUnmodifiable(producer(before), cpg, policy))) {
      return false;
    }
    for (InstructionTargeter targeter : store.getTargeters()) {
      if (!(targeter instanceof GotoInstruction jump)) {
        return false;
      }
      InstructionHandle jumpHandle = findHandle(store, jump);
      if (jumpHandle == null || !isUnmodifiable(producer(jumpHandle.getPrev()), cpg, policy)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUnmodifiable(
      @Nullable InstructionHandle producer, ConstantPoolGen cpg, Policy policy) {
    if (producer == null
        || !(producer.getInstruction() instanceof InvokeInstruction call)
        || call.getOpcode() != Const.INVOKESTATIC) {
      return false;
    }
    boolean wrapsFresh =
        call.getArgumentTypes(cpg).length == 1
            && isFresh(producer(producer.getPrev()), cpg, policy);
    return policy.returnsUnmodifiable(call.getClassName(cpg), call.getMethodName(cpg), wrapsFresh);
  }

  private static boolean isFresh(
      @Nullable InstructionHandle producer, ConstantPoolGen cpg, Policy policy) {
    if (producer == null || !(producer.getInstruction() instanceof InvokeInstruction call)) {
      return false;
    }
    String name = call.getMethodName(cpg);
    boolean creates =
        call.getOpcode() == Const.INVOKESTATIC
            || (call.getOpcode() == Const.INVOKESPECIAL && name.equals(JavaSemantics.CONSTRUCTOR));
    return creates && policy.returnsFresh(call.getClassName(cpg), name);
  }

  /** The instruction that leaves the value {@code last} ends with, past a cast. */
  private static @Nullable InstructionHandle producer(@Nullable InstructionHandle last) {
    InstructionHandle handle = last;
    while (handle != null && handle.getInstruction() instanceof CHECKCAST) {
      handle = handle.getPrev();
    }
    return handle;
  }

  private static boolean isUnconditionalJump(InstructionHandle handle) {
    return handle.getInstruction() instanceof GotoInstruction;
  }

  private static @Nullable InstructionHandle findHandle(
      InstructionHandle from, GotoInstruction jump) {
    for (InstructionHandle handle = from; handle != null; handle = handle.getPrev()) {
      if (handle.getInstruction() == jump) {
        return handle;
      }
    }
    return null;
  }
}
