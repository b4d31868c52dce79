package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.ba.BasicBlock;
import edu.umd.cs.findbugs.ba.DataflowAnalysisException;
import edu.umd.cs.findbugs.ba.DepthFirstSearch;
import edu.umd.cs.findbugs.ba.Edge;
import edu.umd.cs.findbugs.ba.EdgeTypes;
import edu.umd.cs.findbugs.ba.FrameDataflowAnalysis;
import edu.umd.cs.findbugs.ba.Location;
import io.github.mapinit.policy.JavaSemantics;
import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.flow.FlagFacts;
import io.github.mapinit.policy.rules.CollectionEmptiness;
import io.github.mapinit.policy.rules.ConstantTests;
import io.github.mapinit.policy.rules.ResultsWhenNull;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.apache.bcel.Const;
import org.apache.bcel.generic.CodeExceptionGen;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.MONITORENTER;
import org.apache.bcel.generic.MethodGen;
import org.apache.bcel.generic.ObjectType;
import org.apache.bcel.generic.Select;
import org.jspecify.annotations.Nullable;

/**
 * The forward dataflow of a method: a {@link NullFrame} at every point, refined on the edges out of
 * a null test, so that the analysis is path-sensitive within the method.
 */
final class MapNullAnalysis extends FrameDataflowAnalysis<Value, NullFrame> {

  private final MethodGen methodGen;
  private final NullFrameVisitor visitor;
  private final boolean inConstructor;
  private final MethodEnvironment.FlagCandidates flagCandidates;
  private final java.util.List<Flag.Field> freshCounters;
  private final java.util.Set<String> counters;
  private final java.util.Map<String, java.util.Set<String>> finalFieldTests;

  /** Whether a call runs a body of the class that throws nothing ({@link ImpossibleThrows}). */
  private final BiPredicate<InvokeInstruction, Boolean> ownCallCannotThrow;

  /**
   * Policies NullSetters and NullArguments: parameters (by position) a call of the nest gives null,
   * and why.
   */
  private final java.util.Map<Integer, NullCause> parametersGivenNull;

  private int rounds;
  private java.util.@Nullable Set<InstructionHandle> exhaustiveSwitches;
  private final java.util.Map<InstructionHandle, java.util.Optional<EnumSwitches.Selected>>
      enumSwitches = new java.util.HashMap<>();

  MapNullAnalysis(
      MethodGen methodGen,
      DepthFirstSearch dfs,
      NullFrameVisitor visitor,
      MethodEnvironment.FlagCandidates flagCandidates,
      java.util.List<Flag.Field> freshCounters,
      java.util.Set<String> counters,
      java.util.Map<String, java.util.Set<String>> finalFieldTests,
      BiPredicate<InvokeInstruction, Boolean> ownCallCannotThrow,
      java.util.Map<Integer, NullCause> parametersGivenNull) {
    super(dfs);
    this.ownCallCannotThrow = ownCallCannotThrow;
    this.parametersGivenNull = parametersGivenNull;
    this.counters = counters;
    this.finalFieldTests = finalFieldTests;
    this.flagCandidates = flagCandidates;
    this.freshCounters = freshCounters;
    this.inConstructor = Const.CONSTRUCTOR_NAME.equals(methodGen.getName());
    this.methodGen = methodGen;
    this.visitor = visitor;
  }

  @Override
  public NullFrame createFact() {
    return new NullFrame(methodGen.getMaxLocals());
  }

