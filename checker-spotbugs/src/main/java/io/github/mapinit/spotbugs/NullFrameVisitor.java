package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.ba.AbstractFrameModelingVisitor;
import edu.umd.cs.findbugs.ba.DataflowAnalysisException;
import edu.umd.cs.findbugs.ba.InvalidBytecodeException;
import edu.umd.cs.findbugs.bcel.generic.NONNULL2Z;
import edu.umd.cs.findbugs.bcel.generic.NULL2Z;
import io.github.mapinit.policy.JavaSemantics;
import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.facts.NullTest;
import io.github.mapinit.policy.flow.FlagFacts;
import io.github.mapinit.policy.rules.AtomicFlags;
import io.github.mapinit.policy.rules.AtomicStates;
import io.github.mapinit.policy.rules.BitFlags;
import io.github.mapinit.policy.rules.CollectionEmptiness;
import io.github.mapinit.policy.rules.ConstantTests;
import io.github.mapinit.policy.rules.Counters;
import io.github.mapinit.policy.rules.CountingLoops;
import io.github.mapinit.policy.rules.EmptyViews;
import io.github.mapinit.policy.rules.FreshCounters;
import io.github.mapinit.policy.rules.IntComparison;
import io.github.mapinit.policy.rules.NonEmptyCollections;
import io.github.mapinit.policy.rules.ResultsWhenNull;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.apache.bcel.Const;
import org.apache.bcel.generic.ACONST_NULL;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ANEWARRAY;
import org.apache.bcel.generic.ARRAYLENGTH;
import org.apache.bcel.generic.ASTORE;
import org.apache.bcel.generic.ArrayType;
import org.apache.bcel.generic.BIPUSH;
import org.apache.bcel.generic.BasicType;
import org.apache.bcel.generic.BranchInstruction;
import org.apache.bcel.generic.CHECKCAST;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.FieldInstruction;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.GETSTATIC;
import org.apache.bcel.generic.IAND;
import org.apache.bcel.generic.ICONST;
import org.apache.bcel.generic.IFEQ;
import org.apache.bcel.generic.IFGE;
import org.apache.bcel.generic.IFGT;
import org.apache.bcel.generic.IFLE;
import org.apache.bcel.generic.IFLT;
import org.apache.bcel.generic.IFNE;
import org.apache.bcel.generic.IFNONNULL;
import org.apache.bcel.generic.IFNULL;
import org.apache.bcel.generic.IF_ACMPEQ;
import org.apache.bcel.generic.IF_ACMPNE;
import org.apache.bcel.generic.IF_ICMPEQ;
import org.apache.bcel.generic.IF_ICMPGE;
import org.apache.bcel.generic.IF_ICMPGT;
import org.apache.bcel.generic.IF_ICMPLE;
import org.apache.bcel.generic.IF_ICMPLT;
import org.apache.bcel.generic.IF_ICMPNE;
import org.apache.bcel.generic.IINC;
import org.apache.bcel.generic.ILOAD;
import org.apache.bcel.generic.INSTANCEOF;
import org.apache.bcel.generic.INVOKEINTERFACE;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.INVOKEVIRTUAL;
import org.apache.bcel.generic.IOR;
import org.apache.bcel.generic.IREM;
import org.apache.bcel.generic.ISTORE;
import org.apache.bcel.generic.IXOR;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.LCMP;
import org.apache.bcel.generic.LCONST;
import org.apache.bcel.generic.LDC;
import org.apache.bcel.generic.LDC2_W;
import org.apache.bcel.generic.LLOAD;
import org.apache.bcel.generic.LOOKUPSWITCH;
import org.apache.bcel.generic.LSTORE;
import org.apache.bcel.generic.MONITORENTER;
import org.apache.bcel.generic.NEW;
import org.apache.bcel.generic.NEWARRAY;
import org.apache.bcel.generic.PUTFIELD;
import org.apache.bcel.generic.PUTSTATIC;
import org.apache.bcel.generic.ReferenceType;
import org.apache.bcel.generic.SIPUSH;
import org.apache.bcel.generic.Select;
import org.apache.bcel.generic.StoreInstruction;
import org.apache.bcel.generic.TABLESWITCH;
import org.apache.bcel.generic.Type;
import org.jspecify.annotations.Nullable;

/**
 * Models one instruction on a {@link NullFrame}: loads and stores of tracked fields and locals,
 * dereferences, null tests, non-null checks and followed calls. Everything else only moves values
 * on the stack.
 */
final class NullFrameVisitor extends AbstractFrameModelingVisitor<Value, NullFrame> {

  // iconst_0 and iconst_1 are common: one value each, not one per instruction and iteration.
  private static final Value FALSE = Value.ofFlag(new Flag.Constant(false));
  private static final Value TRUE = Value.ofFlag(new Flag.Constant(true));
  private static final Value NULL_REFERENCE =
      Value.NULL_CONSTANT.withFlag(new Flag.Constant(false));

  private final MethodEnvironment env;
  private final LineOracle lines;
  private final boolean inConstructor;
  private final Map<Integer, List<String>> lambdasPassed;
  private final Supplier<Map<Integer, Set<String>>> localTestsOfMethod;
  private final Supplier<LocalCollections.OfMethod> localCollectionsOfMethod;
  private LocalCollections.@Nullable OfMethod localCollections;
  private @Nullable Map<Integer, Set<String>> localTests;
  private final Set<Place.FieldPlace> assigned = new HashSet<>();
  private final Set<String> assignedFlags = new HashSet<>();

  /**
   * @param inConstructor the analysed method is a constructor, whose calls on {@code this} run the
   *     class's own bodies
   * @param lambdasPassed the lambdas of the class passed to each call, by the call's position
   */
  NullFrameVisitor(
      ConstantPoolGen cpg,
      MethodEnvironment env,
      LineOracle lines,
      boolean inConstructor,
      Map<Integer, List<String>> lambdasPassed,
      Supplier<Map<Integer, Set<String>>> localTests,
      Supplier<LocalCollections.OfMethod> localCollections) {
    super(cpg);
    this.localCollectionsOfMethod = localCollections;
    this.env = env;
    this.lines = lines;
    this.inConstructor = inConstructor;
    this.lambdasPassed = lambdasPassed;
    this.localTestsOfMethod = localTests;
  }

  @Override
  public Value getDefaultValue() {
    return Value.UNKNOWN;
  }

  @Override
  public void analyzeInstruction(Instruction ins) throws DataflowAnalysisException {
    if (getFrame().isValid()) {
      getFrame().clearTested();
    }
    super.analyzeInstruction(ins);
  }

  private int line() {
    return lines.lineOf(getLocation().getHandle().getPosition());
  }

  private Value pop() {
    try {
      return getFrame().popValue();
    } catch (DataflowAnalysisException e) {
      throw new InvalidBytecodeException("stack underflow", e);
    }
  }

  private Value stackValue(int depth) {
    try {
      return getFrame().getStackValue(depth);
    } catch (DataflowAnalysisException e) {
      throw new InvalidBytecodeException("stack underflow", e);
    }
  }

  // Constants and allocations.

  // A reference is a flag too, true where it holds an object: after {@code a = new A[n]; m = new
  // HashMap<>();} on one path and nothing on the other, {@code a != null} vouches for {@code m}.

  @Override
  public void visitACONST_NULL(ACONST_NULL obj) {
    getFrame().pushValue(NULL_REFERENCE);
  }

  @Override
  public void visitNEW(NEW obj) {
    getFrame().pushValue(TRUE);
  }

  @Override
  public void visitNEWARRAY(NEWARRAY obj) {
    pop();
    getFrame().pushValue(TRUE);
  }

  @Override
  public void visitANEWARRAY(ANEWARRAY obj) {
    pop();
    getFrame().pushValue(TRUE);
  }

  @Override
  public void visitCHECKCAST(CHECKCAST obj) {
    // The value passes through unchanged, with its place.
  }

  // Flags: booleans and ints that a later test can learn from (spec 8, correlated conditions).

  @Override
  public void visitICONST(ICONST obj) {
    int value = obj.getValue().intValue();
    getFrame().pushValue(value == 0 ? FALSE : value == 1 ? TRUE : intConstant(value));
  }

  @Override
  public void visitBIPUSH(BIPUSH obj) {
    getFrame().pushValue(intConstant(obj.getValue().intValue()));
  }

  @Override
  public void visitSIPUSH(SIPUSH obj) {
    getFrame().pushValue(intConstant(obj.getValue().intValue()));
  }

  /** A string or int constant: a {@link Flag.PureTest} may take it as an argument. */
  @Override
  public void visitLDC(LDC obj) {
    handleNormalInstruction(obj);
    Object constant = obj.getValue(getCPG());
    if (constant instanceof String text) {
      getFrame().pushValue(pop().withFlag(new Flag.StringConstant(text)));
    } else if (constant instanceof Integer number) {
      pop();
      getFrame().pushValue(intConstant(number));
    }
  }

  private static Value intConstant(int value) {
    return Value.ofFlag(new Flag.IntConstant(value));
  }

  // A long takes two words of the frame; its flag rides on the upper one, as an int's does on its
  // only word, so that lcmp and the branch after it read long fields and locals as ints.

  @Override
  public void visitLCONST(LCONST obj) {
    handleNormalInstruction(obj);
    pop();
    int value = obj.getValue().intValue();
    getFrame().pushValue(value == 0 ? FALSE : value == 1 ? TRUE : intConstant(value));
  }

  @Override
  public void visitLDC2_W(LDC2_W obj) {
    handleNormalInstruction(obj);
    Integer number = FinalFieldTests.intConstant(obj, getCPG());
    if (number != null) {
      pop();
      getFrame().pushValue(intConstant(number));
    }
  }

  @Override
  public void visitLLOAD(LLOAD obj) {
    handleNormalInstruction(obj);
    pop();
    getFrame().pushValue(Value.ofFlag(new Flag.Local(obj.getIndex())));
  }

  @Override
  public void visitLSTORE(LSTORE obj) {
    int slot = obj.getIndex();
    Value value = stackValue(0);
    handleStoreInstruction(obj);
    assignFlag(new Flag.Local(slot), value);
    answerTestsOfConstant(slot, value);
  }

  @Override
  public void visitLCMP(LCMP obj) {
    Value right = stackValue(0);
    Value left = stackValue(2);
    handleNormalInstruction(obj);
    pop();
    getFrame().pushValue(Value.ofFlag(new Flag.LongComparison(left.flag(), right.flag())));
  }

  /**
   * An int on the stack whose value is known here: a constant, or a field of this object that still
   * holds 0 (policy {@link FreshCounters}).
   */
  private @Nullable Integer knownInt(Value value) {
    Integer constant = constantInt(value);
    if (constant != null) {
      return constant;
    }
    return value.flag() instanceof Flag.IntFieldValue field
            && getFrame().flags().knownValue(field.zero()).orElse(false)
        ? Integer.valueOf(0)
        : null;
  }

  /**
   * A branch on a comparison of two ints that are known here takes one side only (policy {@link
   * FreshCounters}); its test is a constant: whether the branch is taken.
   */
  private void decideComparison(Value left, Value right, IntComparison comparison) {
    Integer zero = constantInt(right);
    if (left.flag() instanceof Flag.LongComparison longs && zero != null && zero == 0) {
      // lcmp's result compared with 0 compares its two longs.
      decideComparison(operand(longs.left()), operand(longs.right()), comparison);
      return;
    }
    if (testResultWhenNull(left, right, comparison)) {
      return;
    }
    if (testBits(left, right, comparison) || testBits(right, left, comparison)) {
      return;
    }
    LocalCollections.LoopTest loop =
        left.flag() instanceof Flag.Local index
                && getFrame().flags().flags().contains(new Flag.Unadvanced(index.slot()))
            ? localCollections().countingLoops().get(getLocation().getHandle().getPosition())
            : null;
    if (loop != null && getFrame().flags().flags().contains(new Flag.Unadvanced(loop.index()))) {
      // Policy CountingLoops: the loop's test, i < bound, tells the bound on its first run.
      LocalCollections.Bound bound = loop.bound();
      Flag atLeastOne =
          new Flag.PureTest(
              bound.slot(),
              bound.isArrayLength() ? CountingLoops.holdsAnElement() : CountingLoops.FIRST_TEST);
      getFrame()
          .setFlagTest(
              new NullFrame.FlagTest(
                  new Flag.LoopEntered(loop.index(), atLeastOne, bound.holdsAnElement()),
                  comparison == IntComparison.LESS));
      return;
    }
    if (!(left.flag() instanceof Flag.IntFieldValue)
        && !(right.flag() instanceof Flag.IntFieldValue)) {
      testThreshold(left, right, comparison);
      return;
    }
    Integer a = knownInt(left);
    Integer b = a == null ? null : knownInt(right);
    if (a != null && b != null) {
      getFrame()
          .setFlagTest(new NullFrame.FlagTest(new Flag.Constant(comparison.holds(a, b)), true));
      return;
    }
    testIntField(left, right, comparison);
  }

  private boolean trueOnlyForNonNullArgument(InvokeInstruction ins) {
    return Type.BOOLEAN.equals(ins.getReturnType(getCPG()))
        && JavaSemantics.trueOnlyForNonNullArgument(
            ins.getMethodName(getCPG()),
            Arrays.stream(ins.getArgumentTypes(getCPG())).map(Type::toString).toList(),
            ins.getOpcode() == Const.INVOKESTATIC);
  }

  private static Value operand(@Nullable Flag flag) {
    return flag == null ? Value.UNKNOWN : Value.ofFlag(flag);
  }

  /**
   * Policy {@link BitFlags}: {@code (flags & MASK) != 0} and the like test a flag of the field;
   * false for another comparison.
   */
  private boolean testBits(Value masked, Value constant, IntComparison comparison) {
    Integer compared = constantInt(constant);
    if (!(masked.flag() instanceof Flag.Bits bits) || compared == null) {
      return false;
    }
    Long mask = bits.maskKept();
    Boolean whereHolds = mask == null ? null : BitFlags.flagWhereHolds(comparison, mask, compared);
    if (mask == null || whereHolds == null) {
      return false;
    }
    testField(bits.field(), BitFlags.test(mask), whereHolds);
    return true;
  }

  /**
   * Policy {@link ResultsWhenNull}: {@code size() == 0} where {@code size()} returns 0 wherever the
   * map is null: the branch that 0 cannot take knows the map is not null. False for another
   * comparison.
   */
  private boolean testResultWhenNull(Value left, Value right, IntComparison comparison) {
    boolean constantOnLeft = right.flag() instanceof Flag.ResultNotWhenNull;
    Value result = constantOnLeft ? right : left;
    Integer constant = constantInt(constantOnLeft ? left : right);
    if (!(result.flag() instanceof Flag.ResultNotWhenNull flag) || constant == null) {
      return false;
    }
    boolean branch =
        ResultsWhenNull.branchWhereNonNull(comparison, flag.whenNull(), constant, constantOnLeft);
    getFrame().setFlagTest(new NullFrame.FlagTest(flag, branch));
    return true;
  }

