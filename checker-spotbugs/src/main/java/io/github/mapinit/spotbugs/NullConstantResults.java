package io.github.mapinit.spotbugs;

import java.util.function.BiPredicate;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ARETURN;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.GOTO;
import org.apache.bcel.generic.IFNONNULL;
import org.apache.bcel.generic.IFNULL;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.IRETURN;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.PUTFIELD;
import org.apache.bcel.generic.ReturnInstruction;
import org.jspecify.annotations.Nullable;

/**
 * The int a method returns wherever a field of its object is null, as its first instructions show
 * (policy {@code ResultsWhenNull}), or the empty collection (policy {@code EmptyViews}): it starts
 * by testing the field of {@code this} for null, and the null side pushes a constant and returns it
 * ({@code return map == null ? 0 : map.size();}, {@code if (map == null || map.isEmpty()) return
 * 0;}), and it never assigns the field.
 */
final class NullConstantResults {

  /** The method returns {@code constant} wherever the field {@code field} (by name) is null. */
  record ResultWhenNull(String field, int constant) {}

  private NullConstantResults() {}

  static @Nullable ResultWhenNull of(JavaClass owner, Method method) {
    if (!"I".equals(method.getReturnType().getSignature())) {
      return null;
    }
    ConstantPoolGen cpg = ClassLookup.constantPool(owner);
    NullSide side = nullSide(owner, method, cpg);
    if (side == null) {
      return null;
    }
    Integer constant = FinalFieldTests.intConstant(side.pushed().getInstruction(), cpg);
    return constant != null && returnsAtOnce(side.pushed(), IRETURN.class)
        ? new ResultWhenNull(side.field(), constant)
        : null;
  }

  /**
   * The field (by name) wherever which is null {@code method} returns an empty collection ({@code
   * return map == null ? Collections.emptyMap() : map;}; policy {@code EmptyViews}), as {@code
   * makesEmpty} judges the call that makes it; null for another method.
   */
  static @Nullable String fieldWhoseNullEmptiesResult(
      JavaClass owner, Method method, BiPredicate<InvokeInstruction, ConstantPoolGen> makesEmpty) {
    ConstantPoolGen cpg = ClassLookup.constantPool(owner);
    NullSide side = nullSide(owner, method, cpg);
    return side != null
            && side.pushed().getInstruction() instanceof INVOKESTATIC factory
            && makesEmpty.test(factory, cpg)
            && returnsAtOnce(side.pushed(), ARETURN.class)
        ? side.field()
        : null;
  }

  /** Where the null side of the test of {@code field} starts, with what it pushes. */
  private record NullSide(String field, InstructionHandle pushed) {}

  /**
   * The null side of the method's first test, of a field of {@code this} for null, in a method that
   * never assigns the field.
   */
  private static @Nullable NullSide nullSide(JavaClass owner, Method method, ConstantPoolGen cpg) {
    if (method.getCode() == null
        || method.isStatic()
        || Const.CONSTRUCTOR_NAME.equals(method.getName())) {
      return null;
    }
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
    for (InstructionHandle handle : handles) {
      if (handle.getInstruction() instanceof PUTFIELD store
          && store.getFieldName(cpg).equals(field)
          && owner.getClassName().equals(store.getClassName(cpg))) {
        return null;
      }
    }
    return new NullSide(field, nullSide);
  }

  /** Whether the value {@code pushed} pushes is returned at once, by {@code returns}. */
  private static boolean returnsAtOnce(
      InstructionHandle pushed, Class<? extends ReturnInstruction> returns) {
    InstructionHandle next = pushed.getNext();
    if (next != null && next.getInstruction() instanceof GOTO jump) {
      next = jump.getTarget();
    }
    return next != null && returns.isInstance(next.getInstruction());
  }
}
