package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.ba.ClassContext;
import io.github.mapinit.policy.rules.NullSetters;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.MethodGen;
import org.apache.bcel.generic.Type;

/**
 * Policy {@link NullSetters}: the methods of a class that store a parameter straight in a tracked
 * field of their object ({@code aload_0; aload k; putfield f}, on every path to a return, the only
 * load of the parameter and the only store of the field), and that code of the class's nest calls
 * with {@code aconst_null} for that parameter. The Error Prone check reads the same from the
 * source.
 */
final class NullSetterCalls {

  private NullSetterCalls() {}

  /**
   * By method (name and signature), the positions of its parameters given null, each with the line
   * of the first call that does.
   */
  static Map<String, Map<Integer, Integer>> in(
      JavaClass javaClass, ClassContext context, Set<String> trackedInstanceFields) {
    if (trackedInstanceFields.isEmpty()) {
      return Map.of();
    }
    String className = javaClass.getClassName();
    ConstantPoolGen cpg = context.getConstantPoolGen();
    Map<String, Set<Integer>> setters = new HashMap<>();
    for (Method method : javaClass.getMethods()) {
      if (method.isStatic() || method.getCode() == null || method.getName().startsWith("<")) {
        continue;
      }
      MethodGen methodGen = context.getMethodGen(method);
      if (methodGen == null) {
        continue;
      }
      Set<Integer> stored = new HashSet<>();
      NullConstructorArguments.storedArguments(className, methodGen, cpg, trackedInstanceFields)
          .forEach(
              (argument, field) -> {
                if (field.tracked() && argument >= 0) {
                  stored.add(argument);
                }
              });
      if (!stored.isEmpty()) {
        setters.put(method.getName() + method.getSignature(), stored);
      }
    }
    if (setters.isEmpty()) {
      return Map.of();
    }
    Map<String, Map<Integer, Integer>> givenNull = new HashMap<>();
    for (String nestClass : NullConstructorArguments.nestClasses(className)) {
      JavaClass callerClass =
          nestClass.equals(className) ? javaClass : ClassLookup.javaClass(nestClass);
      if (callerClass == null) {
        continue;
      }
      ConstantPoolGen pool = callerClass == javaClass ? cpg : ClassLookup.constantPool(callerClass);
      for (Method caller : callerClass.getMethods()) {
        if (caller.getCode() == null) {
          continue;
        }
        LineOracle lines = new LineOracle(caller);
        for (InstructionHandle handle : new InstructionList(caller.getCode().getCode())) {
          if (!(handle.getInstruction() instanceof InvokeInstruction call)
              || call instanceof INVOKEDYNAMIC
              || call.getOpcode() == Const.INVOKESTATIC
              || !className.equals(call.getReferenceType(pool).toString())) {
            continue;
          }
          String key = call.getMethodName(pool) + call.getSignature(pool);
          Set<Integer> stored = setters.get(key);
          if (stored == null) {
            continue;
          }
          Type[] arguments = call.getArgumentTypes(pool);
          for (int argument : stored) {
            InstructionHandle value =
                NullConstructorArguments.producer(handle, arguments, argument, pool);
            if (value != null && value.getInstruction().getOpcode() == Const.ACONST_NULL) {
              givenNull
                  .computeIfAbsent(key, k -> new HashMap<>())
                  .merge(argument, lines.lineOf(handle.getPosition()), Math::min);
            }
          }
        }
      }
    }
    return givenNull;
  }
}
