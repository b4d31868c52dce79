package io.github.mapinit.spotbugs;

import io.github.mapinit.policy.rules.CallbackHelpers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ATHROW;
import org.apache.bcel.generic.BranchInstruction;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.FieldInstruction;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.GOTO;
import org.apache.bcel.generic.IFNONNULL;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.ReturnInstruction;
import org.apache.bcel.generic.Type;
import org.jspecify.annotations.Nullable;

/**
 * The helpers of the analysed class that run a function they are given at once (policy {@link
 * CallbackHelpers}): before any branch of its code, the helper loads a parameter and calls a method
 * on it ({@code aload_1; invokeinterface Runnable.run}), as javac compiles {@code action.run()} at
 * the start of its body or of a {@code try} block. Before that, it may leave where a field of its
 * object is null ({@code aload_0; getfield sessions; ifnonnull L; ..; areturn; L:}): it runs the
 * function only where those fields are non-null (policy {@code
 * CallbackHelpers.runsAtOnceWhereGuarded}).
 */
final class OwnCallbackHelpers {

  private OwnCallbackHelpers() {}

  /**
   * For each method named {@code name} of {@code javaClass}, the fields of the object that it finds
   * non-null wherever it runs the function it is given at once (empty for one that runs it first);
   * null where there is no such method or one of them is no such helper. Read once per name.
   */
  static @Nullable List<Set<FieldKey>> guardsOfEach(
      JavaClass javaClass, ConstantPoolGen cpg, String name) {
    List<Set<FieldKey>> each = new ArrayList<>();
    for (Method method : javaClass.getMethods()) {
      if (method.getName().equals(name)) {
        Set<FieldKey> guards = guardsOfHelper(javaClass, cpg, method);
        if (guards == null) {
          return null;
        }
        each.add(guards);
      }
    }
    return each.isEmpty() ? null : List.copyOf(each);
  }

  /** Whether every helper of {@link #guardsOfEach} runs its function first, behind no guard. */
  static boolean runsFirst(List<Set<FieldKey>> guardsOfEach) {
    return guardsOfEach.stream().allMatch(Set::isEmpty);
  }

  /** The fields that every helper of {@link #guardsOfEach} finds non-null before it runs one. */
  static Set<FieldKey> commonGuards(List<Set<FieldKey>> guardsOfEach) {
    Set<FieldKey> common = new HashSet<>(guardsOfEach.get(0));
    guardsOfEach.forEach(common::retainAll);
    return Set.copyOf(common);
  }

  private static @Nullable Set<FieldKey> guardsOfHelper(
      JavaClass javaClass, ConstantPoolGen cpg, Method method) {
    boolean overridable =
        !method.isStatic() && !method.isPrivate() && !method.isFinal() && !javaClass.isFinal();
    if (method.getCode() == null || Const.CONSTRUCTOR_NAME.equals(method.getName())) {
      return null;
    }
    Set<FieldKey> guards = new HashSet<>();
    boolean calls = callsParameterFirst(javaClass, cpg, method, guards);
    boolean helper =
        guards.isEmpty()
            ? CallbackHelpers.runsAtOnce(overridable, calls)
            : CallbackHelpers.runsAtOnceWhereGuarded(overridable, calls);
    return helper ? guards : null;
  }

  private static boolean callsParameterFirst(
      JavaClass javaClass, ConstantPoolGen cpg, Method method, Set<FieldKey> guards) {
    int first = method.isStatic() ? 0 : 1;
    int end = first;
    for (Type parameter : method.getArgumentTypes()) {
      end += parameter.getSize();
    }
    InstructionHandle[] code =
        new InstructionList(method.getCode().getCode()).getInstructionHandles();
    for (int i = 0; i + 1 < code.length; i++) {
      Instruction ins = code[i].getInstruction();
      int guardEnd =
          method.isStatic() ? -1 : guardLeavingAt(code, i, first, end, javaClass, cpg, guards);
      if (guardEnd > i) {
        i = guardEnd - 1;
        continue;
      }
      if (ins instanceof BranchInstruction
          || ins instanceof ReturnInstruction
          || ins instanceof ATHROW) {
        return false;
      }
      if (callsParameter(code, i, first, end)) {
        return true;
      }
      if (!guards.isEmpty()
          && (ins instanceof InvokeInstruction || ins instanceof FieldInstruction)) {
        // Code between a guard and the call could drop the field the guard found.
        return false;
      }
    }
    return false;
  }

  /** {@code aload p; invoke..} on a parameter in the slots {@code [first, end)}. */
  private static boolean callsParameter(InstructionHandle[] code, int i, int first, int end) {
    return code[i].getInstruction() instanceof ALOAD load
        && load.getIndex() >= first
        && load.getIndex() < end
        && code[i + 1].getInstruction() instanceof InvokeInstruction call
        && call.getOpcode() != Const.INVOKESTATIC;
  }

  /**
   * Where a guard that starts at {@code i} ends ({@code aload_0; getfield f; ifnonnull L;} then
   * straight-line code that returns or throws, calling no parameter, up to {@code L}; or that jumps
   * to a return, as {@code return f == null ? other : action.get();} compiles): the index of {@code
   * L}, its field added to {@code guards}; -1 where no guard starts.
   */
  private static int guardLeavingAt(
      InstructionHandle[] code,
      int i,
      int first,
      int end,
      JavaClass javaClass,
      ConstantPoolGen cpg,
      Set<FieldKey> guards) {
    if (i + 3 >= code.length
        || !(code[i].getInstruction() instanceof ALOAD self && self.getIndex() == 0)
        || !(code[i + 1].getInstruction() instanceof GETFIELD read)
        || !read.getClassName(cpg).equals(javaClass.getClassName())
        || !(code[i + 2].getInstruction() instanceof IFNONNULL test)) {
      return -1;
    }
    int target = -1;
    for (int j = i + 3; j < code.length; j++) {
      if (code[j] == test.getTarget()) {
        target = j;
        break;
      }
    }
    if (target < i + 4) {
      return -1;
    }
    Instruction last = code[target - 1].getInstruction();
    boolean jumpsToReturn =
        last instanceof GOTO jump && jump.getTarget().getInstruction() instanceof ReturnInstruction;
    if (!(last instanceof ReturnInstruction) && !(last instanceof ATHROW) && !jumpsToReturn) {
      return -1;
    }
    for (int j = i + 3; j < target - 1; j++) {
      Instruction ins = code[j].getInstruction();
      if (ins instanceof BranchInstruction
          || ins instanceof ReturnInstruction
          || ins instanceof ATHROW
          || callsParameter(code, j, first, end)) {
        return -1;
      }
    }
    guards.add(
        new FieldKey(
            javaClass.getClassName(), read.getFieldName(cpg), read.getSignature(cpg), false));
    return target;
  }
}
