package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.ba.BasicBlock;
import edu.umd.cs.findbugs.ba.DataflowAnalysisException;
import edu.umd.cs.findbugs.ba.InvalidBytecodeException;
import io.github.mapinit.policy.JavaSemantics;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * allocation of a platform object ({@code new}) and its no-argument constructor when that declares
 * no exception (only a virtual machine error; policy {@link JavaSemantics#constructionCannotFail}),
 * a boxing conversion ({@link JavaSemantics#boxingCannotFail}), a field access on {@code this},
 * which is never null, and a call of a body of the class that no subclass replaces and no exception
 * leaves ({@link JavaSemantics#ownCallCannotFail}).
 */
final class ImpossibleThrows {

  /** Whether a platform class's no-argument constructor declares exceptions, by class name. */
  private static final Map<String, Boolean> DECLARES_EXCEPTIONS = new ConcurrentHashMap<>();

  private ImpossibleThrows() {}

  /**
   * Whether the thrower block's instruction cannot throw on a path the analysis reports on, given
   * the frame before it runs.
   */
  static boolean cannotThrow(
      BasicBlock thrower,
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
      return JavaSemantics.constructionCannotFail(
          allocation.getLoadClassType(cpg).getClassName(), 0, false);
    }
    if (ins instanceof INVOKESPECIAL call
        && Const.CONSTRUCTOR_NAME.equals(call.getMethodName(cpg))) {
      String className = call.getClassName(cpg);
      int parameters = call.getArgumentTypes(cpg).length;
      return JavaSemantics.constructionCannotFail(className, parameters, false)
          && !DECLARES_EXCEPTIONS.computeIfAbsent(className, ImpossibleThrows::declaresExceptions);
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

  /**
   * Read from the running platform, as javac reads the platform's own declarations; a class it does
   * not have may declare anything.
   */
  private static boolean declaresExceptions(String className) {
    try {
      Class<?> type = Class.forName(className, false, ClassLoader.getPlatformClassLoader());
      return type.getDeclaredConstructor().getExceptionTypes().length > 0;
    } catch (ReflectiveOperationException | LinkageError | SecurityException e) {
      return true;
    }
  }
}
