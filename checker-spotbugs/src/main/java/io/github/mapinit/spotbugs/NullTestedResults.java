package io.github.mapinit.spotbugs;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ASTORE;
import org.apache.bcel.generic.CHECKCAST;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.DUP;
import org.apache.bcel.generic.IFNONNULL;
import org.apache.bcel.generic.IFNULL;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.StoreInstruction;
import org.jspecify.annotations.Nullable;

/**
 * The methods whose result the class's code compares with null (policy {@code
 * NullableResults.believedNullable}), by {@code owner.name signature} as the calls name them: a
 * call followed at once by {@code ifnull}/{@code ifnonnull}, or stored in a local that is later
 * loaded for one, as javac compiles {@code if (source.fetch() == null)} and {@code fresh =
 * source.fetch(); if (fresh != null)}.
 */
final class NullTestedResults {

  private NullTestedResults() {}

  static Set<String> of(JavaClass javaClass) {
    Set<String> tested = new HashSet<>();
    ConstantPoolGen cpg = ClassLookup.constantPool(javaClass);
    for (Method method : javaClass.getMethods()) {
      if (method.getCode() == null) {
        continue;
      }
      // What each local holds, where straight-line code last stored a call's result in it.
      Map<Integer, String> heldCalls = new HashMap<>();
      for (InstructionHandle handle : new InstructionList(method.getCode().getCode())) {
        Instruction ins = handle.getInstruction();
        if (ins instanceof InvokeInstruction call && !(ins instanceof INVOKEDYNAMIC)) {
          String key = keyOf(call, cpg);
          InstructionHandle next = skipCasts(handle.getNext());
          if (next != null && next.getInstruction() instanceof DUP) {
            next = next.getNext();
          }
          if (next != null && isNullTest(next.getInstruction())) {
            tested.add(key);
          } else if (next != null && next.getInstruction() instanceof ASTORE store) {
            heldCalls.put(store.getIndex(), key);
            InstructionHandle after = next.getNext();
            if (after != null && isNullTest(after.getInstruction())) {
              // `if ((fresh = source.fetch()) != null)`: dup; astore; ifnull.
              tested.add(key);
            }
          }
        } else if (ins instanceof ALOAD load
            && heldCalls.containsKey(load.getIndex())
            && handle.getNext() != null
            && isNullTest(handle.getNext().getInstruction())) {
          tested.add(heldCalls.get(load.getIndex()));
        } else if (ins instanceof StoreInstruction store && !storesCallResult(handle)) {
          heldCalls.remove(store.getIndex());
        }
      }
    }
    return tested;
  }

  /** How a call names the method it runs, as {@link #of} keys it. */
  static String keyOf(InvokeInstruction call, ConstantPoolGen cpg) {
    return call.getClassName(cpg) + '.' + call.getMethodName(cpg) + call.getSignature(cpg);
  }

  /** The instruction after {@code handle} and the casts that follow it. */
  static @Nullable InstructionHandle skipCasts(@Nullable InstructionHandle handle) {
    InstructionHandle current = handle;
    while (current != null && current.getInstruction() instanceof CHECKCAST) {
      current = current.getNext();
    }
    return current;
  }

  private static boolean storesCallResult(InstructionHandle store) {
    InstructionHandle previous = store.getPrev();
    while (previous != null
        && (previous.getInstruction() instanceof CHECKCAST
            || previous.getInstruction() instanceof DUP)) {
      previous = previous.getPrev();
    }
    return previous != null && previous.getInstruction() instanceof InvokeInstruction;
  }

  private static boolean isNullTest(Instruction ins) {
    return ins instanceof IFNULL || ins instanceof IFNONNULL;
  }
}