  /**
   * A comparison of an int field of this object with a constant: of a counter, a test of its zero
   * flag (policy {@link Counters}); of a final field, a flag of the class's (policy {@link
   * ConstantTests}), which its promises may carry across methods.
   */
  private void testIntField(Value left, Value right, IntComparison comparison) {
    boolean constantOnLeft = !(left.flag() instanceof Flag.IntFieldValue);
    Value variable = constantOnLeft ? right : left;
    Integer constant = constantOnLeft ? constantInt(left) : constantInt(right);
    if (!(variable.flag() instanceof Flag.IntFieldValue field) || constant == null) {
      return;
    }
    String tested = comparison.flagTested(constant, constantOnLeft);
    boolean stateTest = env.testsOfFinalField(field.field().name()).contains(tested);
    if ((env.counterFields().contains(field.field().name()) && !stateTest)
        || FinalFieldTests.isTestFlag(field.field())) {
      // Policy Counters: a test of whether a counter is 0 tests its flag; policy
      // CollectionEmptiness: so does a test of whether a followed collection's size is 0.
      NullFrame.FlagTest test =
          NullFrame.FlagTest.ofBranches(
              field.zero(),
              Counters.branches(
                  comparison,
                  constant,
                  constantOnLeft,
                  env.decreasingCounters().contains(field.field().name())),
              true);
      if (test != null) {
        getFrame().setFlagTest(test);
      }
      return;
    }
    // A state field's test, or a counter's test of something other than whether it is 0 (policy
    // ConstantTests.followsTestOf).
    testField(field.field(), tested, comparison.flagWhereHolds(constantOnLeft));
  }

  /** A test of a final field of this object: its flag, if the class makes this test. */
  private void testField(Flag.Field field, String test, boolean whereHolds) {
    if ((!field.isStatic() || env.isStateField(field.name()))
        && env.className().equals(field.className())
        && env.testsOfFinalField(field.name()).contains(test)) {
      getFrame()
          .setFlagTest(
              new NullFrame.FlagTest(
                  FinalFieldTests.flagOf(field.className(), field.name(), test), whereHolds));
    }
  }

  /**
   * Spec 8: a comparison of an int local with a constant tests a flag of the local's that the next
   * such comparison shares ({@link IntComparison#flagTested}), until the local is assigned.
   */
  private void testThreshold(Value left, Value right, IntComparison comparison) {
    if (left.flag() instanceof Flag.SizeOf || right.flag() instanceof Flag.SizeOf) {
      testSize(left, right, comparison);
      return;
    }
    boolean constantOnLeft =
        !(left.flag() instanceof Flag.Local) && !(left.flag() instanceof Flag.ArrayLength);
    Value variable = constantOnLeft ? right : left;
    Integer constant = constantOnLeft ? constantInt(left) : constantInt(right);
    if (constant == null) {
      return;
    }
    String test = comparison.flagTested(constant, constantOnLeft);
    boolean whereHolds = comparison.flagWhereHolds(constantOnLeft);
    Flag.PureTest flag = null;
    if (variable.flag() instanceof Flag.Local local) {
      flag = new Flag.PureTest(local.slot(), test);
    } else if (variable.flag() instanceof Flag.ArrayLength length) {
      // An array's length never changes: a test of it is a test of the local; a length is never
      // negative, so every test of whether it is 0 is one flag (policy CountingLoops).
      Boolean whereZero = Counters.holdsWhereZero(comparison, constant, constantOnLeft);
      flag =
          new Flag.PureTest(
              length.slot(),
              whereZero != null ? CountingLoops.holdsAnElement() : ConstantTests.ofLength(test));
      whereHolds = whereZero != null ? !whereZero : whereHolds;
    }
    if (flag != null) {
      getFrame().setFlagTest(new NullFrame.FlagTest(flag, whereHolds));
    }
  }

  /**
   * Policy {@code CollectionEmptiness}: a comparison of a followed local collection's size with a
   * constant that asks whether it is 0 tests its emptiness.
   */
  private void testSize(Value left, Value right, IntComparison comparison) {
    boolean constantOnLeft = !(left.flag() instanceof Flag.SizeOf);
    Integer constant = constantOnLeft ? constantInt(left) : constantInt(right);
    Flag size = (constantOnLeft ? right : left).flag();
    Boolean whereZero =
        constant == null ? null : Counters.holdsWhereZero(comparison, constant, constantOnLeft);
    if (size instanceof Flag.SizeOf sizeOf && whereZero != null) {
      getFrame().setFlagTest(new NullFrame.FlagTest(sizeOf.emptiness(), whereZero));
    }
  }

  @Override
  public void visitIREM(IREM obj) {
    Value dividend = stackValue(1);
    handleNormalInstruction(obj);
    if (dividend.flag() instanceof Flag.Local index
        && localCollections().isCountingIndex(index.slot())) {
      pop();
      getFrame().pushValue(Value.ofFlag(new Flag.RemainderOf(index.slot())));
    }
  }

  @Override
  public void visitARRAYLENGTH(ARRAYLENGTH obj) {
    Value array = stackValue(0);
    handleNormalInstruction(obj);
    if (array.flag() instanceof Flag.Local local) {
      pop();
      getFrame().pushValue(Value.ofFlag(new Flag.ArrayLength(local.slot())));
    } else if (array.flag() instanceof Flag.Field field
        && !field.isStatic()
        && env.className().equals(field.className())
        && env.testsOfFinalField(field.name()).contains(ConstantTests.EMPTY_ARRAY)) {
      // Policy ConstantTests: a final array field's length is 0 or not for good.
      pop();
      getFrame()
          .pushValue(
              Value.ofFlag(
                  Flag.IntFieldValue.of(
                      FinalFieldTests.flagOf(
                          field.className(), field.name(), ConstantTests.EMPTY_ARRAY))));
    }
  }

  @Override
  public void visitIAND(IAND obj) {
    bitwise(obj, BitFlags.Update::and);
  }

  @Override
  public void visitIOR(IOR obj) {
    bitwise(obj, BitFlags.Update::or);
  }

  @Override
  public void visitIXOR(IXOR obj) {
    bitwise(obj, BitFlags.Update::xor);
  }

  /**
   * Policy {@link BitFlags}: an int field of this object combined with a constant (or with either
   * of two constants, {@code flags ^ (focused ? 0 : FOCUSED)}) is a value made from its bits.
   */
  private void bitwise(Instruction obj, BiFunction<BitFlags.Update, Long, BitFlags.Update> op) {
    Value right = stackValue(0);
    Value left = stackValue(1);
    List<Long> masks = constantsOf(right);
    Value operand = left;
    if (masks.isEmpty()) {
      masks = constantsOf(left);
      operand = right;
    }
    Flag.Bits bits = bitsOf(operand);
    handleNormalInstruction(obj);
    if (bits == null || masks.isEmpty()) {
      return;
    }
    BitFlags.Update result = op.apply(bits.update(), masks.get(0));
    for (long mask : masks.subList(1, masks.size())) {
      result = result.or(op.apply(bits.update(), mask));
    }
    pop();
    getFrame().pushValue(Value.ofFlag(new Flag.Bits(bits.field(), result)));
  }

  /** The int constants a stack value may be: one, or either of two a conditional pushed. */
  private static List<Long> constantsOf(Value value) {
    Integer constant = constantInt(value);
    if (constant != null) {
      return List.of((long) constant);
    }
    return value.flag() instanceof Flag.EitherInt either
        ? List.of((long) either.first(), (long) either.second())
        : List.of();
  }

  /** The value as bits of an int field of this object's current value, or null. */
  private static Flag.@Nullable Bits bitsOf(Value value) {
    if (value.flag() instanceof Flag.Bits bits) {
      return bits;
    }
    return value.flag() instanceof Flag.IntFieldValue read && read.zero().equals(read.field())
        ? new Flag.Bits(read.field(), BitFlags.Update.unchanged())
        : null;
  }

  /** An int constant on the stack, or null. */
  private static @Nullable Integer constantInt(Value value) {
    return value.intConstant();
  }

  @Override
  public void visitIFLT(IFLT obj) {
    decideComparison(pop(), FALSE, IntComparison.LESS);
  }

  @Override
  public void visitIFGE(IFGE obj) {
    decideComparison(pop(), FALSE, IntComparison.GREATER_OR_EQUAL);
  }

  @Override
  public void visitIFGT(IFGT obj) {
    decideComparison(pop(), FALSE, IntComparison.GREATER);
  }

  @Override
  public void visitIFLE(IFLE obj) {
    decideComparison(pop(), FALSE, IntComparison.LESS_OR_EQUAL);
  }

  @Override
  public void visitIF_ICMPLT(IF_ICMPLT obj) {
    Value right = pop();
    decideComparison(pop(), right, IntComparison.LESS);
  }

  @Override
  public void visitIF_ICMPGE(IF_ICMPGE obj) {
    Value right = pop();
    decideComparison(pop(), right, IntComparison.GREATER_OR_EQUAL);
  }

  @Override
  public void visitIF_ICMPGT(IF_ICMPGT obj) {
    Value right = pop();
    decideComparison(pop(), right, IntComparison.GREATER);
  }

  @Override
  public void visitIF_ICMPLE(IF_ICMPLE obj) {
    Value right = pop();
    decideComparison(pop(), right, IntComparison.LESS_OR_EQUAL);
  }

  @Override
  public void visitILOAD(ILOAD obj) {
    getFrame().pushValue(Value.ofFlag(new Flag.Local(obj.getIndex())));
  }

  @Override
  public void visitISTORE(ISTORE obj) {
    int slot = obj.getIndex();
    getFrame().forgetReceiverSlot(slot);
    getFrame().placeReassigned(new Place.KnownReference(slot));
    getFrame().setFlags(getFrame().flags().forgetFlags(f -> testsLocal(f, slot)));
    Value value = pop();
    assignFlag(new Flag.Local(slot), value);
    answerTestsOfConstant(slot, value);
    getFrame().setValue(slot, Value.UNKNOWN);
    Integer number = constantInt(value);
    Flag.Unadvanced unadvanced = new Flag.Unadvanced(slot);
    // The method's loops are read only once it stores a 0, or into a followed index.
    if (((number != null && number == 0) || getFrame().flags().flags().contains(unadvanced))
        && localCollections().isCountingIndex(slot)) {
      // Policy CountingLoops: unadvanced from its assignment of 0 to its next assignment.
      getFrame()
          .setFlags(
              getFrame()
                  .flags()
                  .assignConstant(
                      unadvanced, number != null && number == 0, getFrame().nonNullPlaces()));
    }
  }

  /** The method's comparisons of each local with constants, by slot; read once, when asked. */
  private Map<Integer, Set<String>> localTests() {
    if (localTests == null) {
      localTests = localTestsOfMethod.get();
    }
    return localTests;
  }

  /** The flags of the tests of the local in {@code slot}, by test (see {@link #testFamily}). */
  private Map<String, Flag> localTestFamily(int slot, FlagFacts<Flag, Place> facts) {
    Set<String> tests = new HashSet<>(localTests().getOrDefault(slot, Set.of()));
    env.finalFieldTests().values().forEach(tests::addAll);
    for (Flag known : facts.flags()) {
      if (known instanceof Flag.PureTest other && other.slot() == slot) {
        tests.add(other.test());
      }
    }
    Map<String, Flag> family = new HashMap<>();
    tests.forEach(name -> family.put(name, new Flag.PureTest(slot, name)));
    return family;
  }

  /**
   * A bare branch on an int local ({@code iload; ifne}, javac's {@code n == 0}) tests the same as
   * its comparison with 0 (policy {@link ConstantTests}): on {@code frame}, where the local is
   * {@code nonZero}, the local's test {@code == 0} has the other answer, and the answers it implies
   * for the local's other tests and the final fields the local was stored into hold too. False
   * where they cannot.
   */
  boolean answerZeroTest(NullFrame frame, int slot, boolean nonZero) {
    Map<String, Flag> family = localTestFamily(slot, frame.flags());
    Flag zero = family.get(IntComparison.EQUAL.flagTested(0, false));
    return zero == null || (frame.assumeFlag(zero, !nonZero) && ImpliedTests.answer(frame, family));
  }

  /**
   * The flags of the tests against constants of the variable that {@code flag} tests, by test: a
   * local's comparisons in this method, with the tests of the class's final fields it may be stored
   * into; a final field's tests in the class, with those the frame knows (a floor that {@code
   * Math.max} set). Empty for another flag.
   */
  Map<String, Flag> testFamily(Flag flag, FlagFacts<Flag, Place> facts) {
    if (flag instanceof Flag.PureTest test) {
      return localTestFamily(test.slot(), facts);
    }
    Map<String, Flag> family = new HashMap<>();
    if (flag instanceof Flag.Field field && FinalFieldTests.isTestFlag(field)) {
      String name = FinalFieldTests.testedField(field);
      for (String test : env.testsOfFinalField(name)) {
        family.put(test, FinalFieldTests.flagOf(field.className(), name, test));
      }
      for (Flag known : facts.flags()) {
        if (known instanceof Flag.Field other
            && FinalFieldTests.isTestFlag(other)
            && other.className().equals(field.className())
            && FinalFieldTests.testedField(other).equals(name)) {
          family.put(FinalFieldTests.testOf(other), other);
        }
      }
    }
    return family;
  }

  /**
   * Policy {@link ConstantTests}: a local assigned a constant ({@code phase = HEADERS}, {@code
   * state = State.SECTION}) answers each comparison of it with a constant that the method makes,
   * until it is assigned again; the answers vouch for what is non-null here, as a flag's value
   * does.
   */
  private void answerTestsOfConstant(int slot, Value value) {
    Set<String> tests = localTests().get(slot);
    if (tests == null) {
      return;
    }
    for (String test : tests) {
      Boolean answer = answerOfConstant(test, value);
      if (answer != null) {
        getFrame()
            .setFlags(
                getFrame()
                    .flags()
                    .assignConstant(
                        new Flag.PureTest(slot, test), answer, getFrame().nonNullPlaces()));
      }
    }
  }

  /**
   * The answer of {@code test} for a variable assigned {@code value} when it is a constant: an int
   * constant, an enum constant, or null (policy {@link ConstantTests#answerFor}); null otherwise.
   */
  private static @Nullable Boolean answerOfConstant(String test, Value value) {
    if (value.flag() instanceof Flag.NamedConstant constant) {
      return ConstantTests.answerFor(test, constant.name());
    }
    Integer number = constantInt(value);
    if (number == null) {
      return null;
    }
    // The constant false that aconst_null pushes is a null reference too.
    return number == 0
        ? ConstantTests.answerForDefault(test)
        : ConstantTests.answerFor(test, number);
  }

  @Override
  public void visitIINC(IINC obj) {
    int slot = obj.getIndex();
    getFrame()
        .setFlags(
            getFrame().flags().forget(new Flag.Local(slot)).forgetFlags(f -> testsLocal(f, slot)));
    if (getFrame().flags().flags().contains(new Flag.Unadvanced(slot))
        && localCollections().isCountingIndex(slot)) {
      getFrame()
          .setFlags(
              getFrame()
                  .flags()
                  .assignConstant(new Flag.Unadvanced(slot), false, getFrame().nonNullPlaces()));
    }
  }

