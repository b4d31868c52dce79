package io.github.mapinit.spotbugs;

import io.github.mapinit.policy.rules.RegisteredCallbacks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Field;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.IF_ACMPEQ;
import org.apache.bcel.generic.IF_ACMPNE;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.PUTFIELD;
import org.apache.bcel.generic.ReferenceType;
import org.jspecify.annotations.Nullable;

/**
 * The callbacks kept in final fields that their class only hands to methods of objects its fields
 * hold (policy {@link RegisteredCallbacks}), with the calls that may keep them.
 */
final class RegisteredCallbackFields {

  /**
   * A lambda or {@code this::m} kept in {@code field}: the key of the method it runs, the fields
   * whose objects it is handed to, by name, and the calls that may keep it, each as {@link
   * #callKey}.
   */
  record Registration(String field, String runs, Set<String> holders, Set<String> keepingCalls) {}

  private RegisteredCallbackFields() {}

  /** A call's key: the calling method's name and signature, and the call's offset. */
  static String callKey(Method method, int pc) {
    return method.getName() + method.getSignature() + '@' + pc;
  }

  /** By the key of the method each runs, the registrations of the class's kept callbacks. */
  static Map<String, Registration> of(JavaClass javaClass, Predicate<String> isCollection) {
    Map<String, String> kept = keptCallbacks(javaClass);
    if (kept.isEmpty()) {
      return Map.of();
    }
    ConstantPoolGen cpg = ClassLookup.constantPool(javaClass);
    String className = javaClass.getClassName();
    Map<String, Set<String>> holders = new HashMap<>();
    Map<String, Set<String>> keeping = new HashMap<>();
    Set<String> usedOtherwise = new HashSet<>();
    Map<String, Integer> creations = new HashMap<>();
    for (Method method : javaClass.getMethods()) {
      if (method.getCode() == null) {
        continue;
      }
      for (InstructionHandle handle : new InstructionList(method.getCode().getCode())) {
        if (handle.getInstruction() instanceof INVOKEDYNAMIC creation) {
          String created = Callbacks.createdBy(javaClass, creation, cpg);
          if (created != null) {
            creations.merge(created, 1, Integer::sum);
          }
        } else if (handle.getInstruction() instanceof InvokeInstruction call
            && call.getClassName(cpg).equals(className)
            && kept.containsValue(call.getMethodName(cpg) + call.getSignature(cpg))) {
          // The method a reference runs is also called: it runs with its callers' states too.
          usedOtherwise.add(call.getMethodName(cpg) + call.getSignature(cpg));
        } else if (handle.getInstruction() instanceof GETFIELD read
            && read.getClassName(cpg).equals(className)
            && kept.containsKey(read.getFieldName(cpg))) {
          String field = read.getFieldName(cpg);
          Callbacks.Consumption argument = handedTo(method, handle, cpg);
          String holder = argument == null ? null : holderOf(argument.at(), javaClass, cpg);
          if (argument == null || holder == null) {
            usedOtherwise.add(field);
            continue;
          }
          holders.computeIfAbsent(field, f -> new LinkedHashSet<>()).add(holder);
          InvokeInstruction call = (InvokeInstruction) argument.at().getInstruction();
          if (RegisteredCallbacks.callMayKeep(
              isCollection.test(call.getClassName(cpg)),
              call.getMethodName(cpg),
              call.getArgumentTypes(cpg).length,
              () -> parameterUses(call, argument.slot(), cpg, isCollection))) {
            keeping
                .computeIfAbsent(field, f -> new LinkedHashSet<>())
                .add(callKey(method, argument.at().getPosition()));
          }
        }
      }
    }
    usedOtherwise.addAll(readInNest(className, kept.keySet()));
    Map<String, Registration> registrations = new HashMap<>();
    kept.forEach(
        (field, runs) -> {
          if (!usedOtherwise.contains(field)
              && !usedOtherwise.contains(runs)
              && creations.getOrDefault(runs, 0) == 1
              && holders.containsKey(field)) {
            registrations.put(
                runs,
                new Registration(
                    field, runs, holders.get(field), keeping.getOrDefault(field, Set.of())));
          }
        });
    return registrations;
  }

  /**
   * By field name, the key of the method that the final instance field's initialiser keeps a lambda
   * or {@code this::m} of, for a private method of the class: every constructor stores one creation
   * of that method in it, or none (it calls another constructor of the class).
   */
  private static Map<String, String> keptCallbacks(JavaClass javaClass) {
    Set<String> finals = new HashSet<>();
    for (Field field : javaClass.getFields()) {
      if (field.isFinal() && !field.isStatic()) {
        finals.add(field.getName());
      }
    }
    if (finals.isEmpty()) {
      return Map.of();
    }
    ConstantPoolGen cpg = ClassLookup.constantPool(javaClass);
    Map<String, String> kept = new HashMap<>();
    Set<String> otherwise = new HashSet<>();
    for (Method method : javaClass.getMethods()) {
      if (method.getCode() == null) {
        continue;
      }
      for (InstructionHandle handle : new InstructionList(method.getCode().getCode())) {
        if (handle.getInstruction() instanceof PUTFIELD store
            && store.getClassName(cpg).equals(javaClass.getClassName())
            && finals.contains(store.getFieldName(cpg))) {
          String field = store.getFieldName(cpg);
          String runs =
              Const.CONSTRUCTOR_NAME.equals(method.getName())
                      && handle.getPrev() != null
                      && handle.getPrev().getInstruction() instanceof INVOKEDYNAMIC creation
                  ? Callbacks.createdBy(javaClass, creation, cpg)
                  : null;
          if (runs == null
              || !isOwnCallback(javaClass, runs)
              || (kept.containsKey(field) && !kept.get(field).equals(runs))) {
            otherwise.add(field);
          } else {
            kept.put(field, runs);
          }
        }
      }
    }
    otherwise.forEach(kept::remove);
    return kept;
  }

