package io.github.mapinit.spotbugs;

import io.github.mapinit.policy.rules.Counters;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Field;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.DUP2_X1;
import org.apache.bcel.generic.DUP_X1;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.IADD;
import org.apache.bcel.generic.INVOKEINTERFACE;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.INVOKEVIRTUAL;
import org.apache.bcel.generic.ISUB;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.LADD;
import org.apache.bcel.generic.LSUB;
import org.apache.bcel.generic.NEW;
import org.apache.bcel.generic.PUTFIELD;
import org.jspecify.annotations.Nullable;

/**
 * The counters of the analysed class (policy {@link Counters}): its private int or long instance
 * fields that its code only sets to 0, increases and decreases. javac stores {@code count = 0} as a
 * constant, and {@code count++}, {@code count += 2} or {@code --count} as the field read, a
 * constant and {@code iadd}, {@code isub} or their long forms (with a {@code dup_x1} or {@code
 * dup2_x1} where the old or the new value is used too); any other store makes the field no counter.
 */
final class CounterFields {

  private CounterFields() {}

  static Set<String> in(JavaClass javaClass, ConstantPoolGen cpg) {
    return of(javaClass, cpg).counters();
  }

  /**
   * The counters of the class, and those of them that are never 0 once the object is constructed
   * (policy {@link Counters#neverZero}), whose reads give positive values.
   */
  static Counters.Found<String> of(JavaClass javaClass, ConstantPoolGen cpg) {
    return Counters.classified(neverZero -> classify(javaClass, cpg, neverZero));
  }

  private static Counters.Found<String> classify(
      JavaClass javaClass, ConstantPoolGen cpg, Set<String> neverZero) {
    Set<String> candidates = new LinkedHashSet<>();
    for (Field field : javaClass.getFields()) {
      if (field.isPrivate()
          && !field.isStatic()
          && ClassModel.isWholeNumber(field.getSignature())) {
        candidates.add(field.getName());
      }
    }
    if (candidates.isEmpty()) {
      return new Counters.Found<>(candidates, Set.of(), Set.of());
    }
    Set<String> disqualified = new HashSet<>();
    Set<String> decreased = new HashSet<>();
    Set<String> reset = new HashSet<>();
    Set<String> counted = new HashSet<>();
    Map<String, Integer> constructorsGivingPositive = new HashMap<>();
    int constructors = 0;
    for (Method method : javaClass.getMethods()) {
      if (method.getCode() == null) {
        continue;
      }
      InstructionList code = new InstructionList(method.getCode().getCode());
      boolean constructor =
          Const.CONSTRUCTOR_NAME.equals(method.getName()) && !delegatesToThis(code, javaClass, cpg);
      constructors += constructor ? 1 : 0;
      Set<String> positiveHere = new HashSet<>();
      for (InstructionHandle handle : code.getInstructionHandles()) {
        if (handle.getInstruction() instanceof PUTFIELD store
            && javaClass.getClassName().equals(store.getClassName(cpg))
            && candidates.contains(store.getFieldName(cpg))) {
          Counters.Assignment how = assignmentAt(handle, cpg, neverZero::contains);
          if (FinalFieldTests.intConstant(handle.getPrev().getInstruction(), cpg) == null) {
            counted.add(store.getFieldName(cpg));
          }
          if (how == Counters.Assignment.OTHER) {
            disqualified.add(store.getFieldName(cpg));
          } else if (how == Counters.Assignment.RESET) {
            reset.add(store.getFieldName(cpg));
          } else if (how == Counters.Assignment.DECREASE) {
            decreased.add(store.getFieldName(cpg));
          } else if (how == Counters.Assignment.POSITIVE
              && FinalFieldTests.intConstant(handle.getPrev().getInstruction(), cpg) != null) {
            positiveHere.add(store.getFieldName(cpg));
          }
        }
      }
      if (constructor) {
        positiveHere.forEach(name -> constructorsGivingPositive.merge(name, 1, Integer::sum));
      }
    }
    candidates.removeAll(disqualified);
    candidates.removeIf(field -> !Counters.counts(!counted.contains(field)));
    Set<String> never = new HashSet<>();
    for (String counter : candidates) {
      int giving = constructorsGivingPositive.getOrDefault(counter, 0);
      if (Counters.neverZero(
          constructors > 0 && giving == constructors,
          reset.contains(counter),
          decreased.contains(counter))) {
        never.add(counter);
      }
    }
    decreased.retainAll(candidates);
    return new Counters.Found<>(candidates, never, decreased);
  }