  /** Any other store (long, float, double) reuses the slot: the flag that was there is gone. */
  @Override
  public void handleStoreInstruction(StoreInstruction obj) {
    int slot = obj.getIndex();
    getFrame()
        .setFlags(
            getFrame()
                .flags()
                .forget(new Flag.Local(slot))
                .forget(new Flag.Local(slot + 1))
                .forget(new Flag.Unadvanced(slot))
                .forget(new Flag.Unadvanced(slot + 1))
                .forgetFlags(f -> testsLocal(f, slot) || testsLocal(f, slot + 1)));
    super.handleStoreInstruction(obj);
  }

  /** Whether {@code flag} is a {@link Flag.PureTest} of the local in {@code slot}. */
  private static boolean testsLocal(Flag flag, int slot) {
    return flag instanceof Flag.PureTest test && test.slot() == slot;
  }

  /**
   * SpotBugs' CFG builder rewrites javac's {@code x != null ? 1 : 0} (how {@code known = x != null}
   * compiles) into one instruction: the boolean it pushes is a flag whose value says which side of
   * the null test holds.
   */
  @Override
  public void visitNONNULL2Z(NONNULL2Z obj) {
    pushNullTestResult(true);
  }

  @Override
  public void visitNULL2Z(NULL2Z obj) {
    pushNullTestResult(false);
  }

  private void pushNullTestResult(boolean trueWhenNonNull) {
    pushTestResult(pop(), trueWhenNonNull, true);
  }

  /** The tracked instance field of the analysed class named {@code name}, or null. */
  private @Nullable FieldKey trackedInstanceField(String name) {
    for (FieldKey field : env.trackedInstanceFields()) {
      if (field.name().equals(name)) {
        return field;
      }
    }
    return null;
  }

  /**
   * Pushes a boolean that tests {@code tested} for null, as a flag: where it is {@code
   * resultWhenNonNull} the value is not null; where it is the other value the value is null if the
   * test is {@code exact} ({@code x != null}), or may be anything ({@code isEmpty(x)} is also true
   * for an empty map).
   */
  private void pushTestResult(Value tested, boolean resultWhenNonNull, boolean exact) {
    NullFrame frame = getFrame();
    if (!exact
        && resultWhenNonNull
        && tested.place() == null
        && tested.alias() == null
        && tested.flag() != null
        && tested.flag().isVariable()) {
      // A reference flag that only a true result shows non-null (`source.equals(cached)`): as an
      // instanceof, only the branch where the result is true learns it (see testInstance).
      frame.pushValue(
          new Value(
              Nullness.NONNULL, Value.Role.INSTANCE_TEST, null, null, null, null, tested.flag()));
      return;
    }
    pushTestResult(
        tested,
        resultWhenNonNull,
        exact,
        new Flag.StackSlot(frame.getNumLocals() + frame.getStackDepth()));
  }

  private void pushTestResult(Value tested, boolean resultWhenNonNull, boolean exact, Flag result) {
    NullFrame frame = getFrame();
    FlagFacts<Flag, Place> facts = null;
    Set<Place> nonNullOnFirstSide = Set.of();
    for (boolean value : new boolean[] {resultWhenNonNull, !resultWhenNonNull}) {
      NullFrame side = new NullFrame(frame.getNumLocals());
      side.copyFrom(frame);
      boolean learns = value == resultWhenNonNull || exact;
      boolean nullSide = value != resultWhenNonNull;
      if (learns
          && (!side.refineOnTest(tested, nullSide)
              || (tested.flag() != null
                  && tested.flag().isVariable()
                  && !side.assumeFlag(tested.flag(), !nullSide)))) {
        continue;
      }
      Set<Place> nonNull = side.nonNullPlaces();
      FlagFacts<Flag, Place> sideFacts = side.flags().assignConstant(result, value, nonNull);
      if (facts == null) {
        facts = sideFacts;
        nonNullOnFirstSide = nonNull;
      } else {
        facts = facts.join(sideFacts, nonNullOnFirstSide, nonNull);
      }
    }
    if (facts != null) {
      frame.setFlags(facts);
    }
    frame.pushValue(Value.ofFlag(result));
  }

  /**
   * Spec 8, correlated conditions: {@code m = collect ? new HashMap<>() : null} holds an object
   * where {@code collect} holds, as {@code if (collect) m = new HashMap<>();} does. What the paths
   * that met said of the stored stack value moves to the variable or field {@code stored}.
   */
  private void moveChosenValue(Value value, Place stored) {
    if (value.flag() instanceof Flag.StackSlot chosen) {
      getFrame()
          .setFlags(getFrame().flags().placeRenamed(new Place.ChosenValue(chosen.slot()), stored));
    }
  }

  /**
   * A field whose tests against constants are flags gets its value: {@code this.mode = mode} makes
   * each test of the field say what the same test of the local says, a constant answers each
   * ({@code link = Link.CONNECTED}), and any other value leaves the tests unknown. An answer that
   * stays as it was keeps what it vouched for.
   */
  /**
   * What is known here of the tests of {@code field}, an int field of this object, by test; of a
   * counter, what its flag says too ({@link Counters#answersOfFlag}).
   */
  private Map<String, Boolean> testAnswers(Flag.Field field) {
    FlagFacts<Flag, Place> flags = getFrame().flags();
    Map<String, Boolean> known = new HashMap<>();
    if (env.counterFields().contains(field.name())) {
      known.putAll(
          Counters.answersOfFlag(
              flags.knownValue(field), env.decreasingCounters().contains(field.name())));
    }
    for (String test : env.testsOfFinalField(field.name())) {
      flags
          .knownValue(FinalFieldTests.flagOf(field.className(), field.name(), test))
          .ifPresent(answer -> known.put(test, answer));
    }
    return known;
  }

  /**
   * Policy {@link ConstantTests#answersAfterAdding}: {@code size++} (or {@code --size}, {@code size
   * += c}) answers each test of the field with the answer that the test shifted by the constant had
   * before ({@code answersBefore}); the rest are unknown. An answer that stays as it was keeps what
   * it vouched for.
   */
  private void addToTestedField(Flag.Field field, int added, Map<String, Boolean> answersBefore) {
    Set<String> tests = env.testsOfFinalField(field.name());
    Map<String, Boolean> after = ConstantTests.answersAfterAdding(answersBefore, added, tests);
    Flag.Field any = null;
    for (String test : tests) {
      Flag.Field flag = FinalFieldTests.flagOf(field.className(), field.name(), test);
      if (env.isStateField(field.name())) {
        // Policy ConstantTests.followsStateField: callers forget the tests across this method.
        assignedFlags.add(flag.name());
      }
      Boolean answer = after.get(test);
      FlagFacts<Flag, Place> flags = getFrame().flags();
      getFrame()
          .setFlags(
              answer == null
                  ? flags.forget(flag)
                  : flags.reassignConstant(flag, answer, getFrame().nonNullPlaces()));
      any = flag;
    }
    if (any != null) {
      ImpliedTests.answer(getFrame(), testFamily(any, getFrame().flags()));
    }
  }

  private void assignTestedField(Flag.Field field, Value value) {
    if ((field.isStatic() && !env.isStateField(field.name()))
        || !env.className().equals(field.className())) {
      return;
    }
    if (value.flag() instanceof Flag.Local local) {
      // The local's answers to the field's tests, as far as its own tests tell them.
      ImpliedTests.answer(getFrame(), localTestFamily(local.slot(), getFrame().flags()));
    }
    Set<String> tests = env.testsOfFinalField(field.name());
    // Every store of an int field of this object comes here: ask about its state only if tested.
    boolean stateField = !tests.isEmpty() && env.isStateField(field.name());
    for (String test : tests) {
      Flag.Field flag = FinalFieldTests.flagOf(field.className(), field.name(), test);
      FlagFacts<Flag, Place> flags = getFrame().flags();
      Long mask = BitFlags.maskOf(test);
      if (mask != null && !(value.flag() instanceof Flag.Local)) {
        if (stateField) {
          assignedFlags.add(flag.name());
        }
        Flag.Bits bits = bitsOf(value);
        Integer constant = constantInt(value);
        BitFlags.Update update =
            bits != null && bits.field().equals(field)
                ? bits.update()
                : constant != null
                    ? BitFlags.Update.constant(constant)
                    : BitFlags.Update.anything();
        switch (update.answer(mask)) {
          case SET ->
              getFrame().setFlags(flags.reassignConstant(flag, true, getFrame().nonNullPlaces()));
          case CLEAR ->
              getFrame().setFlags(flags.reassignConstant(flag, false, getFrame().nonNullPlaces()));
          case UNKNOWN -> getFrame().setFlags(flags.forget(flag));
          case UNCHANGED -> {
            // Its bits are as they were, and so is what the flag vouches for.
          }
        }
        continue;
      }
      // A new atomic holder is an object, which no constant names: its initial value answers.
      Boolean answer =
          newAtomicHolder(getLocation().getHandle()) != null
              ? newAtomicStateAnswer(test, getLocation().getHandle())
              : answerOfConstant(test, value);
      if (stateField) {
        // Policy ConstantTests.followsStateField: callers forget the tests of a state field across
        // this method, and its exits are checked to keep the promises resting on them.
        assignedFlags.add(flag.name());
      }
      getFrame()
          .setFlags(
              value.flag() instanceof Flag.Local local
                  ? flags.assignCopy(flag, new Flag.PureTest(local.slot(), test))
                  : answer != null
                      ? flags.reassignConstant(flag, answer, getFrame().nonNullPlaces())
                      : flags.forget(flag));
    }
    Integer floor = env.testsOfFinalField(field.name()).isEmpty() ? null : floorStored();
    if (floor != null) {
      // Math.max(0, n): the field is at least the constant, whichever value n has.
      Flag.Field atLeast =
          FinalFieldTests.flagOf(
              field.className(),
              field.name(),
              IntComparison.GREATER_OR_EQUAL.flagTested(floor, false));
      getFrame()
          .setFlags(getFrame().flags().assignConstant(atLeast, true, getFrame().nonNullPlaces()));
      ImpliedTests.answer(getFrame(), testFamily(atLeast, getFrame().flags()));
    }
    Boolean initial =
        env.testsOfFinalField(field.name()).contains(AtomicFlags.TEST)
            ? newAtomicBooleanValue(getLocation().getHandle())
            : null;
    if (initial != null) {
      Flag.Field flag = FinalFieldTests.flagOf(field.className(), field.name(), AtomicFlags.TEST);
      getFrame()
          .setFlags(getFrame().flags().assignConstant(flag, initial, getFrame().nonNullPlaces()));
    }
    Flag.Field flag =
        FinalFieldTests.flagOf(field.className(), field.name(), CollectionEmptiness.TEST);
    if (env.testsOfFinalField(field.name()).contains(CollectionEmptiness.TEST)
        && env.flagCandidates().flags().contains(flag)) {
      // Policy CollectionEmptiness: the class assigns it only new, empty collections.
      assignedFlags.add(flag.name());
      getFrame()
          .setFlags(getFrame().flags().assignConstant(flag, true, getFrame().nonNullPlaces()));
    }
  }

  /**
   * The constant that the value stored here never is below: {@code Math.max(0, n)} (policy {@link
   * ConstantTests#neverBelowArguments}), with the constant pushed last, or first before a single
   * load; null for another value.
   */
  private @Nullable Integer floorStored() {
    InstructionHandle call = getLocation().getHandle().getPrev();
    if (call == null
        || !(call.getInstruction() instanceof INVOKESTATIC max)
        || !"(II)I".equals(max.getSignature(getCPG()))
        || !ConstantTests.neverBelowArguments(
            max.getClassName(getCPG()), max.getMethodName(getCPG()))) {
      return null;
    }
    InstructionHandle second = call.getPrev();
    Integer last =
        second == null ? null : FinalFieldTests.intConstant(second.getInstruction(), getCPG());
    if (last != null) {
      return last;
    }
    InstructionHandle first = second == null ? null : second.getPrev();
    return first != null
            && (second.getInstruction() instanceof ILOAD
                || second.getInstruction() instanceof GETFIELD)
        ? FinalFieldTests.intConstant(first.getInstruction(), getCPG())
        : null;
  }

  /**
   * The value of the {@code AtomicBoolean} that the store at {@code store} assigns, when it is made
   * just before it: {@code new AtomicBoolean()} holds false, {@code new AtomicBoolean(true)} true.
   */
  private @Nullable Boolean newAtomicBooleanValue(InstructionHandle store) {
    InstructionHandle made = store.getPrev();
    if (made == null
        || !(made.getInstruction() instanceof INVOKESPECIAL constructor)
        || !AtomicFlags.TYPE.equals(constructor.getClassName(getCPG()))) {
      return null;
    }
    if ("()V".equals(constructor.getSignature(getCPG()))) {
      return Boolean.FALSE;
    }
    InstructionHandle argument = made.getPrev();
    Integer value =
        argument == null ? null : FinalFieldTests.intConstant(argument.getInstruction(), getCPG());
    return "(Z)V".equals(constructor.getSignature(getCPG())) && value != null ? value != 0 : null;
  }

  /**
   * Policy {@link AtomicStates}: the answer of {@code test} for the value that the atomic holder
   * stored at {@code store} was made with ({@code new AtomicReference<>(Phase.IDLE)}, {@code new
   * AtomicInteger()}); null if the store is of no new holder, or its value is no constant.
   */
  private @Nullable Boolean newAtomicStateAnswer(String test, InstructionHandle store) {
    INVOKESPECIAL constructor = newAtomicHolder(store);
    InstructionHandle made = store.getPrev();
    if (constructor == null || made == null) {
      return null;
    }
    if (constructor.getArgumentTypes(getCPG()).length == 0) {
      return ConstantTests.answerForDefault(test);
    }
    Instruction argument = made.getPrev() == null ? null : made.getPrev().getInstruction();
    if (constructor.getArgumentTypes(getCPG()).length != 1 || argument == null) {
      return null;
    }
    if (argument instanceof ACONST_NULL) {
      return ConstantTests.answerForDefault(test);
    }
    String named =
        argument instanceof GETSTATIC read ? FinalFieldTests.namedConstant(read, getCPG()) : null;
    if (named != null) {
      return ConstantTests.answerFor(test, named);
    }
    Integer number = FinalFieldTests.intConstant(argument, getCPG());
    return number == null ? null : ConstantTests.answerFor(test, number);
  }

  /**
   * The constructor call of the atomic holder ({@link AtomicStates}) that the store at {@code
   * store} stores, made right before it; null for any other store.
   */
  private @Nullable INVOKESPECIAL newAtomicHolder(InstructionHandle store) {
    InstructionHandle made = store.getPrev();
    return made != null
            && made.getInstruction() instanceof INVOKESPECIAL constructor
            && AtomicStates.holdsState(constructor.getClassName(getCPG()))
        ? constructor
        : null;
  }