  @Override
  public void initEntryFact(NullFrame frame) {
    frame.setValid();
    frame.clearStack();
    for (int i = 0; i < frame.getNumSlots(); i++) {
      frame.setValue(i, Value.UNKNOWN);
    }
    if (!methodGen.isStatic() && frame.getNumLocals() > 0) {
      frame.setValue(0, Value.THIS);
    }
    int slot = methodGen.isStatic() ? 0 : 1;
    org.apache.bcel.generic.Type[] argumentTypes = methodGen.getArgumentTypes();
    for (int position = 0; position < argumentTypes.length; position++) {
      org.apache.bcel.generic.Type parameter = argumentTypes[position];
      NullCause givenNull = parametersGivenNull.get(position);
      if (givenNull != null && slot < frame.getNumLocals()) {
        // Null where the call at that line gives it, an object elsewhere.
        frame.setValue(
            slot,
            new Value(
                Nullness.NULL | Nullness.NONNULL, Value.Role.PLAIN, null, null, givenNull, null));
      } else if (parameter instanceof org.apache.bcel.generic.ReferenceType
          && slot < frame.getNumLocals()) {
        frame.setValue(slot, Value.UNKNOWN.withFlag(Flag.PRESUMED_OBJECT));
      }
      slot += parameter.getSize();
    }
    org.apache.bcel.generic.Type[] parameters = methodGen.getArgumentTypes();
    if (inConstructor
        && parameters.length > 0
        && frame.getNumLocals() > 1
        && LocalClasses.isLocalClassOf(methodGen.getClassName(), parameters[0].toString())) {
      // A local class's constructor gets its enclosing object first, as this$0 holds it later.
      frame.setValue(1, Value.OUTER_INSTANCE);
    }
    if (inConstructor) {
      // Policy FreshCounters: the object's int fields hold 0 until something assigns them.
      for (Flag.Field counter : freshCounters) {
        frame.setFlags(frame.flags().assignConstant(counter, true, java.util.Set.of()));
      }
    }
    MethodEnvironment.FlagCandidates candidates = flagCandidates;
    if (!inConstructor && !methodGen.getName().startsWith("lambda$")) {
      frame.setFlags(frame.flags().startingWith(entryFlags(candidates)));
    } else if (!inConstructor) {
      // A lambda run at once starts with its creator's flags (policy
      // EntryConditions.creatorKnowsFlagField): its uses say which they need. Its parameters
      // are the captured values and the function's own, which no caller's flags name.
      frame.setFlags(frame.flags().startingWith(flagFields(candidates)));
    }
    if (methodGen.isStatic()) {
      if (!Const.STATIC_INITIALIZER_NAME.equals(methodGen.getName())) {
        // Policy StaticPromises: assumed here, checked at every exit of every body.
        frame.assumeStaticFlagInvariants(candidates);
      }
      return;
    }
    if (candidates.flags().isEmpty()) {
      return;
    }
    if (inConstructor) {
      // Policy StaticPromises: the class's static state is as its methods leave it.
      frame.assumeStaticFlagInvariants(candidates);
      // A new object's boolean fields are false until its constructor assigns them, and its
      // counters 0.
      java.util.Set<Flag> staticFlags = new java.util.HashSet<>();
      for (Flag.Field flag : candidates.flags()) {
        if (candidates.isStatic(flag)) {
          // Policy StaticFlags: assigned while the class initialised, before this object; its
          // value is not known, but the constructor's branches on it are followed. A static state
          // flag is as the class's methods leave it (StaticPromises).
          staticFlags.add(flag);
          continue;
        }
        Boolean answer =
            FinalFieldTests.isTestFlag(flag)
                ? ConstantTests.answerForDefault(FinalFieldTests.testOf(flag))
                : Boolean.valueOf(counters.contains(flag.name()));
        if (answer != null) {
          // A test of a field (policy ConstantTests) answers for its default value, 0 or null.
          frame.setFlags(frame.flags().assignConstant(flag, answer, java.util.Set.of()));
        }
      }
      if (!staticFlags.isEmpty()) {
        frame.setFlags(frame.flags().startingWith(staticFlags));
      }
    } else {
      // Spec 8 across methods: assumed here, checked at every exit of every body. A lambda that
      // may run later starts, as a method does, where the class's promises hold; one that runs
      // at once takes the vouchers of its creation instead (MethodAnalyzer.inheritUses).
      frame.assumeFlagInvariants(candidates);
    }
  }

  /**
   * The flags whose value a method's caller gives it: its boolean parameters and, for an instance
   * method, the flag fields of its object (policy {@code EntryConditions}).
   */
  private java.util.Set<Flag> entryFlags(MethodEnvironment.FlagCandidates candidates) {
    java.util.Set<Flag> flags = new java.util.HashSet<>();
    int slot = methodGen.isStatic() ? 0 : 1;
    for (org.apache.bcel.generic.Type parameter : methodGen.getArgumentTypes()) {
      if (parameter == org.apache.bcel.generic.Type.BOOLEAN) {
        flags.add(new Flag.Local(slot));
      }
      slot += parameter.getSize();
    }
    flags.addAll(flagFields(candidates));
    return flags;
  }

