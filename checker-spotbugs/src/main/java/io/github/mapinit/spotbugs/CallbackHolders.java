package io.github.mapinit.spotbugs;

import io.github.mapinit.policy.rules.WithdrawnCallbacks;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.DUP;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.PUTFIELD;
import org.jspecify.annotations.Nullable;

/**
 * Where a method keeps a lambda or an anonymous class's instance it creates, in fields of its own
 * object, and which of those fields a body calls or assigns (policy {@link WithdrawnCallbacks}).
 * Only straight-line code between a value and where it is consumed is followed, as {@link
 * Callbacks#consumptionOf} does.
 */
final class CallbackHolders {

  private CallbackHolders() {}

  /**
   * The fields of the running object that the lambda {@code lambdaKey}, created in {@code creator},
   * is stored in or handed to; empty where it also goes anywhere else.
   */
  static Optional<WithdrawnCallbacks.Holders> ofLambda(
      JavaClass javaClass, Method creator, String lambdaKey) {
    ConstantPoolGen cpg = ClassLookup.constantPool(javaClass);
    return of(
        javaClass,
        creator,
        handle ->
            handle.getInstruction() instanceof INVOKEDYNAMIC creation
                && lambdaKey.equals(Callbacks.createdBy(javaClass, creation, cpg)));
  }

  /**
   * The fields of the running object that the instance of the anonymous or local class {@code
   * local} that {@code creator} creates is stored in or handed to; empty where it also goes
   * anywhere else. The instance is the value its constructor call leaves on the stack.
   */
  static Optional<WithdrawnCallbacks.Holders> ofInstance(
      JavaClass javaClass, Method creator, String local) {
    ConstantPoolGen cpg = ClassLookup.constantPool(javaClass);
    return of(
        javaClass,
        creator,
        handle ->
            handle.getInstruction() instanceof INVOKESPECIAL init
                && Const.CONSTRUCTOR_NAME.equals(init.getMethodName(cpg))
                && local.equals(init.getClassName(cpg)));
  }

  private static Optional<WithdrawnCallbacks.Holders> of(
      JavaClass javaClass, Method creator, Predicate<InstructionHandle> creates) {
    if (creator.getCode() == null || creator.isStatic()) {
      return Optional.empty();
    }
    ConstantPoolGen cpg = ClassLookup.constantPool(javaClass);
    InstructionList code = new InstructionList(creator.getCode().getCode());
    String className = javaClass.getClassName();
    Optional<WithdrawnCallbacks.Holders> holders = Optional.empty();
    for (InstructionHandle handle : code) {
      if (!creates.test(handle)) {
        continue;
      }
      if (holders.isPresent()) {
        // Created twice in one method: each creation would need its own places.
        return Optional.empty();
      }
      Callbacks.Consumption consumption = Callbacks.consumptionOf(handle, cpg);
      if (consumption == null) {
        return Optional.empty();
      }
      if (consumption.at().getInstruction() instanceof PUTFIELD store
          && consumption.slot() == 1
          && className.equals(store.getClassName(cpg))) {
        holders = handedOnBy(code, className, store.getFieldName(cpg), cpg);
      } else {
        String receiver = ownFieldReceiver(code, className, consumption, cpg);
        if (receiver == null || consumption.slot() == 0) {
          return Optional.empty();
        }
        holders = Optional.of(new WithdrawnCallbacks.Holders(Set.of(), Set.of(receiver)));
      }
      if (holders.isEmpty()) {
        return holders;
      }
    }
    return holders;
  }

  /**
   * A lambda stored in the field {@code stored}: the fields whose objects the method passes that
   * field to; empty where it passes it to anything else.
   */
  private static Optional<WithdrawnCallbacks.Holders> handedOnBy(
      InstructionList code, String className, String stored, ConstantPoolGen cpg) {
    Set<String> handedTo = new HashSet<>();
    for (InstructionHandle handle : code) {
      if (ownFieldRead(handle, className, cpg) == null
          || !stored.equals(((GETFIELD) handle.getInstruction()).getFieldName(cpg))) {
        continue;
      }
      Callbacks.Consumption consumption = Callbacks.consumptionOf(handle, cpg);
      if (consumption == null
          || !(consumption.at().getInstruction() instanceof InvokeInstruction call)
          || consumption.slot() < (call.getOpcode() == Const.INVOKESTATIC ? 0 : 1)) {
        // Tested, called or dropped: not passed on.
        continue;
      }
      String receiver = ownFieldReceiver(code, className, consumption, cpg);
      if (receiver == null) {
        return Optional.empty();
      }
      handedTo.add(receiver);
    }
    return Optional.of(new WithdrawnCallbacks.Holders(Set.of(stored), handedTo));
  }