  /** {@code flag = value}: a constant, another flag's value, or something nothing here can name. */
  private void assignFlag(Flag flag, Value value) {
    NullFrame frame = getFrame();
    if (flag instanceof Flag.Field field) {
      assignedFlags.add(field.name());
      if (!field.isStatic()) {
        keepOldValue(field);
      }
    }
    Flag source = value.flag();
    if (source instanceof Flag.Constant constant) {
      frame.setFlags(frame.flags().assignConstant(flag, constant.value(), frame.nonNullPlaces()));
    } else if (source instanceof Flag.StringConstant) {
      // A string literal is an object, as what `new` makes is (policy ReferenceValue.OBJECT).
      frame.setFlags(frame.flags().assignConstant(flag, true, frame.nonNullPlaces()));
    } else if (frame.isPresumedObject(source)) {
      frame.setFlags(frame.flags().assignPresumed(flag, true, frame.nonNullPlaces()));
      if (source != null && source.isVariable()) {
        // The two hold the same reference until one is assigned again: {@code this.journal =
        // journal; if (journal != null)} tells the field too.
        frame.setFlags(frame.flags().relate(flag, source, true));
      }
    } else if (source != null && source.isVariable()) {
      frame.setFlags(frame.flags().assignCopy(flag, source));
    } else {
      frame.setFlags(frame.flags().forget(flag));
    }
    frame.setFlags(
        frame
            .flags()
            .forgetFlags(f -> f instanceof Flag.StackSlot)
            .forgetPlaces(place -> place instanceof Place.ChosenValue));
  }

  /**
   * A boolean field of this object, or a static one, or an untracked reference field of this object
   * (the caller has found it untracked): a flag (null for anything else).
   */
  private Flag.@Nullable Field fieldFlag(FieldInstruction ins, @Nullable Value receiver) {
    String signature = ins.getSignature(getCPG());
    boolean isBoolean = "Z".equals(signature);
    boolean isReference = signature.startsWith("L") || signature.startsWith("[");
    if (!isBoolean && !(isReference && receiver != null)) {
      return null;
    }
    if (receiver != null && receiver.role() != Value.Role.THIS) {
      return null;
    }
    return new Flag.Field(ins.getClassName(getCPG()), ins.getFieldName(getCPG()), receiver == null);
  }

  // Locals.

  @Override
  public void visitALOAD(ALOAD obj) {
    int slot = obj.getIndex();
    Value value = getFrame().getValue(slot);
    getFrame()
        .pushValue(
            value.role() == Value.Role.PLAIN
                ? value.withPlace(new Place.LocalPlace(slot)).withFlag(new Flag.Local(slot))
                : value);
  }

  @Override
  public void visitASTORE(ASTORE obj) {
    int slot = obj.getIndex();
    Value value = pop();
    getFrame().forgetReceiverSlot(slot);
    getFrame().placeReassigned(new Place.LocalPlace(slot));
    getFrame().placeReassigned(new Place.KnownReference(slot));
    if (value.place() instanceof Place.FieldPlace) {
      // A local alias of a field starts with the field's state (spec 3).
      Place.FieldPlace field = (Place.FieldPlace) value.place();
      PlaceState state = getFrame().state(field);
      getFrame()
          .setValue(slot, new Value(state.bits(), value.role(), null, field, state.cause(), field));
      getFrame().setFlags(getFrame().flags().forget(new Flag.Local(slot)));
      InstructionHandle next = getLocation().getHandle().getNext();
      if (getFrame().getStackDepth() > 0
          && value.equals(stackValue(0))
          && next != null
          && (next.getInstruction().getOpcode() == Const.IFNULL
              || next.getInstruction().getOpcode() == Const.IFNONNULL)) {
        // A copy left on the stack and tested ({@code (a = attrs) == null}: dup, store, ifnull)
        // is the local's value now: the test is a test of the local.
        pop();
        getFrame()
            .pushValue(
                getFrame()
                    .getValue(slot)
                    .withPlace(new Place.LocalPlace(slot))
                    .withFlag(new Flag.Local(slot)));
      }
      return;
    }
    NullCause cause = null;
    if ((value.bits() & Nullness.NULL) != 0) {
      // A copy of another local keeps that local's assignment; anything else is assigned here.
      cause =
          value.place() instanceof Place.LocalPlace && value.cause() != null
              ? value.cause()
              : new NullCause.AssignedNull(line(), !Nullness.mayBeNonNull(value.bits()));
    }
    // A collection's element is followed only where a loop or a call takes it straight from the
    // expression that makes it, as in Error Prone; an iterator stored for a loop is followed.
    Value.Role role =
        value.role() == Value.Role.NON_EMPTY || value.role() == Value.Role.UNADVANCED_ITERATOR
            ? Value.Role.PLAIN
            : value.role();
    // An iterator of an empty view keeps the field that empties it (policy EmptyViews).
    Flag kept = value.flag() instanceof Flag.EmptyWhereNull viewed ? viewed : null;
    getFrame()
        .setValue(
            slot, new Value(value.bits(), role, null, value.alias(), cause, value.source(), kept));
    moveChosenValue(value, new Place.LocalPlace(slot));
    // After the store: what the flag vouches for is what is non-null with its new value.
    assignFlag(new Flag.Local(slot), value);
    getFrame().setFlags(getFrame().flags().forgetFlags(f -> testsLocal(f, slot)));
    answerTestsOfConstant(slot, value);
    if (env.storesNewEmptyCollection(getLocation().getHandle(), getCPG())
        && localCollections().slots().contains(slot)) {
      // Policy CollectionEmptiness: a new collection is empty.
      getFrame()
          .setFlags(
              getFrame()
                  .flags()
                  .assignConstant(
                      new Flag.PureTest(slot, CollectionEmptiness.TEST),
                      true,
                      getFrame().nonNullPlaces()));
    }

    Flag.Unadvanced unadvanced = new Flag.Unadvanced(slot);
    getFrame()
        .setFlags(
            value.role() == Value.Role.UNADVANCED_ITERATOR
                ? getFrame().flags().assignConstant(unadvanced, true, getFrame().nonNullPlaces())
                : getFrame().flags().forget(unadvanced));
  }

  // Fields.

  @Override
  public void visitGETFIELD(GETFIELD obj) {
    Value receiver = stackValue(0);
    if (env.isOuterInstanceField(obj, getCPG()) && receiver.role() == Value.Role.THIS) {
      pop();
      getFrame().pushValue(Value.OUTER_INSTANCE);
      return;
    }
    FieldKey field = env.trackedField(obj, getCPG());
    Flag.Field counter = counterField(obj, receiver);
    if (counter != null) {
      handleNormalInstruction(obj);
      pop();
      getFrame().pushValue(Value.ofFlag(Flag.IntFieldValue.of(counter)));
      return;
    }
    if (field == null) {
      Flag.Field flag = fieldFlag(obj, receiver);
      handleNormalInstruction(obj);
      if (flag != null) {
        Value read = pop();
        getFrame()
            .pushValue(
                "Z".equals(obj.getSignature(getCPG())) ? Value.ofFlag(flag) : read.withFlag(flag));
      }
      return;
    }
    if (receiver.role() == Value.Role.PLAIN
        && receiver.place() == null
        && receiver.flag() == Flag.PRESUMED_OBJECT) {
      // Spec 6: the field of an object that a call returned (`root().index`) is no place the
      // analysis follows, as in Error Prone (TrackedPlaces.heldObject): which object it is, and
      // what its state is, the call alone knows.
      handleNormalInstruction(obj);
      return;
    }
    pop();
    pushFieldRead(field, receiver);
  }

  /** The value of the tracked instance field {@code field} of {@code receiver}, read. */
  private void pushFieldRead(FieldKey field, Value receiver) {
    Place.FieldPlace place = fieldPlace(field, receiver);
    if (receiver.role() == Value.Role.THIS) {
      // A map field of this object is also a flag: its tests say what else is non-null with it
      // (spec 8, correlated conditions: `if (a == null && b == null) return;` leaves `b` non-null
      // where `a` is null).
      getFrame().pushValue(Value.UNKNOWN.withPlace(place).withFlag(flagOf(field)));
      return;
    }
    pushField(place);
  }

  private static Flag.Field flagOf(FieldKey field) {
    return new Flag.Field(field.className(), field.name(), false);
  }

  @Override
  public void visitGETSTATIC(GETSTATIC obj) {
    FieldKey field = env.trackedField(obj, getCPG());
    if (field == null) {
      Flag.Field flag = fieldFlag(obj, null);
      Flag.Field state = staticStateField(obj);
      String constant = FinalFieldTests.namedConstant(obj, getCPG());
      handleNormalInstruction(obj);
      if (flag != null) {
        pop();
        getFrame().pushValue(Value.ofFlag(flag));
      } else if (state != null) {
        // Policy StaticPromises: its tests are flags, as an object's state field's are.
        Value read = pop();
        getFrame()
            .pushValue(
                ClassModel.isWholeNumber(obj.getSignature(getCPG()))
                    ? Value.ofFlag(Flag.IntFieldValue.of(state))
                    : read.withFlag(state));
      } else if (constant != null) {
        getFrame().pushValue(pop().withFlag(new Flag.NamedConstant(constant)));
      }
      return;
    }
    pushField(staticPlace(field));
  }

  /**
   * A static state field of the analysed class (policy {@code ConstantTests.followsStateField}), as
   * the field its tests are named after; null for another field.
   */
  private Flag.@Nullable Field staticStateField(FieldInstruction ins) {
    return env.className().equals(ins.getClassName(getCPG()))
            && env.isStateField(ins.getFieldName(getCPG()))
        ? new Flag.Field(env.className(), ins.getFieldName(getCPG()), true)
        : null;
  }

  private void pushField(Place.FieldPlace place) {
    // A value read from another field counts as initialised when stored elsewhere (spec 3).
    getFrame().pushValue(Value.UNKNOWN.withPlace(place));
  }

  /**
   * An int field of this object, of the analysed class: a flag true while it holds 0 since the
   * object's construction started (policy {@link FreshCounters}); null for any other field.
   */
  private Flag.@Nullable Field counterField(FieldInstruction ins, Value receiver) {
    return receiver.role() == Value.Role.THIS
            && ClassModel.isWholeNumber(ins.getSignature(getCPG()))
            && env.className().equals(ins.getClassName(getCPG()))
        ? new Flag.Field(ins.getClassName(getCPG()), ins.getFieldName(getCPG()), false)
        : null;
  }

  @Override
  public void visitPUTFIELD(PUTFIELD obj) {
    FieldKey field = env.trackedField(obj, getCPG());
    // The value takes one word, or two for a long or a double; the object is below it.
    Value target = stackValue(obj.getType(getCPG()).getSize());
    Flag.Field counter = counterField(obj, target);
    if (counter != null) {
      // It may hold anything now, unless it is a counter set to 0 or increased (policy Counters);
      // a caller forgets it across this method too.
      assignedFlags.add(counter.name());
      int words = obj.getType(getCPG()).getSize();
      // The snapshot of the old value is taken below, before the flag changes.
      keepValuesBelow(counter, words + 1);
      Integer added = CounterFields.addedAt(getLocation().getHandle(), getCPG());
      Map<String, Boolean> answersBefore = added == null ? Map.of() : testAnswers(counter);
      Counters.Assignment how =
          env.counterFields().contains(counter.name())
              ? CounterFields.assignmentAt(
                  getLocation().getHandle(), getCPG(), env.neverZeroCounters()::contains)
              : Counters.Assignment.OTHER;
      NullFrame frame = getFrame();
      Optional<Boolean> after =
          Counters.flagAfter(
              how,
              env.decreasingCounters().contains(counter.name()),
              frame.flags().knownValue(counter));
      // What its old value vouched for stays vouched (`if (count == 0) return; Map m = map;
      // map = null; count = 0; m.forEach(..)`).
      frame.setFlags(frame.flags().forget(new Flag.Snapshot(counter)));
      keepOldValue(counter);
      frame.setFlags(
          after.isPresent()
              ? frame.flags().assignConstant(counter, after.get(), frame.nonNullPlaces())
              : frame.flags().forget(counter));
      if (after.isEmpty()) {
        // Whichever value a decrease left: `if (--depth == 0) pending = null;`.
        frame.setFlags(frame.flags().vouchingAsBefore(counter, new Flag.Snapshot(counter)));
      }
      Flag sized = stackValue(0).flag();
      Flag emptiness =
          sized instanceof Flag.SizeOf size
              ? size.emptiness()
              : sized instanceof Flag.IntFieldValue read ? read.zero() : null;
      if (how == Counters.Assignment.SIZE
          && emptiness != null
          && frame.flags().flags().contains(emptiness)) {
        // Policy Counters: the size is 0 exactly where the collection is empty.
        frame.setFlags(frame.flags().assignCopy(counter, emptiness));
      }
      if (added != null) {
        addToTestedField(counter, added, answersBefore);
      } else {
        assignTestedField(counter, stackValue(0));
      }
      InstructionHandle previous = getLocation().getHandle().getPrev();
      boolean newValueKept =
          previous != null && CounterFields.keepsValueBelowObject(previous.getInstruction());
      handleNormalInstruction(obj);
      if (newValueKept && frame.getStackDepth() > 0 && words == 1) {
        // `--depth == 0`: the copy left below the object is the value just stored.
        frame.setValue(frame.getNumSlots() - 1, Value.ofFlag(Flag.IntFieldValue.of(counter)));
      }
      return;
    }
    if (field == null) {
      Flag.Field flag = fieldFlag(obj, target);
      if (flag != null) {
        assignTestedField(flag, stackValue(0));
        assignFlag(flag, stackValue(0));
      } else if (target.role() != Value.Role.THIS
          && env.className().equals(obj.getClassName(getCPG()))) {
        env.noteAssignmentOnOtherObject(obj.getFieldName(getCPG()));
      }
      handleNormalInstruction(obj);
      return;
    }
    Value value = pop();
    Value receiver = pop();
    if (receiver.role() != Value.Role.THIS) {
      env.noteAssignmentOnOtherObject(field.name());
    }
    Place.FieldPlace place = fieldPlace(field, receiver);
    store(place, value);
    moveChosenValue(value, place);
    if (receiver.role() == Value.Role.THIS) {
      assignFlag(flagOf(field), value);
    }
    if (keptCopyOfStoredValue(Const.DUP_X1)) {
      // `(overlay = parse(text)) == null`: the copy javac keeps is the field's new value, so a
      // test of it tests the field.
      pop();
      pushFieldRead(field, receiver);
    }
  }

  /**
   * Whether the instruction before this store is {@code dup} (for a static field) or {@code dup_x1}
   * (for a field of an object): the value of an assignment expression, kept on the stack.
   */
  private boolean keptCopyOfStoredValue(short dupOpcode) {
    InstructionHandle previous = getLocation().getHandle().getPrev();
    return previous != null
        && previous.getInstruction().getOpcode() == dupOpcode
        && getFrame().isValid()
        && getFrame().getStackDepth() > 0;
  }

  @Override
  public void visitPUTSTATIC(PUTSTATIC obj) {
    FieldKey field = env.trackedField(obj, getCPG());
    if (field == null) {
      Flag.Field flag = fieldFlag(obj, null);
      Flag.Field state = staticStateField(obj);
      if (flag != null) {
        assignFlag(flag, stackValue(0));
      } else if (state != null) {
        assignTestedField(state, stackValue(0));
      }
      handleNormalInstruction(obj);
      return;
    }
    store(staticPlace(field), pop());
    if (keptCopyOfStoredValue(Const.DUP)) {
      // `(CACHE = load()) == null`: the copy javac keeps is the field's new value.
      pop();
      pushField(staticPlace(field));
    }
  }