  /** The flag fields the body's object or class holds: the static ones, and its object's. */
  private java.util.Set<Flag> flagFields(MethodEnvironment.FlagCandidates candidates) {
    java.util.Set<Flag> flags = new java.util.HashSet<>();
    for (Flag.Field flag : candidates.flags()) {
      if (!methodGen.isStatic() || candidates.isStatic(flag)) {
        flags.add(flag);
      }
    }
    return flags;
  }

  @Override
  public void transferInstruction(InstructionHandle handle, BasicBlock basicBlock, NullFrame fact)
      throws DataflowAnalysisException {
    visitor.setFrameAndLocation(fact, new Location(handle, basicBlock));
    visitor.analyzeInstruction(handle.getInstruction());
  }

  @Override
  public void meetInto(NullFrame fact, Edge edge, NullFrame result)
      throws DataflowAnalysisException {
    if (fact.isValid()) {
      if (edge.getType() == EdgeTypes.SWITCH_DEFAULT_EDGE && pastExhaustiveSwitch(edge)) {
        // A switch that names every constant of its enum runs one of its cases.
        return;
      }
      if (edge.getType() == EdgeTypes.SWITCH_EDGE
          || edge.getType() == EdgeTypes.SWITCH_DEFAULT_EDGE) {
        fact = afterCase(fact, edge);
        if (fact == null) {
          return;
        }
      }
      if (edge.isExceptionEdge()
          && ImpossibleThrows.cannotThrow(
              edge.getSource(),
              methodGen.getClassName(),
              fact,
              methodGen.getConstantPool(),
              ownCallCannotThrow)) {
        // Out of memory, or a field of this being null, is no path the analysis reports on.
        return;
      }
      if (edge.isExceptionEdge()) {
        NullFrame copy = modifyFrame(fact, null);
        copy.clearTested();
        Value dereferenced = dereferencedBy(edge.getSource(), fact);
        if (dereferenced != null
            && !JavaSemantics.catchesNullPointerException(caughtTypes(edge.getTarget()))
            && (fact.isAlwaysNull(dereferenced, inConstructor)
                || !copy.refineOnTest(dereferenced, false))) {
          // The handler cannot catch the NullPointerException of a receiver null here.
          return;
        }
        copy.clearStack();
        copy.pushValue(Value.UNKNOWN);
        fact = copy;
      } else if (fact.flagTest() != null || fact.tested() != null) {
        NullFrame copy = modifyFrame(fact, null);
        copy.clearTested();
        boolean taken = edge.getType() == EdgeTypes.IFCMP_EDGE;
        // A null test of a local tests its flag as well (true where it holds an object).
        NullFrame.FlagTest test = fact.flagTest();
        Flag.HasNext asked =
            test != null && test.flag() instanceof Flag.HasNext hasNext ? hasNext : null;
        Integer iterated =
            asked == null ? null : visitor.localCollections().iterated().get(asked.slot());
        String iteratedField =
            asked == null ? null : visitor.localCollections().iteratedFields().get(asked.slot());
        Flag iteratedEmptiness =
            iterated != null
                ? new Flag.PureTest(iterated, CollectionEmptiness.TEST)
                : iteratedField != null ? flagOf(iteratedField, CollectionEmptiness.TEST) : null;
        Flag.EmptyWhereNull viewed =
            asked != null && copy.getValue(asked.slot()).flag() instanceof Flag.EmptyWhereNull view
                ? view
                : null;
        if (test != null && asked != null && viewed != null) {
          // Policy EmptyViews: an unadvanced iterator of a view that is empty wherever the field
          // is null has a next element only where the field is not null.
          Flag.Unadvanced unadvanced = new Flag.Unadvanced(asked.slot());
          NullFrame advanced = modifyFrame(copy, null);
          if (taken != test.valueOnBranch() || advanced.assumeFlag(unadvanced, false)) {
            mergeInto(advanced, result);
          }
          NullFrame fresh = modifyFrame(copy, null);
          if (taken == test.valueOnBranch()
              && fresh.assumeFlag(unadvanced, true)
              && fresh.refineOnTest(
                  Value.UNKNOWN.withPlace(
                      new Place.FieldPlace(Place.Receiver.THIS, -1, viewed.field())),
                  false)) {
            mergeInto(fresh, result);
          }
          return;
        }
        if (test != null && asked != null && iteratedEmptiness != null) {
          // Policy CollectionEmptiness: an unadvanced iterator of a followed collection has a
          // next element exactly where the collection is not empty; an advanced one says nothing.
          Flag.Unadvanced unadvanced = new Flag.Unadvanced(asked.slot());
          boolean hasNext = taken == test.valueOnBranch();
          NullFrame advanced = modifyFrame(copy, null);
          if (advanced.assumeFlag(unadvanced, false)) {
            mergeInto(advanced, result);
          }
          NullFrame fresh = modifyFrame(copy, null);
          if (fresh.assumeFlag(unadvanced, true) && fresh.assumeFlag(iteratedEmptiness, !hasNext)) {
            mergeInto(fresh, result);
          }
          return;
        }
        if (test != null && test.flag() instanceof Flag.RemainderOf remainder) {
          // Policy CountingLoops: a remainder that is not 0 comes from an advanced index.
          boolean zero = taken == test.valueOnBranch();
          if (!zero && !copy.assumeFlag(new Flag.Unadvanced(remainder.index()), false)) {
            return;
          }
          mergeInto(copy, result);
          return;
        }
        if (test != null && test.flag() instanceof Flag.LoopEntered loop) {
          // Policy CountingLoops: an index that still holds its 0 enters the loop exactly where
          // the bound is at least one; an advanced one says nothing.
          boolean entered = taken == test.valueOnBranch();
          NullFrame advanced = modifyFrame(copy, null);
          if (advanced.assumeFlag(new Flag.Unadvanced(loop.index()), false)) {
            mergeInto(advanced, result);
          }
          NullFrame start = modifyFrame(copy, null);
          if (start.assumeFlag(new Flag.Unadvanced(loop.index()), true)
              && (loop.holdsAnElement() ? entered : start.assumeFlag(loop.atLeastOne(), entered))) {
            mergeInto(start, result);
          }
          return;
        }
        if (test != null && test.other() != null) {
          copy.relateFlags(test.flag(), test.other(), taken == test.valueOnBranch());
        } else if (test != null
            && test.learns(taken)
            && (!copy.assumeFlag(test.flag(), taken == test.valueOnBranch())
                || !ImpliedTests.answer(copy, visitor.testFamily(test.flag(), copy.flags())))) {
          return;
        }
        if (test != null
            && test.other() == null
            && test.learns(taken)
            && test.flag() instanceof Flag.Local local
            && !visitor.answerZeroTest(copy, local.slot(), taken == test.valueOnBranch())) {
          return;
        }
        Value tested = fact.tested();
        if (tested != null) {
          boolean nullSide = taken == fact.testedNullOnBranch();
          // A failed instanceof says nothing: the value may be null, or of another type.
          boolean learnsNothing = nullSide && tested.role() == Value.Role.INSTANCE_TEST;
          if (!learnsNothing && !copy.refineOnTest(tested, nullSide)) {
            return;
          }
          if (!nullSide
              && tested.role() == Value.Role.INSTANCE_TEST
              && tested.flag() != null
              && !copy.assumeFlag(tested.flag(), true)) {
            // A reference flag found non-null by a one-sided test
            // (NullFrameVisitor.pushTestResult).
            return;
          }
        }
        fact = copy;
      }
    }
    mergeInto(fact, result);
  }

