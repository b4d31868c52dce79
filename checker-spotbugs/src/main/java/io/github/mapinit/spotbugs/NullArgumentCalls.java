package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.ba.ClassContext;
import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.rules.NullArguments;
import io.github.mapinit.policy.rules.NullSetters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Constant;
import org.apache.bcel.classfile.ConstantCP;
import org.apache.bcel.classfile.ConstantInterfaceMethodref;
import org.apache.bcel.classfile.ConstantMethodref;
import org.apache.bcel.classfile.ConstantNameAndType;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ASTORE;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.MethodGen;
import org.apache.bcel.generic.ObjectType;
import org.apache.bcel.generic.Type;
import org.jspecify.annotations.Nullable;

/**
 * The calls of a class's nest that give {@code aconst_null} for a tracked parameter of one of the
 * class's methods, and what that parameter is: one that the method stores straight in a tracked
 * field of its object ({@code aload_0; aload k; putfield f}, on every path to a return, the only
 * load of the parameter and the only store of the field; policy {@link NullSetters}: the field may
 * be null after the call), or any other (policy {@link NullArguments}: the parameter may be null
 * where the method starts). The Error Prone check reads the same from the source.
 */
final class NullArgumentCalls {

  /**
   * A call that gives null for a tracked parameter of a method of another class (or its own).
   *
   * @param calledClass the class the instruction names
   * @param method the method's name and signature
   * @param position the parameter, by position
   * @param line the call's line
   * @param literal whether the argument is the literal null, not a conditional with a null branch
   *     or a local variable that some instruction sets to null
   * @param from for a call that passes on a parameter of the method it is in, which that method
   *     does nothing else with, that parameter; null for a call that gives null itself
   */
  record Call(
      String calledClass,
      String method,
      int position,
      int line,
      boolean literal,
      @Nullable Parameter from) {}

  /** A parameter, by position, of the method {@code method} (name and signature) of a class. */
  record Parameter(String className, String method, int position) {}

  /**
   * What the calls of the nest give a class's methods.
   *
   * @param causes by method (name and signature), why each of its parameters given null may be null
   *     where it starts
   * @param storedIn by method, the tracked field that each of those parameters that it stores in
   *     one (policy {@link NullSetters}) goes to, by name
   */
  record Found(
      Map<String, Map<Integer, NullCause>> causes, Map<String, Map<Integer, String>> storedIn) {
    static final Found NONE = new Found(Map.of(), Map.of());
  }

  private NullArgumentCalls() {}

  /**
   * What the calls of the nest give the methods of {@code javaClass}; {@code trackedInstanceFields}
   * and {@code trackedStaticFields} are the names of the class's tracked fields.
   */
  static Found in(
      JavaClass javaClass,
      ClassContext context,
      Set<String> trackedInstanceFields,
      Set<String> trackedStaticFields,
      TypeOracle types) {
    String className = javaClass.getClassName();
    // By method, the positions given null with the line of the first call that does.
    Map<String, Map<Integer, Integer>> givenNull = new HashMap<>();
    Map<String, Map<Integer, Integer>> givenLiteral = new HashMap<>();
    AnalysisSession session = AnalysisSession.current();
    List<Call> calls = new ArrayList<>();
    for (String nestClass : NullConstructorArguments.nestClasses(className)) {
      calls.addAll(session.nullArgumentCallsOf(nestClass, types));
    }
    for (Call call : calls) {
      if (call.from() == null && call.calledClass().equals(className)) {
        givenNull
            .computeIfAbsent(call.method(), k -> new HashMap<>())
            .merge(call.position(), call.line(), Math::min);
        if (call.literal()) {
          givenLiteral
              .computeIfAbsent(call.method(), k -> new HashMap<>())
              .merge(call.position(), call.line(), Math::min);
        }
      }
    }
    Map<String, Set<Integer>> passedOn = new HashMap<>();
    forwarded(calls)
        .forEach(
            (parameter, line) -> {
              if (parameter.className().equals(className)) {
                givenNull
                    .computeIfAbsent(parameter.method(), k -> new HashMap<>())
                    .put(parameter.position(), line);
                passedOn
                    .computeIfAbsent(parameter.method(), k -> new HashSet<>())
                    .add(parameter.position());
              }
            });
    if (givenNull.isEmpty()) {
      return Found.NONE;
    }
    Map<String, Map<Integer, NullCause>> causes = new HashMap<>();
    Map<String, Map<Integer, String>> storedIn = new HashMap<>();
    ConstantPoolGen cpg = ClassLookup.constantPool(javaClass);
    for (Method method : javaClass.getMethods()) {
      String key = method.getName() + method.getSignature();
      Map<Integer, Integer> positions = givenNull.get(key);
      if (positions == null || method.getCode() == null) {
        continue;
      }
      Set<String> trackedFields = method.isStatic() ? trackedStaticFields : trackedInstanceFields;
      Map<Integer, NullConstructorArguments.StoredField> storedFields =
          trackedFields.isEmpty()
              ? Map.of()
              : storedArguments(className, context, method, cpg, trackedFields);
      Map<Integer, Integer> literals = givenLiteral.getOrDefault(key, Map.of());
      Map<Integer, NullCause> byPosition = new HashMap<>();
      positions.forEach(
          (position, line) -> {
            NullConstructorArguments.StoredField stored = storedFields.get(position);
            String field = stored != null && stored.tracked() ? stored.name() : null;
            boolean storedInField = field != null;
            NullArguments.causeOf(
                    storedInField,
                    literals.get(position),
                    line,
                    passedOn.getOrDefault(key, Set.of()).contains(position))
                .ifPresent(
                    cause -> {
                      byPosition.put(position, cause);
                      if (field != null) {
                        storedIn.computeIfAbsent(key, k -> new HashMap<>()).put(position, field);
                      }
                    });
          });
      causes.put(key, byPosition);
    }
    return new Found(causes, storedIn);
  }