  /**
   * Whether a constructor's code hands over to another constructor of its class ({@code
   * this(...)}): it calls one without creating an instance of the class.
   */
  private static boolean delegatesToThis(
      InstructionList code, JavaClass javaClass, ConstantPoolGen cpg) {
    boolean calls = false;
    for (Instruction ins : code.getInstructions()) {
      if (ins instanceof NEW creation
          && javaClass.getClassName().equals(creation.getLoadClassType(cpg).getClassName())) {
        return false;
      }
      if (ins instanceof INVOKESPECIAL call
          && Const.CONSTRUCTOR_NAME.equals(call.getMethodName(cpg))
          && javaClass.getClassName().equals(call.getClassName(cpg))) {
        calls = true;
      }
    }
    return calls;
  }

  /**
   * How the {@code putfield} at {@code handle} changes the field as a counter, where {@code
   * neverZero} tells the counters that are never 0: a read of one, or of its value kept through its
   * increase ({@code txId = nextTx++}, a {@code putfield} right before this one), is positive.
   */
  static Counters.Assignment assignmentAt(
      InstructionHandle handle, ConstantPoolGen cpg, Predicate<String> neverZero) {
    if (!(handle.getInstruction() instanceof PUTFIELD store)) {
      return Counters.Assignment.OTHER;
    }
    InstructionHandle value = handle.getPrev();
    if (value != null && keepsValueBelowObject(value.getInstruction())) {
      value = value.getPrev();
    }
    if (value == null) {
      return Counters.Assignment.OTHER;
    }
    if (value.getInstruction() instanceof PUTFIELD other
        && !other.getFieldName(cpg).equals(store.getFieldName(cpg))
        && neverZero.test(other.getFieldName(cpg))
        && assignmentAt(value, cpg, name -> false) == Counters.Assignment.INCREASE) {
      // The other counter's value, kept below its own increase, is stored here too.
      return Counters.Assignment.POSITIVE;
    }
    if (value.getInstruction() instanceof GETFIELD read
        && value.getPrev() != null
        && value.getPrev().getInstruction() instanceof ALOAD receiver
        && receiver.getIndex() == 0
        && !read.getFieldName(cpg).equals(store.getFieldName(cpg))
        && neverZero.test(read.getFieldName(cpg))) {
      return Counters.Assignment.POSITIVE;
    }
    Integer constant = FinalFieldTests.intConstant(value.getInstruction(), cpg);
    if (constant != null) {
      return Counters.byAssigning(constant);
    }
    if (value.getInstruction() instanceof InvokeInstruction call
        && (call instanceof INVOKEINTERFACE || call instanceof INVOKEVIRTUAL)
        && "size".equals(call.getMethodName(cpg))
        && "()I".equals(call.getSignature(cpg))) {
      // count = items.size(): never negative, 0 where the collection is empty.
      return Counters.Assignment.SIZE;
    }
    Integer added = addedTo(value, store.getFieldName(cpg), cpg);
    return added != null ? Counters.byAdding(added) : Counters.Assignment.OTHER;
  }

  /**
   * The constant that the {@code putfield} at {@code handle} adds to its field: 1 for {@code
   * size++}, -1 for {@code --size}, c for {@code count += c}; null for another store.
   */
  static @Nullable Integer addedAt(InstructionHandle handle, ConstantPoolGen cpg) {
    if (!(handle.getInstruction() instanceof PUTFIELD store)) {
      return null;
    }
    InstructionHandle value = handle.getPrev();
    if (value != null && keepsValueBelowObject(value.getInstruction())) {
      value = value.getPrev();
    }
    return value == null ? null : addedTo(value, store.getFieldName(cpg), cpg);
  }

  /**
   * The constant that the {@code iadd} or {@code isub} (or their long forms) at {@code value} adds
   * to a read of {@code field}, the read, the constant and the operation in a row; null for
   * anything else.
   */
  private static @Nullable Integer addedTo(
      InstructionHandle value, String field, ConstantPoolGen cpg) {
    boolean subtracts =
        value.getInstruction() instanceof ISUB || value.getInstruction() instanceof LSUB;
    InstructionHandle added =
        value.getInstruction() instanceof IADD
                || value.getInstruction() instanceof LADD
                || subtracts
            ? value.getPrev()
            : null;
    InstructionHandle read = added == null ? null : added.getPrev();
    if (read != null && keepsValueBelowObject(read.getInstruction())) {
      // return count++: the old value is kept below the object.
      read = read.getPrev();
    }
    Integer increase =
        added == null ? null : FinalFieldTests.intConstant(added.getInstruction(), cpg);
    return increase != null && readsField(read, field, cpg)
        ? (subtracts ? -increase : increase)
        : null;
  }

  /** {@code dup_x1}, or {@code dup2_x1} for a long: a copy of the value kept below the object. */
  static boolean keepsValueBelowObject(Instruction ins) {
    return ins instanceof DUP_X1 || ins instanceof DUP2_X1;
  }

  private static boolean readsField(
      @Nullable InstructionHandle handle, String field, ConstantPoolGen cpg) {
    return handle != null
        && handle.getInstruction() instanceof GETFIELD read
        && field.equals(read.getFieldName(cpg));
  }
}