  /** The field of the running object whose value is the receiver of the consuming call, if any. */
  private static @Nullable String ownFieldReceiver(
      InstructionList code,
      String className,
      Callbacks.Consumption consumption,
      ConstantPoolGen cpg) {
    if (!isInstanceCall(consumption.at())) {
      return null;
    }
    for (InstructionHandle handle : code) {
      String field = ownFieldRead(handle, className, cpg);
      if (field == null) {
        continue;
      }
      Callbacks.Consumption read = Callbacks.consumptionOf(handle, cpg);
      if (read != null && read.at() == consumption.at() && read.slot() == 0) {
        return field;
      }
    }
    return null;
  }

  /** Whether {@code handle} calls a method on an object (its receiver is operand slot 0). */
  private static boolean isInstanceCall(InstructionHandle handle) {
    return handle.getInstruction() instanceof InvokeInstruction call
        && !(call instanceof INVOKEDYNAMIC)
        && call.getOpcode() != Const.INVOKESTATIC;
  }

  /** The fields of the running object whose objects {@code method} calls a method of. */
  static Set<String> fieldsCalled(JavaClass javaClass, Method method) {
    Set<String> called = new HashSet<>();
    if (method.getCode() == null || method.isStatic()) {
      return called;
    }
    ConstantPoolGen cpg = ClassLookup.constantPool(javaClass);
    for (InstructionHandle handle : new InstructionList(method.getCode().getCode())) {
      String field = ownFieldRead(handle, javaClass.getClassName(), cpg);
      if (field == null) {
        continue;
      }
      Callbacks.Consumption read = Callbacks.consumptionOf(handle, cpg);
      if (read != null && read.slot() == 0 && isInstanceCall(read.at())) {
        called.add(field);
      }
    }
    return called;
  }

  /** The fields of its own class that {@code method} assigns on the running object. */
  static Set<String> fieldsAssigned(JavaClass javaClass, Method method) {
    Set<String> assigned = new HashSet<>();
    if (method.getCode() == null || method.isStatic()) {
      return assigned;
    }
    ConstantPoolGen cpg = ClassLookup.constantPool(javaClass);
    InstructionList code = new InstructionList(method.getCode().getCode());
    for (InstructionHandle handle : code) {
      if (handle.getInstruction() instanceof ALOAD self && self.getIndex() == 0) {
        Callbacks.Consumption use = Callbacks.consumptionOf(handle, cpg);
        if (use != null
            && use.slot() == 0
            && use.at().getInstruction() instanceof PUTFIELD store
            && javaClass.getClassName().equals(store.getClassName(cpg))) {
          assigned.add(store.getFieldName(cpg));
        }
        String updated = updatedInPlace(handle, javaClass.getClassName(), cpg);
        if (updated != null) {
          assigned.add(updated);
        }
      }
    }
    return assigned;
  }

  /**
   * The field that {@code size++}, {@code --size} or {@code size += c} updates from the {@code
   * aload_0} at {@code self}: javac duplicates the object ({@code aload_0; dup; getfield size}) and
   * stores the new value with a {@code putfield} of the same field a few instructions on; null for
   * anything else.
   */
  private static @Nullable String updatedInPlace(
      InstructionHandle self, String className, ConstantPoolGen cpg) {
    InstructionHandle dup = self.getNext();
    InstructionHandle read = dup == null ? null : dup.getNext();
    if (dup == null
        || !(dup.getInstruction() instanceof DUP)
        || read == null
        || !(read.getInstruction() instanceof GETFIELD field)
        || !className.equals(field.getClassName(cpg))) {
      return null;
    }
    InstructionHandle next = read.getNext();
    for (int step = 0; next != null && step < 4; step++, next = next.getNext()) {
      if (next.getInstruction() instanceof PUTFIELD store
          && className.equals(store.getClassName(cpg))
          && store.getFieldName(cpg).equals(field.getFieldName(cpg))) {
        return field.getFieldName(cpg);
      }
    }
    return null;
  }

  /** The name of the field of the running object that {@code handle} reads, or null. */
  static @Nullable String ownFieldRead(
      InstructionHandle handle, String className, ConstantPoolGen cpg) {
    InstructionHandle before = handle.getPrev();
    return handle.getInstruction() instanceof GETFIELD read
            && className.equals(read.getClassName(cpg))
            && before != null
            && before.getInstruction() instanceof ALOAD self
            && self.getIndex() == 0
        ? read.getFieldName(cpg)
        : null;
  }
}
