package io.github.mapinit.spotbugs;

import io.github.mapinit.policy.rules.ConstantTests;
import io.github.mapinit.policy.rules.StaticPromises;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GETSTATIC;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.PUTSTATIC;
import org.jspecify.annotations.Nullable;

/**
 * What a class's static initialisation does to its static flags (policy {@link StaticPromises}),
 * read from {@code <clinit>} and the class's static methods it calls: which static fields it
 * assigns, the constant it stores in each where that is its only store, and whether it calls other
 * code of the nest (a constructor, an instance method), whose stores are not followed here.
 */
final class StaticInitialisationCode {

  private final Map<String, Integer> stores = new HashMap<>();
  private final Map<String, Constant> constants = new HashMap<>();
  private final Set<String> assignedByCalledMethods = new HashSet<>();
  private boolean callsOtherOwnCode;

  private StaticInitialisationCode() {}

  static StaticInitialisationCode of(ClassModel model) {
    StaticInitialisationCode code = new StaticInitialisationCode();
    JavaClass javaClass = model.javaClass();
    ConstantPoolGen cpg = new ConstantPoolGen(javaClass.getConstantPool());
    Map<String, Method> methods = new HashMap<>();
    for (Method method : javaClass.getMethods()) {
      methods.put(method.getName() + method.getSignature(), method);
    }
    Method initialiser = methods.get(Const.STATIC_INITIALIZER_NAME + "()V");
    if (initialiser == null || initialiser.getCode() == null) {
      return code;
    }
    Deque<Method> pending = new ArrayDeque<>();
    Set<Method> seen = new HashSet<>();
    pending.push(initialiser);
    while (!pending.isEmpty()) {
      Method method = pending.pop();
      boolean calledMethod = method != initialiser;
      InstructionHandle previous = null;
      for (InstructionHandle handle :
          new InstructionList(method.getCode().getCode()).getInstructionHandles()) {
        Instruction ins = handle.getInstruction();
        if (ins instanceof PUTSTATIC store && model.className().equals(store.getClassName(cpg))) {
          code.noteStore(store.getFieldName(cpg), calledMethod, previous, cpg);
        } else if (ins instanceof InvokeInstruction invoke
            && ins.getOpcode() != Const.INVOKEDYNAMIC
            && ClassLookup.sameTopLevel(model.className(), invoke.getClassName(cpg))) {
          Method called =
              ins instanceof INVOKESTATIC && model.className().equals(invoke.getClassName(cpg))
                  ? methods.get(invoke.getMethodName(cpg) + invoke.getSignature(cpg))
                  : null;
          if (called == null || called.getCode() == null) {
            code.callsOtherOwnCode = true;
          } else if (seen.add(called)) {
            pending.push(called);
          }
        }
        previous = handle;
      }
    }
    return code;
  }

  private void noteStore(
      String field,
      boolean inCalledMethod,
      @Nullable InstructionHandle previous,
      ConstantPoolGen cpg) {
    stores.merge(field, 1, Integer::sum);
    if (inCalledMethod) {
      assignedByCalledMethods.add(field);
    }
    Instruction stored = previous == null ? null : previous.getInstruction();
    if (stored instanceof GETSTATIC constant
        && FinalFieldTests.namedConstant(constant, cpg) != null) {
      constants.put(field, new Constant(null, FinalFieldTests.namedConstant(constant, cpg)));
    } else if (stored != null && stored.getOpcode() == Const.ACONST_NULL) {
      constants.put(field, new Constant(null, null));
    } else {
      Integer value = stored == null ? null : FinalFieldTests.intConstant(stored, cpg);
      if (value != null) {
        constants.put(field, new Constant(value.longValue(), null));
      }
    }
  }

  /** A constant stored in a field: a number, an enum constant's name, or null (neither). */
  private record Constant(@Nullable Long number, @Nullable String name) {

    /** What {@code test} says of it, or, for a boolean flag ({@code test} null), its value. */
    @Nullable Boolean answer(@Nullable String test) {
      if (test == null) {
        return number == null ? null : number != 0;
      }
      if (number != null) {
        return ConstantTests.answerFor(test, number);
      }
      return name != null
          ? ConstantTests.answerFor(test, name)
          : ConstantTests.answerForDefault(test);
    }
  }

  /**
   * What the static flag {@code flag} holds where the static initialisation ends: a static boolean,
   * or a test of a static state field.
   */
  Optional<Boolean> flagAfter(Flag.Field flag) {
    String tested = FinalFieldTests.isTestFlag(flag) ? FinalFieldTests.testOf(flag) : null;
    String field = tested != null ? FinalFieldTests.testedField(flag) : flag.name();
    int count = stores.getOrDefault(field, 0);
    Constant constant =
        count == 1 && !assignedByCalledMethods.contains(field) ? constants.get(field) : null;
    Boolean atDefault = tested != null ? ConstantTests.answerForDefault(tested) : Boolean.FALSE;
    return StaticPromises.flagAfterStaticInitialisation(
        count > 0, atDefault, constant == null ? null : constant.answer(tested), callsOtherOwnCode);
  }
}