  /**
   * Policy ConstantTests: the edge of {@code case C:} of a switch over an enum local or final field
   * finds its flag "== C" true where C is the case's only label, and the default edge finds every
   * labelled constant's flag false; null where that cannot be.
   */
  private @Nullable NullFrame afterCase(NullFrame fact, Edge edge)
      throws DataflowAnalysisException {
    InstructionHandle last = edge.getSource().getLastInstruction();
    if (last == null || !(last.getInstruction() instanceof Select select)) {
      return fact;
    }
    if (fact.flagTest() != null && fact.flagTest().flag() instanceof Flag.ResultNotWhenNull) {
      return afterResultCase(fact, edge, select);
    }
    // The dataflow meets each edge many times: read each switch once.
    EnumSwitches.Selected selected =
        enumSwitches
            .computeIfAbsent(
                last,
                handle ->
                    java.util.Optional.ofNullable(
                        EnumSwitches.at(
                            handle, methodGen.getClassName(), methodGen.getConstantPool())))
            .orElse(null);
    if (selected == null) {
      return fact;
    }
    InstructionHandle target = edge.getTarget().getFirstInstruction();
    java.util.List<String> tests = new java.util.ArrayList<>();
    for (int i = 0; i < select.getMatchs().length; i++) {
      boolean toTarget = select.getTargets()[i] == target;
      if (edge.getType() == EdgeTypes.SWITCH_DEFAULT_EDGE || toTarget) {
        String test = selected.testOf(select.getMatchs()[i]);
        if (test == null) {
          return fact;
        }
        tests.add(test);
      }
    }
    boolean matched = edge.getType() == EdgeTypes.SWITCH_EDGE;
    if (matched && tests.size() != 1) {
      return afterLabels(fact, selected, tests);
    }
    NullFrame copy = modifyFrame(fact, null);
    Flag any = null;
    for (String test : tests) {
      Flag flag = flagOf(selected, test);
      if (flag != null && !copy.assumeFlag(flag, matched)) {
        return null;
      }
      any = flag != null ? flag : any;
    }
    // One constant matched is no other (policy ConstantTests.implied).
    return any == null || ImpliedTests.answer(copy, visitor.testFamily(any, copy.flags()))
        ? copy
        : null;
  }

