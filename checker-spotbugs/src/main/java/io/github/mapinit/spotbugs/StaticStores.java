package io.github.mapinit.spotbugs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.PUTSTATIC;
import org.jspecify.annotations.Nullable;

/**
 * The static fields that some code of a class may assign, through the class's static methods it
 * calls in turn: what its static initialisation, or a call of a static helper, can do to static
 * flags (policy {@code StaticPromises}). Unknown where the code calls other code of the class's
 * nest (a constructor, an instance method, a nested class's method), whose stores are not followed
 * here.
 */
final class StaticStores {

  /** A {@code putstatic} that the walk reaches. */
  interface StoreVisitor {
    /**
     * @param inCalledMethod whether it is in a method that the start calls, not in the start
     * @param previous the instruction before it, which pushed the stored value when that is a
     *     constant
     */
    void store(PUTSTATIC store, boolean inCalledMethod, @Nullable InstructionHandle previous);
  }

  private StaticStores() {}

  /**
   * Visits every static store of {@code start}, code of {@code model}'s class, and of the class's
   * static methods it calls; returns whether it calls other code of the nest.
   */
  static boolean walk(ClassModel model, ConstantPoolGen cpg, Method start, StoreVisitor visitor) {
    Map<String, Method> methods = new HashMap<>();
    for (Method method : model.javaClass().getMethods()) {
      methods.put(method.getName() + method.getSignature(), method);
    }
    Deque<Method> pending = new ArrayDeque<>();
    Set<Method> seen = new HashSet<>();
    pending.push(start);
    seen.add(start);
    while (!pending.isEmpty()) {
      Method method = pending.pop();
      if (method.getCode() == null) {
        continue;
      }
      InstructionHandle previous = null;
      for (InstructionHandle handle :
          new InstructionList(method.getCode().getCode()).getInstructionHandles()) {
        Instruction ins = handle.getInstruction();
        if (ins instanceof PUTSTATIC store) {
          visitor.store(store, method != start, previous);
        } else if (ins instanceof InvokeInstruction invoke
            && ins.getOpcode() != Const.INVOKEDYNAMIC
            && ClassLookup.sameTopLevel(model.className(), invoke.getClassName(cpg))) {
          Method called =
              ins instanceof INVOKESTATIC && model.className().equals(invoke.getClassName(cpg))
                  ? methods.get(invoke.getMethodName(cpg) + invoke.getSignature(cpg))
                  : null;
          if (called == null || called.getCode() == null) {
            return true;
          }
          if (seen.add(called)) {
            pending.push(called);
          }
        }
        previous = handle;
      }
    }
    return false;
  }

  /**
   * The static fields, as {@code class.name}, that {@code start} and the class's static methods it
   * calls may assign, if that is known.
   */
  static Optional<Set<String>> reachedFrom(ClassModel model, Method start) {
    ConstantPoolGen cpg = ClassLookup.constantPool(model.javaClass());
    Set<String> stored = new HashSet<>();
    boolean callsOther =
        walk(
            model,
            cpg,
            start,
            (store, inCalled, previous) ->
                stored.add(key(store.getClassName(cpg), store.getFieldName(cpg))));
    return callsOther ? Optional.empty() : Optional.of(stored);
  }

  static String key(String className, String field) {
    return className + '.' + field;
  }
}
