package io.github.mapinit.spotbugs;

import org.apache.bcel.Const;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.GOTO;
import org.apache.bcel.generic.IFNONNULL;
import org.apache.bcel.generic.IFNULL;
import org.apache.bcel.generic.IRETURN;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.PUTFIELD;
import org.jspecify.annotations.Nullable;

/**
 * The int a method returns wherever a field of its object is null, as its first instructions show
 * (policy {@code ResultsWhenNull}): it starts by testing the field of {@code this} for null, and
 * the null side pushes a constant and returns it ({@code return map == null ? 0 : map.size();},
 * {@code if (map == null || map.isEmpty()) return 0;}), and it never assigns the field.
 */
final class NullConstantResults {

  /** The method returns {@code constant} wherever the field {@code field} (by name) is null. */
  record ResultWhenNull(String field, int constant) {}

  private NullConstantResults() {}

  static @Nullable ResultWhenNull of(JavaClass owner, Method method) {
    if (method.getCode() == null
        || method.isStatic()
        || !"I".equals(method.getReturnType().getSignature())) {
      return null;
    }
    ConstantPoolGen cpg = new ConstantPoolGen(owner.getConstantPool());
    InstructionList code = new InstructionList(method.getCode().getCode());
    InstructionHandle[] handles = code.getInstructionHandles();
    if (handles.length < 4
        || !(handles[0].getInstruction() instanceof ALOAD self && self.getIndex() == 0)
        || !(handles[1].getInstruction() instanceof GETFIELD read)
        || !owner.getClassName().equals(read.getClassName(cpg))) {
      return null;
    }
    String field = read.getFieldName(cpg);
    InstructionHandle nullSide;
    if (handles[2].getInstruction() instanceof IFNULL test) {
      nullSide = test.getTarget();
    } else if (handles[2].getInstruction() instanceof IFNONNULL) {
      nullSide = handles[3];
    } else {
      return null;
    }
    Integer constant = FinalFieldTests.intConstant(nullSide.getInstruction(), cpg);
    InstructionHandle next = nullSide.getNext();
    if (next != null && next.getInstruction() instanceof GOTO jump) {
      next = jump.getTarget();
    }
    if (constant == null || next == null || !(next.getInstruction() instanceof IRETURN)) {
      return null;
    }
    for (InstructionHandle handle : handles) {
      if (handle.getInstruction() instanceof PUTFIELD store
          && store.getFieldName(cpg).equals(field)
          && owner.getClassName().equals(store.getClassName(cpg))) {
        return null;
      }
    }
    return Const.CONSTRUCTOR_NAME.equals(method.getName())
        ? null
        : new ResultWhenNull(field, constant);
  }
}
