package io.github.mapinit.spotbugs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.BranchInstruction;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.NEW;
import org.apache.bcel.generic.ReferenceType;
import org.apache.bcel.generic.Type;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a class that its code compares with {@code null}: a read of the field on the
 * running object followed by {@code ifnull}/{@code ifnonnull}, or compared with an {@code
 * aconst_null} next to it ({@code null == f}), unless the test only guards a copy of another
 * instance's field; or passed, as the last argument, to a method of the class that compares that
 * parameter with null, directly or by passing it on in turn ({@code isEmpty(m)} that returns {@code
 * m == null || m.isEmpty()}; {@code hasEntries(m)} that returns {@code !isEmpty(m)}).
 */
final class NullTestedFields {

  private NullTestedFields() {}

  /** A field or parameter passed as the last argument of a call of a method of the class. */
  private record Passed(String callee, @Nullable String field, @Nullable String parameter) {}

  static Set<String> in(JavaClass javaClass, ConstantPoolGen cpg) {
    String className = javaClass.getClassName();
    Set<String> tested = new HashSet<>();
    // Methods (name and signature) whose last parameter is compared with null.
    Set<String> testingLast = new HashSet<>();
    List<Passed> passed = new ArrayList<>();
    for (Method method : javaClass.getMethods()) {
      if (method.getCode() == null) {
        continue;
      }
      String key = method.getName() + method.getSignature();
      int lastSlot = lastParameterSlot(method);
      InstructionList list = new InstructionList(method.getCode().getCode());
      for (InstructionHandle handle = list.getStart(); handle != null; handle = handle.getNext()) {
        Instruction instruction = handle.getInstruction();
        if (instruction instanceof GETFIELD read
            && className.equals(read.getClassName(cpg))
            && isNullComparison(handle)
            && !failsAnAssertion(handle.getNext(), cpg)
            && !FieldCopies.isGuardOfCopy(handle, className, cpg)) {
          tested.add(read.getFieldName(cpg));
        }
        if (instruction instanceof ALOAD load
            && load.getIndex() == lastSlot
            && isNullComparison(handle)) {
          testingLast.add(key);
        }
        InstructionHandle next = handle.getNext();
        if (next != null
            && next.getInstruction() instanceof InvokeInstruction call
            && call.getOpcode() != Const.INVOKEDYNAMIC
            && className.equals(call.getClassName(cpg))
            && call.getArgumentTypes(cpg).length > 0) {
          String callee = call.getMethodName(cpg) + call.getSignature(cpg);
          if (instruction instanceof GETFIELD read && className.equals(read.getClassName(cpg))) {
            passed.add(new Passed(callee, read.getFieldName(cpg), null));
          } else if (instruction instanceof ALOAD load && load.getIndex() == lastSlot) {
            passed.add(new Passed(callee, null, key));
          }
        }
      }
    }
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Passed call : passed) {
        if (call.parameter() != null
            && testingLast.contains(call.callee())
            && testingLast.add(call.parameter())) {
          grew = true;
        }
      }
    }
    for (Passed call : passed) {
      if (call.field() != null && testingLast.contains(call.callee())) {
        tested.add(call.field());
      }
    }
    return tested;
  }

  /** The local slot of the method's last parameter if it is a reference, or -1. */
  private static int lastParameterSlot(Method method) {
    Type[] parameters = method.getArgumentTypes();
    if (parameters.length == 0 || !(parameters[parameters.length - 1] instanceof ReferenceType)) {
      return -1;
    }
    int slot = method.isStatic() ? 0 : 1;
    for (int i = 0; i < parameters.length - 1; i++) {
      slot += parameters[i].getSize();
    }
    return slot;
  }

  /**
   * Whether the branch at {@code test} throws an AssertionError on one side ({@code assert m !=
   * null}): an assertion states the protocol, it shows no belief that the field may be null.
   */
  private static boolean failsAnAssertion(InstructionHandle test, ConstantPoolGen cpg) {
    return createsAssertionError(test.getNext(), cpg)
        || (test.getInstruction() instanceof BranchInstruction branch
            && createsAssertionError(branch.getTarget(), cpg));
  }

  private static boolean createsAssertionError(
      @Nullable InstructionHandle handle, ConstantPoolGen cpg) {
    return handle != null
        && handle.getInstruction() instanceof NEW creation
        && "java.lang.AssertionError".equals(creation.getLoadClassType(cpg).getClassName());
  }

  private static boolean isNullComparison(InstructionHandle read) {
    InstructionHandle next = read.getNext();
    if (next == null) {
      return false;
    }
    short opcode = next.getInstruction().getOpcode();
    if (opcode == Const.IFNULL || opcode == Const.IFNONNULL) {
      return true;
    }
    if (opcode == Const.ACONST_NULL) {
      InstructionHandle after = next.getNext();
      return after != null && isReferenceComparison(after.getInstruction());
    }
    // null == this.f: aconst_null, aload_0, getfield, if_acmp
    InstructionHandle receiver = read.getPrev();
    InstructionHandle before = receiver == null ? null : receiver.getPrev();
    return isReferenceComparison(next.getInstruction())
        && before != null
        && before.getInstruction().getOpcode() == Const.ACONST_NULL;
  }

  private static boolean isReferenceComparison(Instruction instruction) {
    return instruction.getOpcode() == Const.IF_ACMPEQ || instruction.getOpcode() == Const.IF_ACMPNE;
  }
}