  /** The fields of {@code kept} that the code of other classes of the nest reads. */
  private static Set<String> readInNest(String className, Set<String> kept) {
    Set<String> read = new HashSet<>();
    for (String member : NullConstructorArguments.nestClasses(className)) {
      JavaClass other = member.equals(className) ? null : ClassLookup.javaClass(member);
      if (other == null) {
        continue;
      }
      ConstantPoolGen cpg = ClassLookup.constantPool(other);
      for (Method method : other.getMethods()) {
        if (method.getCode() == null) {
          continue;
        }
        for (InstructionHandle handle : new InstructionList(method.getCode().getCode())) {
          if (handle.getInstruction() instanceof GETFIELD get
              && get.getClassName(cpg).equals(className)
              && kept.contains(get.getFieldName(cpg))) {
            read.add(get.getFieldName(cpg));
          }
        }
      }
    }
    return read;
  }

  /** A lambda body of the class, or a private instance method of it. */
  private static boolean isOwnCallback(JavaClass javaClass, String key) {
    for (Method method : javaClass.getMethods()) {
      if (key.equals(method.getName() + method.getSignature())) {
        return Callbacks.isLambdaBody(method) || (method.isPrivate() && !method.isStatic());
      }
    }
    return false;
  }

  /**
   * The call that the field value read at {@code read} is an argument of, with the argument's stack
   * slot, where an instance method of the class reads it on {@code this} and passes it straight on;
   * null otherwise.
   */
  private static Callbacks.@Nullable Consumption handedTo(
      Method method, InstructionHandle read, ConstantPoolGen cpg) {
    if (method.isStatic() || Callbacks.isLambdaBody(method) || !isThis(read.getPrev())) {
      return null;
    }
    Callbacks.Consumption consumption = Callbacks.consumptionOf(read, cpg);
    return consumption != null
            && consumption.slot() >= 1
            && consumption.at().getInstruction() instanceof InvokeInstruction call
            && call.getOpcode() != Const.INVOKESTATIC
            && call.getOpcode() != Const.INVOKEDYNAMIC
        ? consumption
        : null;
  }

  /** The name of the field of this object whose object {@code call} is made on; else null. */
  private static @Nullable String holderOf(
      InstructionHandle call, JavaClass javaClass, ConstantPoolGen cpg) {
    InvokeInstruction invoke = (InvokeInstruction) call.getInstruction();
    InstructionHandle receiver =
        NullConstructorArguments.producer(
            call, invoke.getArgumentTypes(cpg), NullConstructorArguments.RECEIVER, cpg);
    return receiver != null
            && receiver.getInstruction() instanceof GETFIELD holder
            && holder.getClassName(cpg).equals(javaClass.getClassName())
            && isThis(receiver.getPrev())
        ? holder.getFieldName(cpg)
        : null;
  }

  private static boolean isThis(@Nullable InstructionHandle handle) {
    return handle != null && handle.getInstruction() instanceof ALOAD load && load.getIndex() == 0;
  }

  /**
   * How the method that {@code call} runs uses the parameter that receives the operand at stack
   * {@code slot} (0: the receiver); null where its code is not in view.
   */
  private static @Nullable List<RegisteredCallbacks.ParameterUse> parameterUses(
      InvokeInstruction call, int slot, ConstantPoolGen cpg, Predicate<String> isCollection) {
    String name = call.getMethodName(cpg);
    String signature = call.getSignature(cpg);
    String declaring = ClassLookup.declaringMethodClass(call.getClassName(cpg), name, signature);
    JavaClass owner = declaring == null ? null : ClassLookup.javaClass(declaring);
    if (owner == null) {
      return null;
    }
    Method callee = ClassLookup.declaredMethod(owner, name, signature);
    if (callee == null || callee.isStatic() || callee.getCode() == null) {
      return null;
    }
    ConstantPoolGen calleePool = ClassLookup.constantPool(owner);
    List<RegisteredCallbacks.ParameterUse> uses = new ArrayList<>();
    for (InstructionHandle handle : new InstructionList(callee.getCode().getCode())) {
      if (handle.getInstruction() instanceof ALOAD load && load.getIndex() == slot) {
        uses.add(useOf(handle, calleePool, isCollection));
      }
    }
    return uses;
  }

  private static RegisteredCallbacks.ParameterUse useOf(
      InstructionHandle load, ConstantPoolGen cpg, Predicate<String> isCollection) {
    Callbacks.Consumption consumption = Callbacks.takenOffBy(load, cpg);
    if (consumption == null) {
      return RegisteredCallbacks.ParameterUse.OTHER;
    }
    if (consumption.at().getInstruction() instanceof IF_ACMPEQ
        || consumption.at().getInstruction() instanceof IF_ACMPNE) {
      return RegisteredCallbacks.ParameterUse.COMPARED;
    }
    if (consumption.at().getInstruction() instanceof InvokeInstruction lookup
        && lookup.getOpcode() != Const.INVOKESTATIC
        && lookup.getOpcode() != Const.INVOKEDYNAMIC
        && consumption.slot() == 1
        && lookup.getArgumentTypes(cpg).length == 1
        && lookup.getArgumentTypes(cpg)[0] instanceof ReferenceType
        && isCollection.test(lookup.getClassName(cpg))
        && RegisteredCallbacks.looksUpOrRemoves(lookup.getMethodName(cpg))) {
      return RegisteredCallbacks.ParameterUse.LOOKED_UP_OR_REMOVED;
    }
    return RegisteredCallbacks.ParameterUse.OTHER;
  }
}