  /**
   * Policy NullArguments, passed on: the parameters that {@code calls} give null only through
   * parameters that their methods only pass on (the scan records a call's {@code from} only for
   * such a parameter), each with the first line of the calls that pass it on.
   */
  private static Map<Parameter, Integer> forwarded(List<Call> calls) {
    Set<Parameter> direct = new HashSet<>();
    List<NullArguments.PassOn<Parameter>> passOns = new ArrayList<>();
    for (Call call : calls) {
      Parameter target = new Parameter(call.calledClass(), call.method(), call.position());
      if (call.from() == null) {
        direct.add(target);
      } else {
        passOns.add(new NullArguments.PassOn<>(call.from(), target, call.line()));
      }
    }
    return NullArguments.passedOnNull(direct, passOns, parameter -> true);
  }

  private static Map<Integer, NullConstructorArguments.StoredField> storedArguments(
      String className,
      ClassContext context,
      Method method,
      ConstantPoolGen cpg,
      Set<String> trackedInstanceFields) {
    MethodGen methodGen = context.getMethodGen(method);
    return methodGen == null
        ? Map.of()
        : NullConstructorArguments.storedArguments(
            className, methodGen, cpg, trackedInstanceFields);
  }

  /**
   * The calls in {@code caller}'s code that give {@code aconst_null} for a tracked parameter of a
   * method of its nest (not a constructor, which {@link NullConstructorArguments} follows; not the
   * array of a variable-arity one, which the signature does not tell apart).
   */
  static List<Call> madeBy(JavaClass caller, TypeOracle types) {
    List<Call> calls = new ArrayList<>();
    String nest = ClassLookup.topLevelOf(caller.getClassName());
    if (!callsNestMethodWithTrackedParameter(caller, nest, types)) {
      // Most classes: their code decodes no further.
      return calls;
    }
    ConstantPoolGen pool = null;
    for (Method method : caller.getMethods()) {
      if (method.getCode() == null) {
        continue;
      }
      InstructionList code = new InstructionList(method.getCode().getCode());
      Map<Integer, Integer> trackedParameters = trackedParameterSlots(method, types);
      if (trackedParameters.isEmpty() && !pushesNull(code)) {
        continue;
      }
      if (pool == null) {
        pool = ClassLookup.constantPool(caller);
      }
      LineOracle lines = null;
      LocalsSetToNull setToNull = LocalsSetToNull.in(method, code);
      Set<InstructionHandle> passedOn = null;
      for (InstructionHandle handle : code) {
        if (!(handle.getInstruction() instanceof InvokeInstruction invoke)
            || invoke instanceof INVOKEDYNAMIC
            || !(invoke.getReferenceType(pool) instanceof ObjectType owner)
            || !inNest(owner.getClassName(), nest)
            || Const.CONSTRUCTOR_NAME.equals(invoke.getMethodName(pool))) {
          continue;
        }
        Type[] arguments = invoke.getArgumentTypes(pool);
        for (int position = 0; position < arguments.length; position++) {
          if (!types.isTrackedSignature(arguments[position].getSignature())) {
            continue;
          }
          InstructionHandle value =
              NullConstructorArguments.producer(handle, arguments, position, pool);
          boolean literal =
              value != null && value.getInstruction().getOpcode() == Const.ACONST_NULL;
          boolean givenNull =
              literal
                  || (value == null
                      && NullConstructorArguments.nullBranch(handle, arguments, position, pool)
                          != null)
                  || (value != null && setToNull.holdsOnlyNull(value));
          Parameter from = null;
          if (!givenNull
              && value != null
              && value.getInstruction() instanceof ALOAD parameter
              && trackedParameters.containsKey(parameter.getIndex())) {
            if (passedOn == null) {
              passedOn = argumentsOfCalls(code, pool);
            }
            if (isOnlyPassedOn(parameter.getIndex(), code, passedOn)) {
              from =
                  new Parameter(
                      caller.getClassName(),
                      method.getName() + method.getSignature(),
                      trackedParameters.get(parameter.getIndex()));
            }
          }
          if (givenNull || from != null) {
            if (lines == null) {
              lines = new LineOracle(method);
            }
            calls.add(
                new Call(
                    owner.getClassName(),
                    invoke.getMethodName(pool) + invoke.getSignature(pool),
                    position,
                    lines.lineOf(handle.getPosition()),
                    literal,
                    from));
          }
        }
      }
    }
    return calls;
  }

