package io.github.mapinit.spotbugs;

import io.github.mapinit.policy.rules.ConstantTests;
import io.github.mapinit.policy.rules.StaticPromises;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GETSTATIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
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
    ConstantPoolGen cpg = ClassLookup.constantPool(model.javaClass());
    Method initialiser = null;
    for (Method method : model.javaClass().getMethods()) {
      if (Const.STATIC_INITIALIZER_NAME.equals(method.getName())) {
        initialiser = method;
      }
    }
    if (initialiser == null || initialiser.getCode() == null) {
      return code;
    }
    code.callsOtherOwnCode =
        StaticStores.walk(
            model,
            cpg,
            initialiser,
            (store, inCalledMethod, previous) -> {
              if (model.className().equals(store.getClassName(cpg))) {
                code.noteStore(store.getFieldName(cpg), inCalledMethod, previous, cpg);
              }
            });
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
