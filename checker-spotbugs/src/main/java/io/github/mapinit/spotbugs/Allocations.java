package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.ba.BasicBlock;
import io.github.mapinit.policy.JavaSemantics;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.bcel.Const;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.NEW;

/**
 * Which exception edges of the control flow graph only a virtual machine error takes: the
 * allocation of a platform object ({@code new}) and its no-argument constructor, when that declares
 * no exception (policy {@link JavaSemantics#constructionCannotFail}).
 */
final class Allocations {

  /** Whether a platform class's no-argument constructor declares exceptions, by class name. */
  private static final Map<String, Boolean> DECLARES_EXCEPTIONS = new ConcurrentHashMap<>();

  private Allocations() {}

  static boolean failsOnlyByError(BasicBlock thrower, ConstantPoolGen cpg) {
    if (!thrower.isExceptionThrower()) {
      return false;
    }
    Instruction ins = thrower.getExceptionThrower().getInstruction();
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
          && !DECLARES_EXCEPTIONS.computeIfAbsent(className, Allocations::declaresExceptions);
    }
    return false;
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