  /**
   * Policy ResultsWhenNull: the edge of a case of a switch over a result that is {@code whenNull}
   * wherever a field is null: the field is not null on a case whose labels leave that result out,
   * nor on the default edge past a case that names it; null where that cannot be.
   */
  private @Nullable NullFrame afterResultCase(NullFrame fact, Edge edge, Select select)
      throws DataflowAnalysisException {
    Flag.ResultNotWhenNull result =
        (Flag.ResultNotWhenNull) java.util.Objects.requireNonNull(fact.flagTest()).flag();
    InstructionHandle target = edge.getTarget().getFirstInstruction();
    boolean matched = edge.getType() == EdgeTypes.SWITCH_EDGE;
    List<Long> labels = new java.util.ArrayList<>();
    for (int i = 0; i < select.getMatchs().length; i++) {
      if (!matched || select.getTargets()[i] == target) {
        labels.add((long) select.getMatchs()[i]);
      }
    }
    NullFrame copy = modifyFrame(fact, null);
    copy.clearTested();
    if (ResultsWhenNull.nonNullInCase(result.whenNull(), labels, matched)
        && !copy.assumeFlag(result, true)) {
      return null;
    }
    return copy;
  }

  /**
   * The edge of a {@code case} with several labels ({@code case CONNECTED, SYNCING ->}): the
   * variable holds one of them, so no other constant (policy {@link ConstantTests#answerForOneOf});
   * null where that cannot be.
   */
  private @Nullable NullFrame afterLabels(
      NullFrame fact, EnumSwitches.Selected selected, List<String> labels)
      throws DataflowAnalysisException {
    Flag label = null;
    for (String test : labels) {
      label = label != null ? label : flagOf(selected, test);
    }
    if (label == null) {
      return fact;
    }
    NullFrame copy = modifyFrame(fact, null);
    for (Map.Entry<String, Flag> test : visitor.testFamily(label, copy.flags()).entrySet()) {
      Boolean answer = ConstantTests.answerForOneOf(test.getKey(), labels);
      if (answer != null && !copy.assumeFlag(test.getValue(), answer)) {
        return null;
      }
    }
    return copy;
  }

  /** The flag of {@code test} on a field of this object, where the class follows that test. */
  private @Nullable Flag flagOf(String field, String test) {
    return finalFieldTests.getOrDefault(field, java.util.Set.of()).contains(test)
        ? FinalFieldTests.flagOf(methodGen.getClassName(), field, test)
        : null;
  }