  private void store(Place.FieldPlace place, Value value) {
    // Only concrete atoms move into a field: a value read from another field, or a local holding
    // one, is not known to be null and so initialises (spec 3).
    int bits = value.bits() & (Nullness.NULL | Nullness.NONNULL);
    if ((value.bits() & (Nullness.ENTRY | Nullness.AFTER)) != 0 || bits == 0) {
      bits |= Nullness.NONNULL;
    }
    if (value.place() instanceof Place.FieldPlace source && bits == Nullness.NONNULL) {
      // A null that this method's own code left in the field read moves with it, as in Error
      // Prone: `this.scope = globals;` before `globals` is assigned in the constructor.
      int sourceBits = getFrame().state(source).bits();
      if (inConstructor
          && source.receiver() == Place.Receiver.THIS
          && !source.field().isStatic()
          && (sourceBits & Nullness.ENTRY_NULL) != 0) {
        // A constructor starts with its object's fields null (NullFrame.isAlwaysNull).
        sourceBits = (sourceBits & ~Nullness.ENTRY) | Nullness.NULL;
      }
      if ((sourceBits & Nullness.NULL) != 0) {
        bits = sourceBits == Nullness.NULL ? Nullness.NULL : Nullness.NULL | Nullness.NONNULL;
      }
    }
    NullCause cause = null;
    if (Nullness.mayBeNull(bits)) {
      cause =
          new NullCause.AssignedNull(
              line(),
              value.cause() instanceof NullCause.Assignment assignment
                      && assignment.value() == NullCause.AssignedValue.MISSING_ENTRY
                      && Nullness.mayBeNonNull(bits)
                  ? NullCause.AssignedValue.MISSING_ENTRY
                  : NullCause.AssignedValue.of(!Nullness.mayBeNonNull(bits)));
    }
    getFrame().setState(place, new PlaceState(bits, cause));
    int copy = getFrame().localAliasing(place);
    if (copy >= 0 && place.isEntryBound()) {
      // A local holding the field's start value (`Map open = resources; resources = null;`) keeps
      // what the flags said of that value.
      getFrame()
          .setFlags(
              getFrame()
                  .flags()
                  .placeRenamed(new Place.EntryGhost(place.field()), new Place.LocalPlace(copy)));
    }
    getFrame().forgetAliasesOf(place);
    if (place.isEntryBound()) {
      // The field no longer holds what it held where the method started.
      getFrame().placeReassigned(new Place.EntryGhost(place.field()));
    }
    if (Nullness.mayBeNull(bits)) {
      getFrame().placeReassigned(place);
    }
    if (place.isEntryBound()) {
      assigned.add(place);
    }
  }

  /** The boolean fields of the object that the method, or a callee it follows, may assign. */
  Set<String> assignedFlags() {
    return assignedFlags;
  }

  /** The fields of the object or class that the method, or a callee it follows, may assign. */
  Set<Place.FieldPlace> assigned() {
    return assigned;
  }

  private Place.FieldPlace fieldPlace(FieldKey field, Value receiver) {
    return Place.FieldPlace.through(receiver, field, env.className());
  }

  private Place.FieldPlace staticPlace(FieldKey field) {
    return Place.FieldPlace.ofStatic(field, env.className());
  }

  // Dereferences, checks and calls.

  @Override
  public void visitTABLESWITCH(TABLESWITCH obj) {
    switchOn(obj);
  }

  @Override
  public void visitLOOKUPSWITCH(LOOKUPSWITCH obj) {
    switchOn(obj);
  }

  /**
   * Policy {@link ResultsWhenNull}: a switch over a result that is a constant wherever a field is
   * null ({@code switch (routeCount())}); its edges learn the field from their labels
   * (MapNullAnalysis).
   */
  private void switchOn(Select obj) {
    Value selector = stackValue(0);
    handleNormalInstruction(obj);
    if (selector.flag() instanceof Flag.ResultNotWhenNull result && getFrame().isValid()) {
      getFrame().setFlagTest(new NullFrame.FlagTest(result, true));
    }
  }

  @Override
  public void visitMONITORENTER(MONITORENTER obj) {
    Value lock = pop();
    boolean alwaysThrows = getFrame().isAlwaysNull(lock, inConstructor);
    markDereferenced(lock);
    if (alwaysThrows) {
      getFrame().setTop();
    }
  }

  @Override
  public void visitINVOKEVIRTUAL(INVOKEVIRTUAL obj) {
    handleInvoke(obj);
  }

  @Override
  public void visitINVOKEINTERFACE(INVOKEINTERFACE obj) {
    handleInvoke(obj);
  }

  @Override
  public void visitINVOKESPECIAL(INVOKESPECIAL obj) {
    handleInvoke(obj);
  }

  @Override
  public void visitINVOKESTATIC(INVOKESTATIC obj) {
    handleInvoke(obj);
  }

  private void handleInvoke(InvokeInstruction ins) {
    // Stack depths count slots: a long or double argument takes two. The deepest slot holds the
    // receiver, or a static method's first argument.
    int deepest = ins.consumeStack(getCPG()) - 1;
    boolean isStatic = ins.getOpcode() == Const.INVOKESTATIC;
    Value receiver = isStatic ? null : stackValue(deepest);
    Flag pureTest = pureTest(ins, receiver);
    AtomicCall atomic = atomicCall(ins, receiver);
    AtomicStateCall atomicState = atomicStateCall(ins, receiver);
    Flag emptiness = emptinessFlagOf(receiver, ins);
    boolean alwaysThrows = false;
    if (receiver != null && !Const.CONSTRUCTOR_NAME.equals(ins.getMethodName(getCPG()))) {
      alwaysThrows = getFrame().isAlwaysNull(receiver, inConstructor);
      markDereferenced(receiver);
    }
    if (isStatic
        && deepest >= 0
        && env.isNonNullCheck(ins.getClassName(getCPG()), ins.getMethodName(getCPG()))) {
      markDereferenced(stackValue(deepest));
    }
    // checkState(c) returns only where c holds, as if (!c) throw ... would.
    Flag checked =
        isStatic
                && deepest >= 0
                && env.isTrueCheck(ins.getClassName(getCPG()), ins.getMethodName(getCPG()))
            ? stackValue(deepest).flag()
            : null;
    boolean superConstructor =
        Const.CONSTRUCTOR_NAME.equals(ins.getMethodName(getCPG()))
            && !env.className().equals(ins.getClassName(getCPG()));
    MethodSummary callee =
        env.calleeSummary(ins, getCPG(), receiver != null && receiver.role() == Value.Role.THIS);
    List<Flag> trueOnReturn = new ArrayList<>();
    if (callee != null) {
      for (int position : callee.parametersTrueOnReturn()) {
        Value passed = argument(ins, position);
        if (passed != null && passed.flag() != null) {
          trueOnReturn.add(passed.flag());
        }
      }
    }
    boolean callOnOwnObject =
        receiver == null
            ? sameTopLevelClass(ins.getClassName(getCPG()), env.className())
            : receiver.role() == Value.Role.THIS && !superConstructor;
    MethodEnvironment.FlagCandidates promising = env.flagCandidates();
    boolean carriesPromises =
        callOnOwnObject && !promising.flags().isEmpty() && !promising.fields().isEmpty();
    FlagFacts<Flag, Place> flagsBeforeCall = getFrame().flags();
    Set<Place> nonNullBeforeCall = carriesPromises ? getFrame().nonNullPlaces() : Set.of();
    if (callOnOwnObject) {
      // A call on this, or a static method of the class's own code, may change its flag fields;
      // a call on another object or class is taken not to, as it is taken not to change its maps.
      forgetFlagsAssignableBy(ins, receiver, callee);
    }
    if (superConstructor
        && inConstructor
        && receiver != null
        && receiver.role() == Value.Role.THIS) {
      for (MethodSummary override : env.overridesRunBySuperCall(ins, getCPG())) {
        // Spec 4: the superclass constructor runs this class's override before the initialisers;
        // its uses are checked from that start on their own.
        applySummary(override, CallTarget.ALL_PLACES);
      }
    }
    if (callee != null) {
      applySummary(callee, CallTarget.of(ins, receiver, getCPG()));
      if (receiver == null || receiver.role() == Value.Role.THIS) {
        storeSetterArguments(ins, receiver);
      }
      if (receiver == null || receiver.role() == Value.Role.THIS) {
        // A call on another object (a new one included) assigns that object's flags.
        assignedFlags.addAll(callee.assignedFlags());
      }
    }
    if ((receiver != null
            && receiver.role() == Value.Role.NON_EMPTY
            && env.runsCallbackPerElement(ins.getClassName(getCPG()), ins.getMethodName(getCPG())))
        || env.runsOwnCallbacksAtOnce(ins.getClassName(getCPG()), ins.getMethodName(getCPG()))) {
      // forEach on a collection with an element, or a helper that calls its function first
      // (policy CallbackHelpers), has run each lambda passed to it once.
      runLambdasPassedAtLeastOnce();
    }
    if (inConstructor
        && !superConstructor
        && receiver != null
        && receiver.role() == Value.Role.THIS
        && Const.CONSTRUCTOR_NAME.equals(ins.getMethodName(getCPG()))) {
      // Spec 8 across methods: this(...) returns where the called constructor ends, and every exit
      // of that constructor is checked to keep the class's promises, so they hold here.
      MethodEnvironment.FlagCandidates candidates = env.flagCandidates();
      getFrame().assumeFlagInvariants(candidates);
    }
    Optional<NullTest> nullTest =
        callee != null && callee.nullTest().isPresent()
            ? callee.nullTest()
            : isStatic
                ? env.nullTestResult(ins.getClassName(getCPG()), ins.getMethodName(getCPG()))
                    .map(nonNullWhen -> new NullTest(0, nonNullWhen))
                : trueOnlyForNonNullArgument(ins)
                    // Spec 3: x.equals(y) is true only for a non-null y.
                    ? Optional.of(new NullTest(0, true))
                    : Optional.empty();
    Value tested = nullTest.map(test -> argument(ins, test.argument())).orElse(null);
    boolean defaultsToNull = defaultsToNull(ins);
    Optional<Boolean> nonNullWhen = nullTest.map(NullTest::nonNullWhen);
    MethodSummary predicate = callee != null ? callee : predicateOnOther(ins, receiver);
    if (nullTest.isEmpty()
        && predicate != null
        && predicate.fieldTest().isPresent()
        && receiver != null
        && (receiver.role() == Value.Role.THIS || receiver.place() instanceof Place.LocalPlace)) {
      // Spec 3: the class's own predicate on a field of this object (or of another one held in a
      // local, spec 6) is a null test of the field.
      String name = predicate.fieldTest().get().field();
      MethodEnvironment.NestMethod nested =
          callee == null
                  && receiver.place() instanceof Place.LocalPlace
                  && !env.className().equals(ins.getClassName(getCPG()))
              ? env.nestMethod(
                  ins.getClassName(getCPG()),
                  ins.getMethodName(getCPG()) + ins.getSignature(getCPG()))
              : null;
      // A predicate of another class of the nest tests a field of that class's object.
      Set<FieldKey> candidates =
          nested != null ? nested.trackedFields() : env.trackedInstanceFields();
      FieldKey inherited =
          nested != null || candidates.stream().anyMatch(own -> own.name().equals(name))
              ? null
              : env.inheritedInstanceField(name);
      if (inherited != null && receiver.role() == Value.Role.THIS) {
        // An inherited predicate (isOpen() of the superclass) tests the inherited field, which
        // this class's code reaches as fieldPlace names it.
        tested = Value.UNKNOWN.withPlace(fieldPlace(inherited, receiver));
        nonNullWhen = Optional.of(predicate.fieldTest().get().nonNullWhen());
      }
      for (FieldKey field : candidates) {
        if (field.name().equals(name)) {
          tested =
              Value.UNKNOWN.withPlace(
                  receiver.place() instanceof Place.LocalPlace local
                      ? new Place.FieldPlace(Place.Receiver.LOCAL, local.slot(), field)
                      : new Place.FieldPlace(Place.Receiver.THIS, -1, field));
          nonNullWhen = Optional.of(predicate.fieldTest().get().nonNullWhen());
        }
      }
    }
    if (nullTest.isEmpty()
        && callee != null
        && callee.fieldTest().isPresent()
        && receiver == null
        && ins instanceof INVOKESTATIC) {
      // Spec 3: the class's own static predicate on a static field (`isLoaded()`, which returns
      // `rates != null`) is a null test of that field.
      String name = callee.fieldTest().get().field();
      for (FieldKey field : env.trackedStaticFields()) {
        if (field.name().equals(name)) {
          tested = Value.UNKNOWN.withPlace(staticPlace(field));
          nonNullWhen = Optional.of(callee.fieldTest().get().nonNullWhen());
        }
      }
    }
    Flag.Field exactly =
        tested != null && receiver != null && receiver.role() == Value.Role.THIS
            ? env.referenceFlagReturnedBy(ins, getCPG())
            : null;
    if (exactly != null
        && tested != null
        && tested.place() instanceof Place.FieldPlace place
        && place.field().name().equals(exactly.name())) {
      // Spec 8: the result says exactly whether the field is null (`return lines == null;`), so
      // it tests the field's flag both ways.
      tested = tested.withFlag(exactly);
    } else {
      exactly = null;
    }
    handleNormalInstruction(ins);
    NullConstantResults.ResultWhenNull whenNull =
        receiver != null && receiver.role() == Value.Role.THIS
            ? env.resultWhenNull(ins, getCPG(), true)
            : null;
    FieldKey resultField = whenNull == null ? null : trackedInstanceField(whenNull.field());
    if (whenNull != null && resultField != null && getFrame().isValid()) {
      // Policy ResultsWhenNull: the result is whenNull wherever the field is null.
      pop();
      NullFrame frame = getFrame();
      pushTestResult(
          Value.UNKNOWN.withPlace(new Place.FieldPlace(Place.Receiver.THIS, -1, resultField)),
          true,
          false,
          new Flag.ResultNotWhenNull(
              frame.getNumLocals() + frame.getStackDepth(), whenNull.constant()));
    } else if (nonNullWhen.isPresent() && tested != null) {
      // Spec 3: a test of the call's result is a null test of the argument (or the field).
      pop();
      pushTestResult(tested, nonNullWhen.get(), exactly != null);
    } else if (storesInTrackedField(getLocation().getHandle())
        && env.missesEntry(getLocation().getHandle(), getCPG())) {
      // Policy NullableResults.missesEntry: the entry, or null for a missing key.
      pop();
      getFrame()
          .pushValue(
              new Value(
                  Nullness.NULL | Nullness.NONNULL,
                  Value.Role.PLAIN,
                  null,
                  null,
                  new NullCause.AssignedNull(line(), NullCause.AssignedValue.MISSING_ENTRY),
                  null));
    } else if (defaultsToNull
        || env.mayReturnNull(ins, getCPG(), receiver != null && receiver.role() == Value.Role.THIS)
        || (storesInTrackedField(getLocation().getHandle())
            && env.believedNullable(ins, getCPG()))) {
      // Policy NullableResults: as `c ? x : null`, the result initialises where it is not null;
      // used at once (`scoreboardFor(mode).merge(..)`), it is a place of its own.
      pop();
      NullCause result =
          new NullCause.ResultMayBeNull(
              MethodNames.display(
                  ins.getClassName(getCPG()),
                  ins.getMethodName(getCPG()),
                  ins.getSignature(getCPG())));
      getFrame()
          .pushValue(
              new Value(
                  Nullness.NULL | Nullness.NONNULL, Value.Role.PLAIN, null, null, result, null));
    } else if (ins.getReturnType(getCPG()) instanceof ReferenceType) {
      Value result = pop();
      NullFrame frame = getFrame();
      if (callee != null
          && !callee.resultVouchedFields().isEmpty()
          && receiver != null
          && receiver.role() == Value.Role.THIS
          && frame.isValid()) {
        // Policy ResultVouchers: the result is an object only where the helper found the fields
        // its returns of an object show non-null.
        Flag.StackSlot slot = new Flag.StackSlot(frame.getNumLocals() + frame.getStackDepth());
        FlagFacts<Flag, Place> facts =
            frame.flags().assignPresumed(slot, true, frame.nonNullPlaces());
        for (FieldKey field : env.trackedInstanceFields()) {
          if (callee.resultVouchedFields().contains(field.name())) {
            facts = facts.promise(slot, true, new Place.FieldPlace(Place.Receiver.THIS, -1, field));
          }
        }
        frame.setFlags(facts);
        frame.pushValue(result.withFlag(slot));
      } else {
        frame.pushValue(result.withFlag(Flag.PRESUMED_OBJECT));
      }
    }
    followNonEmptyCollection(ins, receiver);
    followEmptyView(ins, receiver);
    Flag.Field accessed =
        receiver != null && receiver.role() == Value.Role.THIS
            ? env.flagReturnedBy(ins, getCPG())
            : null;
    if (accessed != null) {
      // Spec 8: `if (isValid())` tests the flag that the accessor returns.
      pop();
      getFrame().pushValue(Value.ofFlag(accessed));
    }
    AnswerPaths.Answers answers =
        accessed == null && receiver != null && receiver.role() == Value.Role.THIS
            ? env.flagsAnsweredBy(ins, getCPG())
            : null;
    if (answers != null && getFrame().isValid()) {
      // Policy AnsweringHelpers: `if (!running())`, where running() returns `configured &&
      // started`, finds both true where it answers true.
      pop();
      java.util.Map<Flag, FieldKey> tracked = new java.util.HashMap<>();
      for (FieldKey field : env.trackedInstanceFields()) {
        Flag own = new Flag.Field(field.className(), field.name(), false);
        if (answers.whenTrue().containsKey(own) || answers.whenFalse().containsKey(own)) {
          tracked.put(own, field);
        }
      }
      getFrame()
          .pushValue(
              Value.ofFlag(new Flag.Answer(answers.whenTrue(), answers.whenFalse(), tracked)));
    }
    Boolean answer =
        accessed == null && receiver != null && receiver.role() == Value.Role.THIS
            ? env.constantAnswerOf(ins, getCPG())
            : null;
    if (answer != null && getFrame().isValid()) {
      // Policy ConstantAnswers: `if (isCaching())`, where isCaching() returns false, is no path.
      pop();
      getFrame().pushValue(Value.ofFlag(new Flag.Constant(answer)));
    }
    FieldKey fieldRead = receiver != null ? env.fieldReadBy(ins, getCPG()) : null;
    if (fieldRead != null && receiver != null && getFrame().isValid()) {
      // Policy FieldAccessors: `tariff.rates()` reads `tariff.rates`.
      pop();
      pushFieldRead(fieldRead, receiver);
    }
    MethodEnvironment.ReferenceFlagTest referenceTest =
        accessed == null && receiver != null && receiver.role() == Value.Role.THIS
            ? env.referenceFlagTestOf(ins, getCPG())
            : null;
    if (referenceTest != null) {
      // Spec 8: `if (isOpen())`, where isOpen() returns `host != null`, tests the flag `host`;
      // a result true where it is null is the flag's opposite.
      pop();
      NullFrame frame = getFrame();
      Flag result = referenceTest.flag();
      if (!referenceTest.nonNullWhen()) {
        result = new Flag.StackSlot(frame.getNumLocals() + frame.getStackDepth());
        frame.setFlags(frame.flags().forget(result).relate(result, referenceTest.flag(), false));
      }
      frame.pushValue(Value.ofFlag(result));
    }
    if (pureTest != null) {
      pop();
      getFrame().pushValue(Value.ofFlag(pureTest));
    }
    if (atomic != null) {
      applyAtomicCall(atomic);
    }
    if (atomicState != null) {
      applyAtomicStateCall(atomicState);
    }
    if (emptiness != null) {
      applyEmptinessCall(emptiness, ins);
    }
    if (receiver != null
        && env.runsOneOfCallbacks(ins.getClassName(getCPG()), ins.getMethodName(getCPG()))) {
      runOneOfLambdasPassed(ins);
    }
    if (carriesPromises) {
      getFrame().carryPromisesAcrossCall(flagsBeforeCall, nonNullBeforeCall, promising);
    }
    if (callee != null
        && (receiver == null ? callOnOwnObject : receiver.role() == Value.Role.THIS)
        && getFrame().isValid()) {
      // The callee ran on this object or on the class's static state: the flags it left with one
      // value hold them here.
      for (Map.Entry<Flag.Field, Boolean> left : callee.exitFlags().entrySet()) {
        alwaysThrows |= !getFrame().assumeFlag(left.getKey(), left.getValue());
      }
    }
    if (checked != null && checked.isVariable() && getFrame().isValid()) {
      alwaysThrows |= !getFrame().assumeFlag(checked, true);
    }
    for (Flag argument : trueOnReturn) {
      // The callee returns only where this argument is true: check(!closed) is a test.
      if (argument.isVariable() && getFrame().isValid()) {
        alwaysThrows |= !getFrame().assumeFlag(argument, true);
      }
    }
    if (callee != null && (!callee.returnsNormally() || env.neverReturns(ins, getCPG()))) {
      // Every path through the callee throws, or meets a null that always throws (a constructor
      // that this(...) calls, too): nothing after the call runs.
      alwaysThrows = true;
    }
    if (alwaysThrows) {
      // A call on a receiver that is null on every path here never returns.
      getFrame().setTop();
    }
  }

