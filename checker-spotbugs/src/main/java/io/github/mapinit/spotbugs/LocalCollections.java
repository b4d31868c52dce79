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
import org.apache.bcel.generic.ARRAYLENGTH;
import org.apache.bcel.generic.ASTORE;
import org.apache.bcel.generic.BranchInstruction;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.ICONST;
import org.apache.bcel.generic.ILOAD;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.ISTORE;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.ReturnInstruction;
import org.jspecify.annotations.Nullable;

/**
 * The locals of one method, by slot, whose emptiness it follows when they hold a collection (policy
 * {@link CollectionEmptiness}): every read of the slot is the receiver of a call, the argument of a
 * read-only copy, or the returned value, so only the method's own calls on it change it (a lambda
 * or a local class is given the value, which rules the slot out). Also the iterators that a loop
 * takes from one of them and only advances, by the iterator's slot: such an iterator removes
 * nothing, and, until it is advanced, has a next element exactly where its collection is not empty.
 */
final class LocalCollections {

  /**
   * Which slots are followed, each plain loop iterator's collection slot, and, for an iterator of a
   * collection in a field of this object ({@code for (String f : dirty)}), the field's name.
   */
  record OfMethod(
      Set<Integer> slots,
      Map<Integer, Integer> iterated,
      Map<Integer, String> iteratedFields,
      Set<Integer> plainIterators,
      Map<Integer, LoopTest> countingLoops) {

    static final OfMethod NONE = new OfMethod(Set.of(), Map.of(), Map.of(), Set.of(), Map.of());

    /** Whether the int local in {@code slot} is the index of a counting loop. */
    boolean isCountingIndex(int slot) {
      for (LoopTest test : countingLoops.values()) {
        if (test.index() == slot) {
          return true;
        }
      }
      return false;
    }
  }

  /** The first test of a counting loop: its index's slot, and its bound. */
  record LoopTest(int index, Bound bound) {}

  /**
   * The bound of a counting loop (policy {@code CountingLoops}): an int local, or the length of an
   * array local (the array a loop copied, where it copied one); an array made with elements is
   * known to hold one.
   */
  record Bound(int slot, boolean isArrayLength, boolean holdsAnElement) {}

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
    Map<Integer, String> iteratedFields = new HashMap<>();
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
        } else if (!isStatic
            && i >= 2
            && code[i - 1].getInstruction() instanceof GETFIELD field
            && code[i - 2].getInstruction() instanceof ALOAD self
            && self.getIndex() == 0) {
          iteratedFields.put(iterator.getIndex(), field.getFieldName(cpg));
        }
      }
    }
    Map<Integer, LoopTest> countingLoops = countingLoops(code, cpg);
    return read.isEmpty() && plainIterators.isEmpty() && countingLoops.isEmpty()
        ? OfMethod.NONE
        : new OfMethod(
            Set.copyOf(read),
            Map.copyOf(iterated),
            Map.copyOf(iteratedFields),
            Set.copyOf(plainIterators),
            Map.copyOf(countingLoops));
  }

  /**
   * The counting loops of the method, by the position of their test's branch: an index stored once
   * as 0 ({@code iconst_0; istore i}) and compared with a bound by {@code if_icmpge} or {@code
   * if_icmplt}, as javac compiles {@code for (int i = 0; i < n; i++)} and a for-each over an array
   * ({@code aload a; astore t; aload t; arraylength; istore len; iconst_0; istore i; .. iload i;
   * iload len; if_icmpge}).
   */
  private static Map<Integer, LoopTest> countingLoops(
      InstructionHandle[] code, ConstantPoolGen cpg) {
    Map<Integer, Integer> intStores = new HashMap<>();
    Set<Integer> startAtZero = new HashSet<>();
    Map<Integer, Bound> lengthOf = new HashMap<>();
    for (int i = 0; i < code.length; i++) {
      if (code[i].getInstruction() instanceof ISTORE store) {
        intStores.merge(store.getIndex(), 1, Integer::sum);
        Instruction before = i > 0 ? code[i - 1].getInstruction() : null;
        if (before instanceof ICONST zero && zero.getValue().intValue() == 0) {
          startAtZero.add(store.getIndex());
        }
        if (before instanceof ARRAYLENGTH) {
          Bound length = arrayLengthAt(code, i - 1, cpg);
          if (length != null) {
            lengthOf.put(store.getIndex(), length);
          }
        }
      }
    }
    Map<Integer, LoopTest> loops = new HashMap<>();
    for (int i = 0; i + 2 < code.length; i++) {
      if (!(code[i].getInstruction() instanceof ILOAD index)
          || !startAtZero.contains(index.getIndex())
          || intStores.getOrDefault(index.getIndex(), 0) != 1) {
        continue;
      }
      Instruction bound = code[i + 1].getInstruction();
      int branchAt = i + 2;
      Bound tested = null;
      if (bound instanceof ILOAD length && intStores.getOrDefault(length.getIndex(), 0) <= 1) {
        tested =
            lengthOf.getOrDefault(length.getIndex(), new Bound(length.getIndex(), false, false));
      } else if (bound instanceof ALOAD && code[i + 2].getInstruction() instanceof ARRAYLENGTH) {
        tested = arrayLengthAt(code, i + 2, cpg);
        branchAt = i + 3;
      }
      int opcode = branchAt < code.length ? code[branchAt].getInstruction().getOpcode() : -1;
      if (tested != null && (opcode == Const.IF_ICMPGE || opcode == Const.IF_ICMPLT)) {
        loops.put(code[branchAt].getPosition(), new LoopTest(index.getIndex(), tested));
      }
    }
    return loops;
  }

  /**
   * The array whose length the {@code arraylength} at {@code at} reads, as a bound: the local it
   * loads, or, where that local was stored just before (a loop over an array copies it), the local
   * it copied, or an array made there with elements.
   */
  private static @Nullable Bound arrayLengthAt(
      InstructionHandle[] code, int at, ConstantPoolGen cpg) {
    if (at < 1 || !(code[at - 1].getInstruction() instanceof ALOAD array)) {
      return null;
    }
    if (at >= 2
        && code[at - 2].getInstruction() instanceof ASTORE copy
        && copy.getIndex() == array.getIndex()
        && !code[at - 1].hasTargeters()) {
      if (at >= 3 && code[at - 3].getInstruction() instanceof ALOAD source) {
        return new Bound(source.getIndex(), true, false);
      }
      if (arrayMadeWithElements(code, at - 3, cpg)) {
        return new Bound(array.getIndex(), true, true);
      }
    }
    return new Bound(array.getIndex(), true, false);
  }

  /** Whether the instruction at {@code at} ends the making of an array with a first element. */
  private static boolean arrayMadeWithElements(
      InstructionHandle[] code, int at, ConstantPoolGen cpg) {
    // new T[] {a, ..}: push the length, anewarray, then dup, index, value, aastore per element.
    for (int j = at; j >= 1; j--) {
      Instruction ins = code[j].getInstruction();
      if (ins.getOpcode() == Const.ANEWARRAY || ins.getOpcode() == Const.NEWARRAY) {
        Integer length = FinalFieldTests.intConstant(code[j - 1].getInstruction(), cpg);
        return length != null && length > 0 && j < at;
      }
      if (code[j].hasTargeters() || ins instanceof BranchInstruction) {
        return false;
      }
    }
    return false;
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