  private @Nullable Flag flagOf(EnumSwitches.Selected selected, String test) {
    String field = selected.field();
    if (field == null) {
      return new Flag.PureTest(selected.slot(), test);
    }
    return flagOf(field, test);
  }

  private boolean pastExhaustiveSwitch(Edge edge) {
    InstructionHandle last = edge.getSource().getLastInstruction();
    if (last == null) {
      return false;
    }
    if (exhaustiveSwitches == null) {
      exhaustiveSwitches = ExhaustiveSwitches.in(methodGen);
    }
    return exhaustiveSwitches.contains(last);
  }

  /**
   * The receiver that the instruction of an exception-throwing block dereferences (a call on it, a
   * {@code monitorenter}), as the block's fact holds it before the instruction runs; null for any
   * other instruction.
   */
  private @Nullable Value dereferencedBy(BasicBlock thrower, NullFrame before)
      throws DataflowAnalysisException {
    if (!thrower.isExceptionThrower() || before.getStackDepth() == 0) {
      return null;
    }
    Instruction ins = thrower.getExceptionThrower().getInstruction();
    ConstantPoolGen cpg = methodGen.getConstantPool();
    if (ins instanceof InvokeInstruction invoke
        && ins.getOpcode() != Const.INVOKESTATIC
        && ins.getOpcode() != Const.INVOKEDYNAMIC
        && !Const.CONSTRUCTOR_NAME.equals(invoke.getMethodName(cpg))) {
      int depth = invoke.consumeStack(cpg) - 1;
      return depth < before.getStackDepth() ? before.getStackValue(depth) : null;
    }
    return ins instanceof MONITORENTER ? before.getTopValue() : null;
  }

  /** The types a handler block catches: none for a {@code finally}, which catches everything. */
  private static List<String> caughtTypes(BasicBlock handler) {
    CodeExceptionGen caught = handler.getExceptionGen();
    ObjectType type = caught == null ? null : caught.getCatchType();
    return type == null ? List.of() : List.of(type.getClassName());
  }

  @Override
  public void startIteration() {
    rounds++;
  }

  @Override
  protected void mergeInto(NullFrame other, NullFrame result) throws DataflowAnalysisException {
    boolean resultWasValid = result.isValid() && !result.isTop();
    FlagFacts<Flag, Place> joinedFlags =
        resultWasValid && other.isValid() ? joinFlags(result, other) : null;
    if (joinedFlags != null
        && rounds > FlagFacts.ROUNDS_BEFORE_WIDENING
        && !joinedFlags.equals(result.flags())) {
      // The flags have not settled: the rest of the analysis does without them here.
      joinedFlags = FlagFacts.none();
    }
    super.mergeInto(other, result);
    if (joinedFlags != null && result.isValid()) {
      result.mergeFieldsFrom(other);
      result.setFlags(joinedFlags);
    }
  }

  /**
   * What the flags say where two paths meet. A stack slot holding {@code true} on one path and
   * {@code false} on the other becomes a flag whose value says which path ran (see {@link
   * #mergeValues}).
   */
  private static FlagFacts<Flag, Place> joinFlags(NullFrame result, NullFrame other) {
    Set<Place> nonNullHere = result.nonNullPlaces();
    Set<Place> nonNullThere = other.nonNullPlaces();
    FlagFacts<Flag, Place> here = result.flags();
    FlagFacts<Flag, Place> there = other.flags();
    if (result.getStackDepth() == other.getStackDepth()) {
      for (int slot = result.getNumLocals(); slot < result.getNumSlots(); slot++) {
        if (differentConstants(result.getValue(slot), other.getValue(slot))) {
          // The path that pushed the object vouches for the value until it is stored.
          Place chosen = new Place.ChosenValue(slot);
          if (constant(result.getValue(slot))) {
            nonNullHere = plus(nonNullHere, chosen);
          } else {
            nonNullThere = plus(nonNullThere, chosen);
          }
          Flag.StackSlot merged = new Flag.StackSlot(slot);
          here = here.assignConstant(merged, constant(result.getValue(slot)), nonNullHere);
          there = there.assignConstant(merged, constant(other.getValue(slot)), nonNullThere);
        } else if (nullAndPresumedObject(result, other, slot)) {
          // `holders == null ? null : holders.get(key)`: the slot is an object, as far as the
          // analysis presumes, only where the path that pushed it ran (policy ResultVouchers).
          // That path vouches for the value until it is stored, as for `new` above, so
          // `keywords = sql ? sqlKeywords() : null` keeps "sql -> keywords non-null" (spec 8).
          Place chosen = new Place.ChosenValue(slot);
          if (isNull(result.getValue(slot))) {
            nonNullThere = plus(nonNullThere, chosen);
          } else {
            nonNullHere = plus(nonNullHere, chosen);
          }
          Flag.StackSlot merged = new Flag.StackSlot(slot);
          here = assignChoice(here, merged, result.getValue(slot), nonNullHere);
          there = assignChoice(there, merged, other.getValue(slot), nonNullThere);
        }
      }
    }
    return here.join(there, nonNullHere, nonNullThere);
  }