  /**
   * The summary of the analysed class's own instance method that {@code ins} calls on another
   * object of the class held in a local ({@code other.isActive()}), for what its result tests.
   */
  private @Nullable MethodSummary predicateOnOther(
      InvokeInstruction ins, @Nullable Value receiver) {
    if (receiver == null
        || !(receiver.place() instanceof Place.LocalPlace)
        || !"Z".equals(ins.getReturnType(getCPG()).getSignature())) {
      return null;
    }
    String key = ins.getMethodName(getCPG()) + ins.getSignature(getCPG());
    if (!env.className().equals(ins.getClassName(getCPG()))) {
      MethodEnvironment.NestMethod nested = env.nestMethod(ins.getClassName(getCPG()), key);
      return nested == null ? null : nested.summary();
    }
    MethodEnvironment.OwnMethod method = env.method(key);
    return method == null ? null : method.summary();
  }

  /**
   * Policy {@code NonEmptyCollections}: a collection made with an element, its iterator until
   * something advances it, and that iterator's {@code hasNext()}, which is true.
   */
  private void followNonEmptyCollection(InvokeInstruction ins, @Nullable Value receiver) {
    String name = ins.getMethodName(getCPG());
    Type[] parameters = ins.getArgumentTypes(getCPG());
    if (receiver == null) {
      boolean takesArray = false;
      for (Type parameter : parameters) {
        takesArray |= parameter instanceof ArrayType;
      }
      if (parameters.length > 0
          && env.createsNonEmpty(ins.getClassName(getCPG()), name, parameters.length, takesArray)) {
        getFrame().pushValue(pop().withRole(Value.Role.NON_EMPTY));
      }
    } else if ((receiver.role() == Value.Role.NON_EMPTY || opensIteratedLoop())
        && NonEmptyCollections.opensIterator(name, parameters.length)) {
      getFrame().pushValue(pop().withRole(Value.Role.UNADVANCED_ITERATOR));
    } else if (receiver.place() instanceof Place.LocalPlace local) {
      Flag.Unadvanced unadvanced = new Flag.Unadvanced(local.slot());
      if (NonEmptyCollections.asksHasNext(name, parameters.length)) {
        pop();
        getFrame().pushValue(Value.ofFlag(new Flag.HasNext(local.slot())));
      } else if (getFrame().flags().flags().contains(unadvanced)) {
        // next(), or anything else, may have taken the element.
        getFrame()
            .setFlags(
                getFrame().flags().assignConstant(unadvanced, false, getFrame().nonNullPlaces()));
      }
    }
  }

  /**
   * Policy {@link EmptyViews}: the result of a helper of the class that is empty wherever a field
   * is null, its views and its iterator carry the field; {@code contains(k)} true or {@code
   * isEmpty()} false on one of them shows the field non-null (a loop's {@code hasNext()}: {@link
   * MapNullAnalysis}).
   */
  private void followEmptyView(InvokeInstruction ins, @Nullable Value receiver) {
    if (receiver == null || ins instanceof INVOKESTATIC || !getFrame().isValid()) {
      return;
    }
    String name = ins.getMethodName(getCPG());
    int parameters = ins.getArgumentTypes(getCPG()).length;
    if (receiver.role() == Value.Role.THIS) {
      String field = env.fieldWhoseNullEmptiesResult(ins, getCPG(), true);
      FieldKey key = field == null ? null : trackedInstanceField(field);
      if (key != null) {
        getFrame().pushValue(pop().withFlag(new Flag.EmptyWhereNull(key)));
      }
      return;
    }
    if (!(receiver.flag() instanceof Flag.EmptyWhereNull viewed)) {
      return;
    }
    Optional<Boolean> holdsElementWhere = EmptyViews.resultWhereHoldsElement(name, parameters);
    if (holdsElementWhere.isPresent()) {
      pop();
      pushTestResult(
          Value.UNKNOWN.withPlace(new Place.FieldPlace(Place.Receiver.THIS, -1, viewed.field())),
          holdsElementWhere.get(),
          false);
    } else if (EmptyViews.isViewOfSameElements(name)) {
      getFrame().pushValue(pop().withFlag(viewed));
    } else if (NonEmptyCollections.opensIterator(name, parameters)) {
      getFrame().pushValue(pop().withFlag(viewed).withRole(Value.Role.UNADVANCED_ITERATOR));
    }
  }

  /**
   * Whether the instruction here opens the iterator of a loop over one of the method's followed
   * collections, or over a collection field of this object (policy {@code CollectionEmptiness}),
   * which has a next element, until advanced, exactly where the collection is not empty.
   */
  private boolean opensIteratedLoop() {
    InstructionHandle next = getLocation().getHandle().getNext();
    return next != null
        && next.getInstruction() instanceof ASTORE store
        && (localCollections().iterated().containsKey(store.getIndex())
            || localCollections().iteratedFields().containsKey(store.getIndex()));
  }

  /**
   * Spec 8: a test that gives the same answer each time (policy data {@code pure-tests.txt}), on a
   * local, with constant arguments ({@code key.startsWith("a")}), is a flag of its own, which a
   * store into the local forgets. Read before the call takes its arguments; null for any other
   * call.
   */
  private @Nullable Flag pureTest(InvokeInstruction ins, @Nullable Value receiver) {
    if (receiver == null) {
      return null;
    }
    String accessor = FinalFieldTests.recordAccessorTest(ins, getCPG());
    if (accessor != null) {
      return recordAccessorFlag(receiver, accessor);
    }
    String member =
        ins.getArgumentTypes(getCPG()).length == 1 ? constantName(argument(ins, 0)) : null;
    String membership =
        member == null ? null : FinalFieldTests.membershipTest(ins, member, getCPG());
    if (membership != null) {
      // A flag only where the class's field never holds a collection that can change.
      return receiver.flag() instanceof Flag.Field field
              && !field.isStatic()
              && env.className().equals(field.className())
              && env.testsOfFinalField(field.name()).contains(membership)
          ? FinalFieldTests.flagOf(field.className(), field.name(), membership)
          : null;
    }
    if (!(receiver.place() instanceof Place.LocalPlace local)
        || !env.isPureTest(ins.getClassName(getCPG()), ins.getMethodName(getCPG()))) {
      return null;
    }
    StringBuilder test = new StringBuilder(ins.getMethodName(getCPG()));
    int parameters = ins.getArgumentTypes(getCPG()).length;
    for (int position = 0; position < parameters; position++) {
      Value argument = argument(ins, position);
      Flag constant = argument == null ? null : argument.flag();
      if (!(constant instanceof Flag.StringConstant
          || constant instanceof Flag.IntConstant
          || constant instanceof Flag.Constant)) {
        return null;
      }
      test.append(' ').append(constant);
    }
    return new Flag.PureTest(local.slot(), test.toString());
  }

  /**
   * A copy of the field's value left on the stack below the {@code depth} words that its assignment
   * takes ({@code count++ == 0}: dup_x1 before putfield) is the value it held before: it is 0 where
   * the snapshot of the field's flag taken at the assignment holds.
   */
  private void keepValuesBelow(Flag.Field field, int depth) {
    NullFrame frame = getFrame();
    Flag.Snapshot old = new Flag.Snapshot(field);
    for (int below = depth; below < frame.getStackDepth(); below++) {
      Value value = stackValue(below);
      if (value.flag() instanceof Flag.IntFieldValue read && read.zero().equals(field)) {
        int slot = frame.getNumSlots() - 1 - below;
        frame.setValue(slot, value.withFlag(new Flag.IntFieldValue(field, old)));
      }
    }
  }

  /**
   * Spec 8 across methods: a flag field about to be assigned where its old value vouches for a map
   * ({@code if (!closed) { closed = true; entries.clear(); }}) keeps that word in its {@link
   * Flag.Snapshot}, which rests on the same promise of the class.
   */
  private void keepOldValue(Flag.Field field) {
    NullFrame frame = getFrame();
    if (frame.flags().flags().contains(field)) {
      frame.setFlags(frame.flags().assignCopy(new Flag.Snapshot(field), field));
    }
  }

  /** A call on an {@code AtomicBoolean} in a final field of this object (policy AtomicFlags). */
  private record AtomicCall(
      Flag.Field flag,
      AtomicFlags.Operation operation,
      @Nullable Boolean first,
      @Nullable Boolean second) {}

  /** The call {@code ins} on {@code receiver}, if it reads or writes an atomic flag; else null. */
  private @Nullable AtomicCall atomicCall(InvokeInstruction ins, @Nullable Value receiver) {
    if (receiver == null
        || !AtomicFlags.TYPE.equals(ins.getClassName(getCPG()))
        || !(receiver.flag() instanceof Flag.Field field)
        || field.isStatic()
        || !env.className().equals(field.className())
        || !env.testsOfFinalField(field.name()).contains(AtomicFlags.TEST)) {
      return null;
    }
    int arguments = ins.getArgumentTypes(getCPG()).length;
    return new AtomicCall(
        FinalFieldTests.flagOf(field.className(), field.name(), AtomicFlags.TEST),
        AtomicFlags.of(ins.getMethodName(getCPG()), arguments),
        booleanConstant(argument(ins, 0)),
        booleanConstant(argument(ins, 1)));
  }

