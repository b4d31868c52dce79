package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.ba.BasicBlock;
import edu.umd.cs.findbugs.ba.DataflowAnalysisException;
import edu.umd.cs.findbugs.ba.InvalidBytecodeException;
import io.github.mapinit.policy.JavaSemantics;
import java.util.function.BiPredicate;
import org.apache.bcel.Const;
import org.apache.bcel.generic.BasicType;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.NEW;
import org.apache.bcel.generic.PUTFIELD;
import org.apache.bcel.generic.Type;

/**
 * Which exception edges of the control flow graph no path the analysis reports on takes: the
 * allocation of an object of a platform class or of the analysed nest ({@code new}; policy {@link
 * JavaSemantics#classLoadingCannotFail}), a platform constructor given constants only when it
 * declares no exception, and a constructor of a named class of the nest that only stores what it is
 * given (only a virtual machine error; {@link ConstructionFailures}), a boxing conversion ({@link
 * JavaSemantics#boxingCannotFail}), a field access on {@code this}, which is never null, and a call
 * of a body of the class that no subclass replaces and no exception leaves ({@link
 * JavaSemantics#ownCallCannotFail}).
 */
final class ImpossibleThrows {

  private ImpossibleThrows() {}

  /**
   * Whether the thrower block's instruction, in a method of {@code className}, cannot throw on a
   * path the analysis reports on, given the frame before it runs.
   */
  static boolean cannotThrow(
      BasicBlock thrower,
      String className,
      NullFrame before,
      ConstantPoolGen cpg,
      BiPredicate<InvokeInstruction, Boolean> ownCallCannotThrow) {
    if (!thrower.isExceptionThrower()) {
      return false;
    }
    Instruction ins = thrower.getExceptionThrower().getInstruction();
    if (ins instanceof InvokeInstruction call
        && !(ins instanceof INVOKEDYNAMIC)
        && before.isValid()
        && ownCallCannotThrow.test(call, receiverIsThis(call, before, cpg))) {
      return true;
    }
    if (ins instanceof GETFIELD || ins instanceof PUTFIELD) {
      int receiverDepth =
          ins instanceof GETFIELD ? 0 : ((PUTFIELD) ins).getFieldType(cpg).getSize();
      return before.isValid()
          && receiverDepth < before.getStackDepth()
          && stackValue(before, receiverDepth).role() == Value.Role.THIS;
    }
    if (ins instanceof NEW allocation) {
      // The allocation itself has no input: its constructor call is an edge of its own.
      String allocated = allocation.getLoadClassType(cpg).getClassName();
      return JavaSemantics.classLoadingCannotFail(
          allocated, ClassLookup.sameTopLevel(className, allocated));
    }
    if (ins instanceof INVOKESPECIAL call
        && Const.CONSTRUCTOR_NAME.equals(call.getMethodName(cpg))) {
      String created = call.getClassName(cpg);
      if (before.isValid()
          && !receiverIsThis(call, before, cpg)
          && ClassLookup.sameTopLevel(className, created)) {
        // A creation, not a super(..) call: the class's own constructor runs.
        return AnalysisSession.current().ownConstructionCannotFail(created, call.getSignature(cpg));
      }
      return ConstructionFailures.platformCannotFail(thrower.getExceptionThrower(), cpg);
    }
    if (ins instanceof INVOKESTATIC call) {
      Type[] parameters = call.getArgumentTypes(cpg);
      return JavaSemantics.boxingCannotFail(
          call.getClassName(cpg),
          call.getMethodName(cpg),
          parameters.length,
          parameters.length == 1 && parameters[0] instanceof BasicType);
    }
    return false;
  }

  /** Whether the receiver of {@code call} is this (false for a static call). */
  private static boolean receiverIsThis(
      InvokeInstruction call, NullFrame before, ConstantPoolGen cpg) {
    if (call.getOpcode() == Const.INVOKESTATIC) {
      return false;
    }
    int depth = call.consumeStack(cpg) - 1;
    return depth < before.getStackDepth() && stackValue(before, depth).role() == Value.Role.THIS;
  }

  private static Value stackValue(NullFrame frame, int depth) {
    try {
      return frame.getStackValue(depth);
    } catch (DataflowAnalysisException e) {
      throw new InvalidBytecodeException("stack underflow", e);
    }
  }
}