  /**
   * Whether the class's constant pool names a method of its nest that takes a tracked type: every
   * call the class's code makes is named there, so a class without one gives no parameter null.
   */
  private static boolean callsNestMethodWithTrackedParameter(
      JavaClass caller, String nest, TypeOracle types) {
    ConstantPool pool = caller.getConstantPool();
    for (Constant constant : pool.getConstantPool()) {
      if ((constant instanceof ConstantMethodref || constant instanceof ConstantInterfaceMethodref)
          && constant instanceof ConstantCP reference
          && inNest(reference.getClass(pool).replace('/', '.'), nest)
          && pool.getConstant(reference.getNameAndTypeIndex())
              instanceof ConstantNameAndType type) {
        String descriptor = type.getSignature(pool);
        int end = descriptor.indexOf(')');
        if (end > 0 && TrackedTypeScreen.mentionsTracked(descriptor.substring(0, end + 1), types)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The slots of the method's parameters of a tracked type, each with its position. */
  private static Map<Integer, Integer> trackedParameterSlots(Method method, TypeOracle types) {
    Map<Integer, Integer> slots = new HashMap<>();
    int slot = method.isStatic() ? 0 : 1;
    Type[] parameters = method.getArgumentTypes();
    for (int position = 0; position < parameters.length; position++) {
      if (types.isTrackedSignature(parameters[position].getSignature())) {
        slots.put(slot, position);
      }
      slot += parameters[position].getSize();
    }
    return slots;
  }

  /** The instructions that push an argument of a call or a {@code new} (not a lambda's capture). */
  private static Set<InstructionHandle> argumentsOfCalls(
      InstructionList code, ConstantPoolGen pool) {
    Set<InstructionHandle> arguments = new HashSet<>();
    for (InstructionHandle handle : code) {
      if (handle.getInstruction() instanceof InvokeInstruction invoke
          && !(invoke instanceof INVOKEDYNAMIC)) {
        Type[] types = invoke.getArgumentTypes(pool);
        for (int position = 0; position < types.length; position++) {
          InstructionHandle producer =
              NullConstructorArguments.producer(handle, types, position, pool);
          if (producer != null) {
            arguments.add(producer);
          }
        }
      }
    }
    return arguments;
  }

  /**
   * Whether the method only passes on the parameter in {@code slot}: every load of it is an
   * argument of a call ({@code passedOn}), and nothing stores into it.
   */
  private static boolean isOnlyPassedOn(
      int slot, InstructionList code, Set<InstructionHandle> passedOn) {
    for (InstructionHandle handle : code) {
      if (handle.getInstruction() instanceof ASTORE store && store.getIndex() == slot) {
        return false;
      }
      if (handle.getInstruction() instanceof ALOAD load
          && load.getIndex() == slot
          && !passedOn.contains(handle)) {
        return false;
      }
    }
    return true;
  }

  /** By name, as a cheap screen: the called class's own nest decides what the call is to it. */
  private static boolean inNest(String className, String topLevel) {
    return className.startsWith(topLevel)
        && (className.length() == topLevel.length() || className.charAt(topLevel.length()) == '$');
  }

  private static boolean pushesNull(InstructionList code) {
    for (InstructionHandle handle : code) {
      if (handle.getInstruction().getOpcode() == Const.ACONST_NULL) {
        return true;
      }
    }
    return false;
  }
}