  /**
   * A call on an {@code AtomicReference}, {@code AtomicInteger} or {@code AtomicLong} in a final
   * field of this object whose tests the class makes (policy AtomicStates), with its arguments.
   */
  private record AtomicStateCall(
      Flag.Field field,
      AtomicFlags.Operation operation,
      boolean readsNumber,
      @Nullable Value first,
      @Nullable Value second) {}

  /** The call {@code ins} on {@code receiver}, if it reads or writes an atomic state; else null. */
  private @Nullable AtomicStateCall atomicStateCall(
      InvokeInstruction ins, @Nullable Value receiver) {
    if (receiver == null
        || !AtomicStates.holdsState(ins.getClassName(getCPG()))
        || !(receiver.flag() instanceof Flag.Field field)
        || field.isStatic()
        || !env.className().equals(field.className())
        || env.testsOfFinalField(field.name()).isEmpty()) {
      return null;
    }
    int arguments = ins.getArgumentTypes(getCPG()).length;
    AtomicFlags.Operation operation = AtomicStates.of(ins.getMethodName(getCPG()), arguments);
    return operation == AtomicFlags.Operation.NONE
        ? null
        : new AtomicStateCall(
            field,
            operation,
            ins.getReturnType(getCPG()) instanceof BasicType,
            argument(ins, 0),
            argument(ins, 1));
  }

  /**
   * Policy {@link AtomicStates}, after the call: {@code get()}'s result is the field's state, which
   * its tests test; {@code set(C)} and {@code getAndSet(C)} answer them as an assignment of C;
   * {@code compareAndSet(A, B)} answers each as B where the value it keeps otherwise gives the same
   * answer ({@link AtomicStates#afterCompareAndSet}), its result telling whether the value was A;
   * any other change leaves them unknown. What the old answers vouched for stays vouched in their
   * snapshots.
   */
  private void applyAtomicStateCall(AtomicStateCall call) {
    NullFrame frame = getFrame();
    Flag.Field field = call.field();
    if (call.operation() == AtomicFlags.Operation.READ) {
      // The state read, which a comparison then tests as a state field's value (a long's top slot
      // stands for it, as a long field's read does). A number's zero flag is its test "== 0": the
      // field's own flag would say whether the field holds a holder.
      pop();
      frame.pushValue(
          Value.ofFlag(
              call.readsNumber()
                  ? new Flag.IntFieldValue(
                      field,
                      FinalFieldTests.flagOf(
                          field.className(),
                          field.name(),
                          IntComparison.EQUAL.flagTested(0, false)))
                  : field));
      return;
    }
    Flag.StackSlot result =
        call.operation() == AtomicFlags.Operation.COMPARE_AND_SET
            ? new Flag.StackSlot(frame.getStackDepth() - 1)
            : null;
    Flag.Field expected = null;
    Map<String, Boolean> after = new HashMap<>();
    Set<String> kept = new HashSet<>();
    for (String test : env.testsOfFinalField(field.name())) {
      Flag.Field flag = FinalFieldTests.flagOf(field.className(), field.name(), test);
      assignedFlags.add(flag.name());
      Boolean answer =
          switch (call.operation()) {
            case SET, GET_AND_SET ->
                call.first() == null ? null : answerOfConstant(test, call.first());
            case COMPARE_AND_SET -> {
              Boolean wasExpected =
                  call.first() == null ? null : answerOfConstant(test, call.first());
              if (AtomicStates.testsExpected(test, wasExpected)) {
                expected = flag;
              }
              Boolean forNext =
                  call.second() == null ? null : answerOfConstant(test, call.second());
              if (AtomicStates.keepsAnswer(wasExpected, forNext)) {
                kept.add(test);
              }
              yield AtomicStates.afterCompareAndSet(
                  forNext,
                  AtomicStates.testsExpected(test, wasExpected),
                  frame.flags().knownValue(flag).orElse(null));
            }
            default -> null;
          };
      if (answer != null) {
        after.put(test, answer);
      }
    }
    for (String test : env.testsOfFinalField(field.name())) {
      keepOldValue(FinalFieldTests.flagOf(field.className(), field.name(), test));
    }
    if (result != null) {
      pop();
      if (expected != null) {
        // The result tells whether the value was the expected one: tie it to that old answer,
        // whose snapshot no store changes.
        Flag old =
            frame.flags().flags().contains(expected) ? new Flag.Snapshot(expected) : expected;
        frame.setFlags(frame.flags().assignCopy(result, old));
      }
    }
    for (String test : env.testsOfFinalField(field.name())) {
      if (kept.contains(test)) {
        continue;
      }
      Flag.Field flag = FinalFieldTests.flagOf(field.className(), field.name(), test);
      Boolean answer = after.get(test);
      frame.setFlags(
          answer == null
              ? frame.flags().forget(flag)
              : frame.flags().reassignConstant(flag, answer, frame.nonNullPlaces()));
    }
    if (result != null) {
      frame.pushValue(expected == null ? Value.UNKNOWN : Value.ofFlag(result));
    }
  }

  private static @Nullable Boolean booleanConstant(@Nullable Value value) {
    return value != null && value.flag() instanceof Flag.Constant constant
        ? constant.value()
        : null;
  }

  /**
   * Policy {@link AtomicFlags}, after the call: {@code get()}'s result is the flag, {@code set(v)}
   * assigns it, and {@code compareAndSet(a, b)}'s result tells the old value before the flag
   * becomes {@code b}.
   */
  private void applyAtomicCall(AtomicCall call) {
    NullFrame frame = getFrame();
    Flag.Field flag = call.flag();
    if (call.operation() != AtomicFlags.Operation.READ
        && call.operation() != AtomicFlags.Operation.NONE) {
      assignedFlags.add(flag.name());
    }
    Boolean next =
        call.operation() == AtomicFlags.Operation.COMPARE_AND_SET ? call.second() : call.first();
    switch (call.operation()) {
      case READ -> {
        pop();
        frame.pushValue(Value.ofFlag(flag));
      }
      case SET, CHANGE -> {
        keepOldValue(flag);
        frame.setFlags(assigned(frame, flag, next));
      }
      case COMPARE_AND_SET, GET_AND_SET -> {
        pop();
        // The result tells the old value: keep it in the stack slot before the flag changes.
        Flag.StackSlot result = new Flag.StackSlot(frame.getStackDepth());
        boolean sameAsOld =
            call.operation() == AtomicFlags.Operation.GET_AND_SET
                || Boolean.TRUE.equals(call.first());
        if (call.operation() == AtomicFlags.Operation.COMPARE_AND_SET
            && (call.first() == null || next == null)) {
          frame.setFlags(frame.flags().forget(flag));
          frame.pushValue(Value.UNKNOWN);
          return;
        }
        // The result stays tied to the snapshot of the old value, which no store changes.
        keepOldValue(flag);
        Flag old = frame.flags().flags().contains(flag) ? new Flag.Snapshot(flag) : flag;
        frame.setFlags(
            sameAsOld
                ? frame.flags().assignCopy(result, old)
                : frame.flags().assignNegatedCopy(result, old));
        frame.setFlags(assigned(frame, flag, next));
        frame.pushValue(Value.ofFlag(result));
      }
      default -> {}
    }
  }

  /**
   * The emptiness flag of the collection of this object that {@code receiver} holds, when the
   * class's promises follow it (policy {@link CollectionEmptiness}); else null.
   */
  private @Nullable Flag emptinessFlagOf(@Nullable Value receiver, InvokeInstruction ins) {
    if (receiver != null
        && receiver.flag() instanceof Flag.Local local
        && env.isCollection(ins.getClassName(getCPG()))
        && localCollections().slots().contains(local.slot())) {
      return new Flag.PureTest(local.slot(), CollectionEmptiness.TEST);
    }
    if (receiver == null
        || !(receiver.flag() instanceof Flag.Field field)
        || field.isStatic()
        || !env.className().equals(field.className())
        || !env.testsOfFinalField(field.name()).contains(CollectionEmptiness.TEST)) {
      return null;
    }
    Flag.Field flag =
        FinalFieldTests.flagOf(field.className(), field.name(), CollectionEmptiness.TEST);
    return env.flagCandidates().flags().contains(flag) ? flag : null;
  }

  /**
   * Policy {@link CollectionEmptiness}, after a call on a followed collection: {@code isEmpty()}'s
   * result is its flag and {@code size()}'s is 0 where the flag holds; an add makes the flag false,
   * {@code clear()} true, a removal may make it true, and any other change forgets it.
   */
  private void applyEmptinessCall(Flag flag, InvokeInstruction ins) {
    NullFrame frame = getFrame();
    CollectionEmptiness.Operation operation =
        opensPlainIterator(ins)
            // A loop's iterator that is only advanced removes nothing.
            ? CollectionEmptiness.Operation.NONE
            : CollectionEmptiness.of(
                ins.getMethodName(getCPG()), ins.getArgumentTypes(getCPG()).length);
    if (flag instanceof Flag.Field field
        && operation != CollectionEmptiness.Operation.IS_EMPTY
        && operation != CollectionEmptiness.Operation.SIZE
        && operation != CollectionEmptiness.Operation.NONE) {
      assignedFlags.add(field.name());
      // What its old value vouched for rests on the class's promise, as for a boolean field.
      keepOldValue(field);
    }
    switch (operation) {
      case IS_EMPTY -> {
        pop();
        frame.pushValue(Value.ofFlag(flag));
      }
      case SIZE -> {
        pop();
        frame.pushValue(
            Value.ofFlag(
                flag instanceof Flag.Field field
                    ? Flag.IntFieldValue.of(field)
                    : new Flag.SizeOf((Flag.PureTest) flag)));
      }
      case ADD, CLEAR ->
          frame.setFlags(
              frame
                  .flags()
                  .reassignConstant(
                      flag,
                      operation == CollectionEmptiness.Operation.CLEAR,
                      frame.nonNullPlaces()));
      case REMOVE -> frame.setFlags(frame.flags().mayTurn(flag, true, frame.nonNullPlaces()));
      case CHANGE -> frame.setFlags(frame.flags().forget(flag));
      default -> {}
    }
  }

  /**
   * Whether the value the instruction at {@code handle} pushes goes straight into a tracked field
   * ({@code limits = source.fetchLimits();}), past any casts.
   */
  private boolean storesInTrackedField(InstructionHandle handle) {
    InstructionHandle next = NullTestedResults.skipCasts(handle.getNext());
    return next != null
        && (next.getInstruction() instanceof PUTFIELD || next.getInstruction() instanceof PUTSTATIC)
        && env.trackedField((FieldInstruction) next.getInstruction(), getCPG()) != null;
  }

  /** Whether {@code ins} opens an iterator that the method stores and only advances. */
  private boolean opensPlainIterator(InvokeInstruction ins) {
    InstructionHandle next = getLocation().getHandle().getNext();
    return NonEmptyCollections.opensIterator(
            ins.getMethodName(getCPG()), ins.getArgumentTypes(getCPG()).length)
        && next != null
        && next.getInstruction() instanceof ASTORE store
        && localCollections().plainIterators().contains(store.getIndex());
  }

  LocalCollections.OfMethod localCollections() {
    if (localCollections == null) {
      localCollections = localCollectionsOfMethod.get();
    }
    return localCollections;
  }

  private static FlagFacts<Flag, Place> assigned(
      NullFrame frame, Flag.Field flag, @Nullable Boolean value) {
    return value == null
        ? frame.flags().forget(flag)
        : frame.flags().assignConstant(flag, value, frame.nonNullPlaces());
  }

  /** An enum constant's simple name, or a string constant in quotes; null for another value. */
  private static @Nullable String constantName(@Nullable Value value) {
    if (value == null) {
      return null;
    }
    if (value.flag() instanceof Flag.NamedConstant named) {
      return named.name();
    }
    return value.flag() instanceof Flag.StringConstant text ? '"' + text.value() + '"' : null;
  }

  /**
   * Policy {@link ConstantTests#recordAccessor}: a boolean accessor of a record in a local, or in a
   * final field of this object that the class tests so, is a flag; null on another receiver.
   */
  private @Nullable Flag recordAccessorFlag(Value receiver, String accessor) {
    if (receiver.place() instanceof Place.LocalPlace local) {
      return new Flag.PureTest(local.slot(), accessor);
    }
    if (receiver.flag() instanceof Flag.Field field
        && !field.isStatic()
        && env.className().equals(field.className())
        && env.testsOfFinalField(field.name()).contains(accessor)) {
      return FinalFieldTests.flagOf(field.className(), field.name(), accessor);
    }
    return null;
  }

  /**
   * Policy data {@code one-of-callbacks.txt}: one of the lambdas passed ran ({@code
   * ifPresentOrElse}), so each field ends as one of them left it; where an argument is no lambda of
   * the class, nothing is known.
   */
  private void runOneOfLambdasPassed(InvokeInstruction ins) {
    List<String> passed = lambdasPassed.get(getLocation().getHandle().getPosition());
    if (passed == null || passed.size() != ins.getArgumentTypes(getCPG()).length) {
      return;
    }
    List<MethodSummary> summaries = new ArrayList<>();
    for (String key : passed) {
      MethodEnvironment.OwnMethod lambda = Callbacks.isLambdaKey(key) ? env.method(key) : null;
      if (lambda == null) {
        return;
      }
      summaries.add(lambda.summary());
    }
    NullFrame frame = getFrame();
    Set<Place.FieldPlace> places = new java.util.LinkedHashSet<>();
    for (MethodSummary summary : summaries) {
      places.addAll(summary.exit().keySet());
    }
    for (Place.FieldPlace place : places) {
      PlaceState before = frame.state(place);
      int bits = 0;
      NullCause cause = null;
      for (MethodSummary summary : summaries) {
        PlaceState after = summary.exit().get(place);
        int left =
            after == null ? before.bits() : Nullness.substituteEntry(after.bits(), before.bits());
        bits |= left;
        if (cause == null && (left & Nullness.NULL) != 0) {
          cause =
              after != null && (after.bits() & Nullness.NULL) != 0 ? after.cause() : before.cause();
        }
      }
      frame.setState(place, new PlaceState(bits, (bits & Nullness.NULL) != 0 ? cause : null));
      frame.forgetAliasesOf(place);
      if (Nullness.mayBeNull(bits)) {
        frame.placeReassigned(place);
      }
    }
  }

  /**
   * Policy {@code NonEmptyCollections}: {@code forEach} on a collection that holds an element has
   * run each lambda passed to it at least once, so what the lambda leaves holds after the call.
   */
  private void runLambdasPassedAtLeastOnce() {
    List<String> passed = lambdasPassed.get(getLocation().getHandle().getPosition());
    if (passed == null) {
      return;
    }
    for (String key : passed) {
      MethodEnvironment.OwnMethod lambda = Callbacks.isLambdaKey(key) ? env.method(key) : null;
      if (lambda != null) {
        applySummary(lambda.summary(), CallTarget.ALL_PLACES);
      }
    }
  }

