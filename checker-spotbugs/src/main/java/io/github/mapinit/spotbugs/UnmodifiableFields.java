package io.github.mapinit.spotbugs;

import io.github.mapinit.policy.JavaSemantics;
import io.github.mapinit.policy.Policy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Field;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ATHROW;
import org.apache.bcel.generic.BranchInstruction;
import org.apache.bcel.generic.CHECKCAST;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.GotoInstruction;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InstructionTargeter;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.PUTFIELD;
import org.apache.bcel.generic.ReturnInstruction;
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
    Set<String> notFresh = new HashSet<>();
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
          if (!stores(handle, producer -> isUnmodifiable(producer, cpg, policy))) {
            other.add(field);
          }
          if (!stores(handle, producer -> isFresh(producer, cpg, policy))) {
            notFresh.add(field);
          }
        }
      }
    }
    Set<String> unchanging = new HashSet<>();
    for (String field : stored) {
      boolean everyValueFresh = !notFresh.contains(field);
      if (Policy.holdsUnchangingCollection(
          !other.contains(field),
          everyValueFresh && isPrivateToTopLevel(javaClass, field),
          everyValueFresh,
          everyValueFresh && onlyQueried(javaClass, field, policy))) {
        unchanging.add(field);
      }
    }
    return unchanging;
  }

  /** Whether every path into the store at {@code store} brings a value {@code producedBy} likes. */
  private static boolean stores(
      InstructionHandle store, Predicate<@Nullable InstructionHandle> producedBy) {
    InstructionHandle before = store.getPrev();
    if (before == null || (!isUnconditionalJump(before) && !producedBy.test(producer(before)))) {
      return false;
    }
    for (InstructionTargeter targeter : store.getTargeters()) {
      if (!(targeter instanceof GotoInstruction jump)) {
        return false;
      }
      InstructionHandle jumpHandle = findHandle(store, jump);
      if (jumpHandle == null || !producedBy.test(producer(jumpHandle.getPrev()))) {
        return false;
      }
    }
    return true;
  }

  /** A private field of a top-level class: only the code of its nest can read it. */
  private static boolean isPrivateToTopLevel(JavaClass javaClass, String name) {
    if (javaClass.getClassName().indexOf('$') >= 0) {
      return false;
    }
    for (Field field : javaClass.getFields()) {
      if (field.getName().equals(name)) {
        return field.isPrivate() && !field.isStatic();
      }
    }
    return false;
  }

  /**
   * Whether every read of the field, in the class and the rest of its nest, is the receiver of a
   * read-only query ({@code Policy.isReadOnlyQuery}): no code changes it or hands it out.
   */
  private static boolean onlyQueried(JavaClass javaClass, String field, Policy policy) {
    List<JavaClass> nest = new ArrayList<>();
    nest.add(javaClass);
    for (String name : ClassLookup.nestMembers(javaClass)) {
      JavaClass member = ClassLookup.javaClass(name);
      if (member == null) {
        return false;
      }
      nest.add(member);
    }
    for (JavaClass reader : nest) {
      ConstantPoolGen cpg = ClassLookup.constantPool(reader);
      for (Method method : reader.getMethods()) {
        if (method.getCode() == null) {
          continue;
        }
        for (InstructionHandle handle :
            new InstructionList(method.getCode().getCode()).getInstructionHandles()) {
          if (handle.getInstruction() instanceof GETFIELD read
              && read.getFieldName(cpg).equals(field)
              && javaClass.getClassName().equals(read.getClassName(cpg))
              && !isQueried(handle, cpg, policy)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** Whether the value that {@code read} pushes is the receiver of a read-only query next. */
  private static boolean isQueried(InstructionHandle read, ConstantPoolGen cpg, Policy policy) {
    int above = 0; // stack slots pushed on top of the value since the read
    for (InstructionHandle handle = read.getNext(); handle != null; handle = handle.getNext()) {
      Instruction ins = handle.getInstruction();
      int consumed = ins.consumeStack(cpg);
      if (consumed > above) {
        return ins instanceof InvokeInstruction call
            && call.getOpcode() != Const.INVOKESTATIC
            && !(ins instanceof INVOKEDYNAMIC)
            && consumed - 1 == above
            && policy.isReadOnlyQuery(call.getMethodName(cpg));
      }
      if (ins instanceof BranchInstruction
          || ins instanceof ReturnInstruction
          || ins instanceof ATHROW) {
        return false;
      }
      above += ins.produceStack(cpg) - consumed;
    }
    return false;
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