  /** The merged slot {@code flag} holding what {@code value} pushed on one path. */
  private static FlagFacts<Flag, Place> assignChoice(
      FlagFacts<Flag, Place> facts, Flag flag, Value value, Set<Place> nonNull) {
    return isNull(value)
        ? facts.assignConstant(flag, false, nonNull)
        : facts.assignPresumed(flag, true, nonNull);
  }

  /** A stack slot with the null literal on one path and an object on the other. */
  private static boolean nullAndPresumedObject(NullFrame result, NullFrame other, int slot) {
    Value here = result.getValue(slot);
    Value there = other.getValue(slot);
    return (isNull(here) && isObject(there, other)) || (isNull(there) && isObject(here, result));
  }

  private static boolean isNull(Value value) {
    return value.flag() instanceof Flag.Constant constant && !constant.value();
  }

  private static Set<Place> plus(Set<Place> places, Place place) {
    Set<Place> more = new HashSet<>(places);
    more.add(place);
    return more;
  }

  private static boolean differentConstants(Value a, Value b) {
    return a.flag() instanceof Flag.Constant first
        && b.flag() instanceof Flag.Constant second
        && first.value() != second.value();
  }

  /** A value the analysis takes for an object on its path: new, presumed, or a local known so. */
  private static boolean isObject(Value value, NullFrame frame) {
    Flag flag = value.flag();
    return frame.isPresumedObject(flag)
        || constant(value)
        || (flag instanceof Flag.Local local && frame.flags().knownValue(local).orElse(false));
  }

  private static boolean constant(Value value) {
    return value.flag() instanceof Flag.Constant constant && constant.value();
  }

  @Override
  protected void mergeValues(NullFrame otherFrame, NullFrame resultFrame, int slot) {
    Value here = resultFrame.getValue(slot);
    Value there = otherFrame.getValue(slot);
    if (slot >= resultFrame.getNumLocals()
        && (differentConstants(here, there)
            || nullAndPresumedObject(resultFrame, otherFrame, slot))) {
      // A reference null on one path and new on the other keeps both: its flag says which.
      resultFrame.setValue(slot, Value.merge(here, there).withFlag(new Flag.StackSlot(slot)));
      return;
    }
    Integer first = here.intConstant();
    Integer second = there.intConstant();
    if (slot >= resultFrame.getNumLocals()
        && first != null
        && second != null
        && !first.equals(second)) {
      // `focused ? 0 : FOCUSED`: either constant (policy BitFlags).
      resultFrame.setValue(
          slot, Value.merge(here, there).withFlag(new Flag.EitherInt(first, second)));
      return;
    }
    if (slot >= resultFrame.getNumLocals()
        && (here.flag() instanceof Flag.PresumedObject
            || there.flag() instanceof Flag.PresumedObject)
        && isObject(here, resultFrame)
        && isObject(there, otherFrame)) {
      // {@code c != null ? c : create()}: an object on either path, as far as the analysis
      // presumes.
      resultFrame.setValue(slot, Value.merge(here, there).withFlag(Flag.PRESUMED_OBJECT));
      return;
    }
    resultFrame.setValue(slot, Value.merge(here, there));
  }
}