  /**
   * A method of the class followed on this may assign only the flags its summary names; any other
   * call on this (a superclass's, an abstract one, a recursive one) may assign any. A static method
   * has no {@code this}: it reaches this object's fields only through a reference that it is given,
   * so unless this is an argument it may assign only the static flags.
   */
  private void forgetFlagsAssignableBy(
      InvokeInstruction ins, @Nullable Value receiver, @Nullable MethodSummary callee) {
    MethodEnvironment.FlagCandidates candidates = env.flagCandidates();
    if (receiver == null && !passesThis(ins)) {
      // Policy StaticPromises: a static helper that assigns no static flag keeps them all.
      Optional<Set<String>> stores = env.staticStoresOfCall(ins, getCPG());
      getFrame()
          .setFlags(
              getFrame()
                  .flags()
                  .forgetFlags(
                      f ->
                          f instanceof Flag.Field field
                              && candidates.isStatic(field)
                              && stores
                                  .map(stored -> stored.contains(storeKey(field)))
                                  .orElse(true)));
      return;
    }
    if (receiver == null
        || callee == null
        || callee == MethodSummary.UNKNOWN
        || callee.assignedFlags().contains(MethodSummary.ANY_FLAG)) {
      getFrame().setFlags(getFrame().flags().forgetFlags(f -> f instanceof Flag.Field));
      if (receiver != null) {
        assignedFlags.add(MethodSummary.ANY_FLAG);
      }
      return;
    }
    Set<String> assignable = callee.assignedFlags();
    // A test of a field is forgotten with the field (policy ConstantTests.followsStateField).
    getFrame()
        .setFlags(
            getFrame()
                .flags()
                .forgetFlags(
                    f ->
                        f instanceof Flag.Field field
                            && (candidates.isStatic(field)
                                || assignable.contains(field.name())
                                || (FinalFieldTests.isTestFlag(field)
                                    && assignable.contains(FinalFieldTests.testedField(field))))));
  }

  /** The static field whose store changes {@code flag}: its own, or the one it tests. */
  private static String storeKey(Flag.Field flag) {
    return StaticStores.key(
        flag.className(),
        FinalFieldTests.isTestFlag(flag) ? FinalFieldTests.testedField(flag) : flag.name());
  }

  /** Whether an argument of the call (the receiver not counted) is this object. */
  private boolean passesThis(InvokeInstruction ins) {
    for (int index = 0; index < ins.getArgumentTypes(getCPG()).length; index++) {
      Value argument = argument(ins, index);
      if (argument != null && argument.role() == Value.Role.THIS) {
        return true;
      }
    }
    return false;
  }

  /**
   * Policy {@code JavaSemantics.defaultParameter}: a library call given null as the value it
   * returns when it has nothing of its own ({@code opt.orElse(null)}), whose result is of a tracked
   * type or cast to one.
   */
  private boolean defaultsToNull(InvokeInstruction ins) {
    int index = env.defaultParameter(ins, getCPG());
    Value given = index < 0 ? null : argument(ins, index);
    if (given == null || given.bits() != Nullness.NULL) {
      return false;
    }
    InstructionHandle next = getLocation().getHandle().getNext();
    return env.isTrackedType(ins.getReturnType(getCPG()))
        || (next != null
            && next.getInstruction() instanceof CHECKCAST cast
            && env.isTrackedType(cast.getType(getCPG())));
  }

  /** The value passed as argument {@code index} (0-based, the receiver not counted), or null. */
  /**
   * Policy NullSetters: a setter that code of the nest elsewhere passes null leaves its field as
   * this call's argument is ({@code if (paused == null) setPaused(new HashMap<>());}), where the
   * argument is known not to be null; its summary says what any call may leave.
   */
  private void storeSetterArguments(InvokeInstruction ins, @Nullable Value receiver) {
    for (Map.Entry<Integer, String> stored : env.settersStoredFields(ins, getCPG()).entrySet()) {
      Value passed = argument(ins, stored.getKey());
      if (passed == null || (passed.bits() & Nullness.NULL) != 0) {
        continue;
      }
      if (receiver == null) {
        // A static setter (`setRates(rates)`) stores in a static field.
        for (FieldKey field : env.trackedStaticFields()) {
          if (field.name().equals(stored.getValue())) {
            store(staticPlace(field), Value.UNKNOWN);
          }
        }
        continue;
      }
      for (FieldKey field : env.trackedInstanceFields()) {
        if (field.name().equals(stored.getValue())) {
          store(fieldPlace(field, receiver), Value.UNKNOWN);
        }
      }
    }
  }

  private @Nullable Value argument(InvokeInstruction ins, int index) {
    Type[] types = ins.getArgumentTypes(getCPG());
    if (index >= types.length) {
      return null;
    }
    int depth = 0;
    for (int later = types.length - 1; later > index; later--) {
      depth += types[later].getSize();
    }
    return stackValue(depth);
  }

  private static boolean sameTopLevelClass(String a, String b) {
    return topLevel(a).equals(topLevel(b));
  }

  private static String topLevel(String className) {
    int nested = className.indexOf('$');
    return nested < 0 ? className : className.substring(0, nested);
  }

  private void applySummary(MethodSummary callee, CallTarget target) {
    NullFrame frame = getFrame();
    for (Map.Entry<Place.FieldPlace, PlaceState> exit : callee.exit().entrySet()) {
      Place.FieldPlace place = exit.getKey();
      if (!target.shares(place)) {
        continue;
      }
      PlaceState before = frame.state(place);
      PlaceState after = exit.getValue();
      int bits = Nullness.substituteEntry(after.bits(), before.bits());
      NullCause cause = (after.bits() & Nullness.NULL) != 0 ? after.cause() : before.cause();
      frame.setState(place, new PlaceState(bits, (bits & Nullness.NULL) != 0 ? cause : null));
      frame.forgetAliasesOf(place);
      if (place.isEntryBound() && callee.assigned().contains(place)) {
        frame.placeReassigned(new Place.EntryGhost(place.field()));
      }
      if (Nullness.mayBeNull(bits)) {
        frame.placeReassigned(place);
      }
      if (callee.assigned().contains(place)) {
        assigned.add(place);
      }
    }
  }

  // Null tests: the edges out of the block refine the tested value (see MapNullAnalysis).

  @Override
  public void visitIFNULL(IFNULL obj) {
    testForNull(pop(), true);
  }

  @Override
  public void visitIFNONNULL(IFNONNULL obj) {
    testForNull(pop(), false);
  }

  @Override
  public void visitINSTANCEOF(INSTANCEOF obj) {
    Value operand = pop();
    getFrame()
        .pushValue(
            new Value(
                Nullness.NONNULL,
                Value.Role.INSTANCE_TEST,
                operand.place(),
                operand.alias(),
                null,
                null));
  }

  /** {@code x instanceof T} false ({@code ifeq} jumps): x may be null there, or of another type. */
  @Override
  public void visitIFEQ(IFEQ obj) {
    testInstance(pop(), true);
  }

  @Override
  public void visitIFNE(IFNE obj) {
    testInstance(pop(), false);
  }

  private void testInstance(Value value, boolean falseOnBranch) {
    if (value.flag() instanceof Flag.ResultNotWhenNull) {
      // ifeq jumps when the int is 0, ifne when it is not.
      decideComparison(value, FALSE, falseOnBranch ? IntComparison.EQUAL : IntComparison.NOT_EQUAL);
      return;
    }
    if (value.flag() instanceof Flag.RemainderOf) {
      // ifeq jumps where the remainder is 0 (policy CountingLoops).
      getFrame().setFlagTest(new NullFrame.FlagTest(value.flag(), falseOnBranch));
      return;
    }
    if (value.flag() instanceof Flag.IntFieldValue
        || value.flag() instanceof Flag.Bits
        || value.flag() instanceof Flag.LongComparison
        || value.flag() instanceof Flag.ArrayLength
        || value.flag() instanceof Flag.SizeOf) {
      // ifeq jumps when the int is 0, ifne when it is not.
      decideComparison(value, FALSE, falseOnBranch ? IntComparison.EQUAL : IntComparison.NOT_EQUAL);
      return;
    }
    if (value.flag() instanceof Flag.Answer) {
      // A helper's answer (policy AnsweringHelpers): each side finds what that answer implies.
      getFrame().setFlagTest(new NullFrame.FlagTest(value.flag(), !falseOnBranch));
      return;
    }
    if (value.flag() instanceof Flag.Constant) {
      // A decided test (policy ConstantAnswers): only its one side runs.
      getFrame().setFlagTest(new NullFrame.FlagTest(value.flag(), !falseOnBranch));
      return;
    }
    if (value.role() == Value.Role.INSTANCE_TEST) {
      // Only the true side learns something: see MapNullAnalysis.meetInto.
      getFrame().setTested(value, falseOnBranch);
      return;
    }
    if (value.flag() != null && value.flag().isVariable()) {
      // ifeq jumps when the flag is false, ifne when it is true.
      getFrame().setFlagTest(new NullFrame.FlagTest(value.flag(), !falseOnBranch));
    }
  }

  @Override
  public void visitIF_ACMPEQ(IF_ACMPEQ obj) {
    compareReferences(true);
  }

  @Override
  public void visitIF_ACMPNE(IF_ACMPNE obj) {
    compareReferences(false);
  }

  @Override
  public void visitIF_ICMPEQ(IF_ICMPEQ obj) {
    compareFlags(true);
  }

  @Override
  public void visitIF_ICMPNE(IF_ICMPNE obj) {
    compareFlags(false);
  }

  /**
   * {@code a == b} on two boolean flags: each branch learns how they relate ({@code if (forSer ==
   * forDeser) throw ..;} leaves them opposite).
   */
  private void compareFlags(boolean equalOnBranch) {
    Value right = pop();
    Value left = pop();
    decideComparison(left, right, equalOnBranch ? IntComparison.EQUAL : IntComparison.NOT_EQUAL);
    if (left.flag() != null
        && left.flag().isVariable()
        && right.flag() != null
        && right.flag().isVariable()) {
      getFrame().setFlagTest(new NullFrame.FlagTest(left.flag(), equalOnBranch, right.flag()));
    }
  }

  /**
   * A reference comparison with null ({@code null == m}, which javac compiles as a comparison of
   * two references) is the same null test as {@code m == null}.
   */
  private void compareReferences(boolean equalOnBranch) {
    Value right = pop();
    Value left = pop();
    if (isNullConstant(right)) {
      testForNull(left, equalOnBranch);
    } else if (isNullConstant(left)) {
      testForNull(right, equalOnBranch);
    } else if (right.flag() instanceof Flag.NamedConstant constant) {
      testNamedConstant(left, constant, equalOnBranch);
    } else if (left.flag() instanceof Flag.NamedConstant constant) {
      testNamedConstant(right, constant, equalOnBranch);
    } else if (!testSameObject(left, right, equalOnBranch)) {
      testSameObject(right, left, equalOnBranch);
    }
  }

  /**
   * {@code current == entity}, where {@code entity} holds an object: on the branch where the two
   * are the same, the reference flag of {@code current} holds an object too (spec 8). False if
   * {@code variable} has no flag or {@code other} is not known to hold an object.
   */
  private boolean testSameObject(Value variable, Value other, boolean equalOnBranch) {
    Flag flag = variable.flag();
    if (flag == null || !flag.isVariable() || !holdsObject(other)) {
      return false;
    }
    // Only the branch where they are the same learns something.
    getFrame()
        .setFlagTest(
            new NullFrame.FlagTest(flag, equalOnBranch, null, equalOnBranch, !equalOnBranch));
    return true;
  }

  /**
   * Whether a value holds an object here: {@code this}, a new object, a reference flag known to
   * hold one, or a parameter or call result that the analysis presumes an object.
   */
  private boolean holdsObject(Value value) {
    Flag flag = value.flag();
    NullFrame frame = getFrame();
    return value.role() == Value.Role.THIS
        || (flag instanceof Flag.Constant constant && constant.value())
        || frame.isPresumedObject(flag)
        || (flag != null && flag.isVariable() && frame.flags().knownValue(flag).orElse(false));
  }

  /**
   * Policy {@link ConstantTests}: {@code mode == Mode.INDEXED} tests a flag of a local's, or of a
   * final field of this object.
   */
  private void testNamedConstant(
      Value variable, Flag.NamedConstant constant, boolean equalOnBranch) {
    String test = ConstantTests.equalTo(constant.name());
    if (variable.flag() instanceof Flag.Local local) {
      getFrame()
          .setFlagTest(
              new NullFrame.FlagTest(new Flag.PureTest(local.slot(), test), equalOnBranch));
    } else if (variable.flag() instanceof Flag.Field field) {
      testField(field, test, equalOnBranch);
    } else if (variable.role() == Value.Role.THIS
        && env.testsOfFinalField(constant.name()).contains(ConstantTests.IS_RUNNING_OBJECT)) {
      // Policy ConstantTests.IS_RUNNING_OBJECT: `this == EMPTY` tests the shared field.
      getFrame()
          .setFlagTest(
              new NullFrame.FlagTest(
                  FinalFieldTests.flagOf(
                      env.className(), constant.name(), ConstantTests.IS_RUNNING_OBJECT),
                  equalOnBranch));
    }
  }

  private static boolean isNullConstant(Value value) {
    return value.bits() == Nullness.NULL && value.place() == null;
  }

  private void testForNull(Value value, boolean nullOnBranch) {
    getFrame().setTested(value, nullOnBranch);
    if (value.flag() != null && value.flag().isVariable()) {
      getFrame().setFlagTest(new NullFrame.FlagTest(value.flag(), !nullOnBranch));
    }
    if (failsAnAssertion()) {
      // An assertion states what the code believes (assert m == null where it assigns m): it is
      // no evidence that the field is null where it is used.
      return;
    }
    if (value.place() instanceof Place.FieldPlace place && !guardsCopy(place)) {
      env.noteNullTest(place.field());
    }
    Place.FieldPlace alias = value.alias();
    if (alias != null) {
      env.noteNullTest(alias.field());
    }
  }

  /**
   * The test guards a copy of another instance's field ({@code this.f = other.f == null ? null :
   * new Properties(other.f)}): it passes that object's null on, no belief that the field may be
   * null.
   */
  private boolean guardsCopy(Place.FieldPlace place) {
    InstructionHandle read = getLocation().getHandle().getPrev();
    return place.receiver() != Place.Receiver.THIS
        && read != null
        && FieldCopies.isGuardOfCopy(read, place.field().className(), getCPG());
  }

  /** javac compiles {@code assert m == null} to a test whose other side throws AssertionError. */
  private boolean failsAnAssertion() {
    InstructionHandle test = getLocation().getHandle();
    return createsAssertionError(test.getNext())
        || (test.getInstruction() instanceof BranchInstruction branch
            && createsAssertionError(branch.getTarget()));
  }

  private boolean createsAssertionError(@Nullable InstructionHandle handle) {
    return handle != null
        && handle.getInstruction() instanceof NEW creation
        && "java.lang.AssertionError".equals(creation.getLoadClassType(getCPG()).getClassName());
  }

  private void markDereferenced(Value value) {
    getFrame().markDereferenced(value);
    if (value.flag() instanceof Flag.Field field
        && !field.isStatic()
        && env.className().equals(field.className())
        && env.flagCandidates().flags().contains(field)) {
      // Spec 8: past a dereference the map field is not null, as past a test that found it so;
      // its flag vouches for the siblings created with it (`lastAccess.get(id);
      // sessions.remove(id);`).
      getFrame().assumeFlag(field, true);
    }
  }
}
