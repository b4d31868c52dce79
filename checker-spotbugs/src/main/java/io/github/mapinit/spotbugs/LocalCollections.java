package io.github.mapinit.spotbugs;

import io.github.mapinit.policy.rules.CollectionEmptiness;
import io.github.mapinit.policy.rules.NonEmptyCollections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ARETURN;
import org.apache.bcel.generic.ASTORE;
import org.apache.bcel.generic.BranchInstruction;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.ReturnInstruction;

/**
 * The locals of one method, by slot, whose emptiness it follows when they hold a collection (policy
 * {@link CollectionEmptiness}): every read of the slot is the receiver of a call, the argument of a
 * read-only copy, or the returned value, so only the method's own calls on it change it (a lambda
 * or a local class is given the value, which rules the slot out). Also the iterators that a loop
 * takes from one of them and only advances, by the iterator's slot: such an iterator removes
 * nothing, and, until it is advanced, has a next element exactly where its collection is not empty.
 */
final class LocalCollections {

  /** Which slots are followed, and each plain loop iterator's collection slot. */
  record OfMethod(Set<Integer> slots, Map<Integer, Integer> iterated, Set<Integer> plainIterators) {

    static final OfMethod NONE = new OfMethod(Set.of(), Map.of(), Set.of());
  }

  private LocalCollections() {}

  static OfMethod in(InstructionList list, boolean isStatic, ConstantPoolGen cpg) {
    InstructionHandle[] code = list.getInstructionHandles();
    Set<Integer> read = new HashSet<>();
    Set<Integer> disqualified = new HashSet<>();
    Map<Integer, Integer> stores = new HashMap<>();
    for (int i = 0; i < code.length; i++) {
      Instruction ins = code[i].getInstruction();
      if (ins instanceof ASTORE store) {
        stores.merge(store.getIndex(), 1, Integer::sum);
      }
      if (ins instanceof ALOAD load && (isStatic || load.getIndex() != 0)) {
        read.add(load.getIndex());
        if (!readAsReceiver(code, i, cpg, true)) {
          disqualified.add(load.getIndex());
        }
      }
    }
    read.removeAll(disqualified);
    Map<Integer, Integer> iterated = new HashMap<>();
    Set<Integer> plainIterators = new HashSet<>();
    for (int i = 1; i + 1 < code.length; i++) {
      if (code[i].getInstruction() instanceof InvokeInstruction call
          && NonEmptyCollections.opensIterator(
              call.getMethodName(cpg), call.getArgumentTypes(cpg).length)
          && code[i + 1].getInstruction() instanceof ASTORE iterator
          && stores.getOrDefault(iterator.getIndex(), 0) == 1
          && onlyAdvanced(code, iterator.getIndex(), cpg)) {
        plainIterators.add(iterator.getIndex());
        if (code[i - 1].getInstruction() instanceof ALOAD collection
            && read.contains(collection.getIndex())) {
          iterated.put(iterator.getIndex(), collection.getIndex());
        }
      }
    }
    return read.isEmpty() && plainIterators.isEmpty()
        ? OfMethod.NONE
        : new OfMethod(Set.copyOf(read), Map.copyOf(iterated), Set.copyOf(plainIterators));
  }

  /**
   * Whether the value the read at {@code load} pushes is taken by a call as its receiver, or as the
   * argument of a read-only copy, or returned where {@code mayReturn}, in the straight-line code
   * after it.
   */
  static boolean readAsReceiver(
      InstructionHandle[] code, int load, ConstantPoolGen cpg, boolean mayReturn) {
    int above = 0;
    for (int j = load + 1; j < code.length; j++) {
      Instruction ins = code[j].getInstruction();
      if (ins instanceof ARETURN && above == 0) {
        return mayReturn;
      }
      if (code[j].hasTargeters()
          || ins instanceof BranchInstruction
          || ins instanceof ReturnInstruction
          || ins.getOpcode() == Const.ATHROW) {
        return false;
      }
      int consumed = ins.consumeStack(cpg);
      if (consumed > above) {
        if (!(ins instanceof InvokeInstruction call) || ins.getOpcode() == Const.INVOKEDYNAMIC) {
          return false;
        }
        boolean asReceiver = !(call instanceof INVOKESTATIC) && above == consumed - 1;
        return asReceiver
            ? !Const.CONSTRUCTOR_NAME.equals(call.getMethodName(cpg))
            : CollectionEmptiness.readsArgument(call.getClassName(cpg), call.getMethodName(cpg));
      }
      above += ins.produceStack(cpg) - consumed;
    }
    return false;
  }

  /** Whether every read of the iterator in {@code slot} is the receiver of hasNext() or next(). */
  private static boolean onlyAdvanced(InstructionHandle[] code, int slot, ConstantPoolGen cpg) {
    for (int i = 0; i < code.length; i++) {
      if (code[i].getInstruction() instanceof ALOAD load && load.getIndex() == slot) {
        if (i + 1 >= code.length
            || !(code[i + 1].getInstruction() instanceof InvokeInstruction call)
            || !(call.getMethodName(cpg).equals("hasNext")
                || call.getMethodName(cpg).equals("next"))) {
          return false;
        }
      }
    }
    return true;
  }
}
