package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.ba.BasicBlock;
import edu.umd.cs.findbugs.ba.CFG;
import edu.umd.cs.findbugs.ba.CFGBuilder;
import edu.umd.cs.findbugs.ba.CFGBuilderException;
import edu.umd.cs.findbugs.ba.CFGBuilderFactory;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.ba.Dataflow;
import edu.umd.cs.findbugs.ba.DataflowAnalysisException;
import edu.umd.cs.findbugs.ba.DepthFirstSearch;
import edu.umd.cs.findbugs.ba.Edge;
import edu.umd.cs.findbugs.ba.EdgeTypes;
import edu.umd.cs.findbugs.bcel.BCELUtil;
import io.github.mapinit.policy.AccessKind;
import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.Policy;
import io.github.mapinit.policy.Trace;
import io.github.mapinit.policy.facts.NullTest;
import io.github.mapinit.policy.facts.OwnFieldTest;
import io.github.mapinit.policy.rules.EntryConditions;
import io.github.mapinit.policy.rules.FlagInvariants;
import io.github.mapinit.policy.rules.ResultVouchers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.MethodGen;
import org.apache.bcel.generic.ReferenceType;
import org.apache.bcel.generic.ReturnInstruction;
import org.apache.bcel.generic.Type;
import org.jspecify.annotations.Nullable;

/**
 * Analyses one method once and summarises it: runs {@link MapNullAnalysis} over SpotBugs' CFG, then
 * walks each reachable instruction with its fact to record dereferences that may meet null, the
 * uses a followed helper makes with this method's state, and the field states at return.
 */
final class MethodAnalyzer {

  private final ClassContext classContext;
  private final Method method;
  private final MethodEnvironment env;
  private final Policy policy;
  private final TypeOracle types;
  private final ConstantPoolGen cpg;
  private final LineOracle lines;
  private final String className;

  private final List<Use> uses = new ArrayList<>();
  private final Set<FlagInvariants.Implication> notKeptAtSomeExit = new HashSet<>();
  private final Map<Place.FieldPlace, PlaceState> exit = new HashMap<>();
  private final Map<String, Integer> thisCalls = new LinkedHashMap<>();
  private final Set<String> ownCallsOffThis = new HashSet<>();
  private final Map<Integer, List<String>> lambdasPassed;
  private final Map<String, LocalClassCreation> localClassCreations = new HashMap<>();
  private @Nullable NullFrame exitFrame;

  /** The flag fields of the object that hold one value at every return seen so far. */
  private Map<Flag.Field, Boolean> exitFlags = Map.of();

  private Map<Flag, Boolean> exitConditions = Map.of();

  // For a method returning a boolean: [argument][result] stays true while every return seen so far
  // has the reference argument non-null where the result is that value.
  private boolean @Nullable [][] nullTestHolds;

  /** Per field of the object, whether every return so far says it is non-null when false, true. */
  private @Nullable Map<Place.FieldPlace, boolean[]> fieldTestHolds;

  // Which results some return may give, [false, true]: a result no return gives vouches for
  // nothing (`return false;` alone tests no field; policy ConstantAnswers reads it instead).
  private final boolean[] resultsGiven = new boolean[2];

  private final List<ResultVouchers.Return<String>> resultReturns = new ArrayList<>();
  private boolean returnsOwnNull;

  private @Nullable NullFrame throwFrame;

  MethodAnalyzer(
      ClassContext classContext,
      Method method,
      MethodEnvironment env,
      Policy policy,
      TypeOracle types) {
    this.classContext = classContext;
    this.method = method;
    this.env = env;
    this.policy = policy;
    this.types = types;
    this.cpg = classContext.getConstantPoolGen();
    this.lines = new LineOracle(method);
    this.className = classContext.getJavaClass().getClassName();
    this.lambdasPassed = Callbacks.passedToCalls(classContext.getJavaClass(), method, cpg);
  }

  /**
   * Runs the dataflow. SpotBugs switches its global dataflow debugging on for an analysis that has
   * not converged after {@code dataflow.maxiters} iterations, and leaves it on if the analysis then
   * fails, which would make every later analysis of the run, SpotBugs' own too, print and fail: so
   * it is restored here, and such an analysis fails on its own with a clear message.
   */
  private void run(Dataflow<NullFrame, MapNullAnalysis> dataflow) throws DataflowAnalysisException {
    boolean debugWas = Dataflow.DEBUG;
    try {
      dataflow.execute();
    } catch (RuntimeException e) {
      if (!debugWas && Dataflow.DEBUG) {
        throw new DataflowAnalysisException(
            "no fixed point after " + dataflow.getNumIterations() + " iterations", e);
      }
      throw e;
    } finally {
      Dataflow.DEBUG = debugWas;
    }
  }

  MethodSummary summarize() throws CFGBuilderException, DataflowAnalysisException {
    MethodGen methodGen = classContext.getMethodGen(method);
    if (methodGen == null && method.getCode() != null) {
      // SpotBugs skips "huge" methods (a <clinit> over 2,000 bytes, others over 3,000), but a
      // large enum's class initialisation is where its static maps are assigned.
      methodGen = new MethodGen(method, className, cpg);
    }
    if (methodGen == null) {
      return MethodSummary.UNKNOWN;
    }
    // SpotBugs' refined CFG assumes assertions are enabled and drops the edge that skips them;
    // spec 3 says an assertion is no guard, so the raw CFG is analysed.
    CFGBuilder builder =
        CFGBuilderFactory.create(
            BCELUtil.getMethodDescriptor(classContext.getJavaClass(), method), methodGen);
    builder.build();
    CFG cfg = builder.getCFG();
    DepthFirstSearch dfs = new DepthFirstSearch(cfg);
    dfs.search();
    MethodGen analysed = methodGen;
    NullFrameVisitor visitor =
        new NullFrameVisitor(
            cpg,
            env,
            lines,
            Const.CONSTRUCTOR_NAME.equals(method.getName()),
            lambdasPassed,
            () -> FinalFieldTests.ofLocals(analysed.getInstructionList(), className, cpg),
            () -> LocalCollections.in(analysed.getInstructionList(), method.isStatic(), cpg));
    MapNullAnalysis analysis =
        new MapNullAnalysis(
            methodGen,
            dfs,
            visitor,
            env.flagCandidates(),
            Const.CONSTRUCTOR_NAME.equals(method.getName())
                ? env.freshCounterFields()
                : java.util.List.of(),
            env.counterFields(),
            env.finalFieldTests(),
            this::ownCallCannotThrow,
            env.parametersGivenNull(method));
    run(new Dataflow<>(cfg, analysis));

    for (Iterator<BasicBlock> blocks = cfg.blockIterator(); blocks.hasNext(); ) {
      BasicBlock block = blocks.next();
      NullFrame frame = analysis.createFact();
      analysis.copy(analysis.getStartFact(block), frame);
      for (Iterator<InstructionHandle> handles = block.instructionIterator(); handles.hasNext(); ) {
        if (!frame.isValid()) {
          break;
        }
        InstructionHandle handle = handles.next();
        inspect(handle, frame);
        analysis.transferInstruction(handle, block, frame);
      }
      if (throwsOut(cfg, block)) {
        // A thrower block throws before its instruction runs; another block at its end.
        NullFrame before = block.isExceptionThrower() ? analysis.getStartFact(block) : frame;
        if (!ImpossibleThrows.cannotThrow(
            block, className, before, cpg, this::ownCallCannotThrow)) {
          noteThrow(before);
        }
      }
    }
    uses.sort(Comparator.comparingInt(Use::order));
    if (exitFrame != null) {
      for (Map.Entry<Place.FieldPlace, PlaceState> entry : exitFrame.fieldStates().entrySet()) {
        if (entry.getKey().isEntryBound() || leftByOwnCode(entry.getKey(), entry.getValue())) {
          exit.put(entry.getKey(), entry.getValue());
        }
      }
    }
    Map<Place.FieldPlace, PlaceState> thrownOut = new HashMap<>();
    if (throwFrame != null) {
      for (Map.Entry<Place.FieldPlace, PlaceState> entry : throwFrame.fieldStates().entrySet()) {
        if (entry.getKey().isEntryBound()) {
          thrownOut.put(entry.getKey(), entry.getValue());
        }
      }
    }
    return new MethodSummary(
        Map.copyOf(exit),
        exitFrame != null,
        List.copyOf(uses),
        Collections.unmodifiableMap(thisCalls),
        Set.copyOf(ownCallsOffThis),
        throwFrame != null,
        Map.copyOf(thrownOut),
        Set.copyOf(visitor.assigned()),
        Set.copyOf(visitor.assignedFlags()),
        brokenFlagInvariants(visitor),
        nullTest(),
        Map.copyOf(exitFlags),
        fieldTest(),
        Map.copyOf(localClassCreations),
        parametersTrueOnReturn(),
        ResultVouchers.vouchedBy(resultReturns),
        returnsOwnNull);
  }

  /**
   * Spec 3, guards: at this return of a boolean, which reference arguments the result vouches for:
   * the result is a constant on this path and the argument is known to hold an object, or the
   * result is a flag whose value vouches for it ({@code return m == null || m.isEmpty();}).
   */
  private void noteNullTestAtReturn(NullFrame frame) throws DataflowAnalysisException {
    Type[] arguments = method.getArgumentTypes();
    if (nullTestHolds == null) {
      nullTestHolds = new boolean[arguments.length][2];
      for (boolean[] holds : nullTestHolds) {
        holds[0] = true;
        holds[1] = true;
      }
    }
    Flag result = frame.getTopValue().flag();
    Set<Place> nonNull = frame.nonNullPlaces();
    noteFieldTestAtReturn(frame, result, nonNull);
    int slot = method.isStatic() ? 0 : 1;
    for (int index = 0; index < arguments.length; index++) {
      Place argument = new Place.KnownReference(slot);
      for (boolean value : new boolean[] {false, true}) {
        // A result the analysis does not follow (`return m.isEmpty();` past `if (m == null)
        // return true;`) vouches for what is non-null wherever it is returned.
        boolean vouched =
            arguments[index] instanceof ReferenceType
                && (result == null
                    ? nonNull.contains(argument)
                    : result instanceof Flag.Constant constant
                        ? constant.value() != value || nonNull.contains(argument)
                        : frame.flags().implies(result, value, argument, nonNull));
        nullTestHolds[index][value ? 1 : 0] &= vouched;
      }
      slot += arguments[index].getSize();
    }
  }

  /**
   * Policy ResultVouchers: at this return of a reference, whether it is the null literal, or else
   * which fields of the object are non-null where the value returned is an object.
   */
  private void noteResultAtReturn(NullFrame frame) throws DataflowAnalysisException {
    Value returned = frame.getTopValue();
    Flag flag = returned.flag();
    Flag variable = flag != null && flag.isVariable() ? flag : null;
    if ((flag instanceof Flag.Constant constant && !constant.value())
        || (variable != null && !frame.flags().knownValue(variable).orElse(true))) {
      resultReturns.add(ResultVouchers.Return.ofNull());
      return;
    }
    Set<Place> nonNull = frame.nonNullPlaces();
    Set<String> vouched = new HashSet<>();
    for (FieldKey field : env.trackedInstanceFields()) {
      Place place = new Place.FieldPlace(Place.Receiver.THIS, -1, field);
      if (nonNull.contains(place)
          || (variable != null && frame.flags().implies(variable, true, place, nonNull))) {
        vouched.add(field.name());
      }
    }
    resultReturns.add(ResultVouchers.Return.ofValue(vouched));
  }

  /**
   * Spec 3, guards, on the object's own fields: at this return of a boolean, which fields the
   * result vouches for, as {@link #noteNullTestAtReturn} does for arguments.
   */
  private void noteFieldTestAtReturn(NullFrame frame, @Nullable Flag result, Set<Place> nonNull) {
    if (fieldTestHolds == null) {
      fieldTestHolds = new LinkedHashMap<>();
      // A static method tests the class's static fields; an instance method, the object's.
      for (FieldKey field :
          method.isStatic() ? env.trackedStaticFields() : env.trackedInstanceFields()) {
        fieldTestHolds.put(
            method.isStatic()
                ? new Place.FieldPlace(Place.Receiver.STATIC, -1, field)
                : new Place.FieldPlace(Place.Receiver.THIS, -1, field),
            new boolean[] {true, true});
      }
    }
    if (result instanceof Flag.Constant constant) {
      resultsGiven[constant.value() ? 1 : 0] = true;
    } else {
      resultsGiven[0] = true;
      resultsGiven[1] = true;
    }
    for (Map.Entry<Place.FieldPlace, boolean[]> entry : fieldTestHolds.entrySet()) {
      Place place = entry.getKey();
      for (boolean value : new boolean[] {false, true}) {
        boolean vouched =
            result == null
                ? nonNull.contains(place)
                : result instanceof Flag.Constant constant
                    ? constant.value() != value || nonNull.contains(place)
                    : frame.flags().implies(result, value, place, nonNull);
        entry.getValue()[value ? 1 : 0] &= vouched;
      }
    }
  }

  /**
   * The field of the object that the method's boolean result tests for null, as every return
   * showed.
   */
  private Optional<OwnFieldTest> fieldTest() {
    if (fieldTestHolds == null) {
      return Optional.empty();
    }
    for (Map.Entry<Place.FieldPlace, boolean[]> entry : fieldTestHolds.entrySet()) {
      for (boolean value : new boolean[] {true, false}) {
        if (entry.getValue()[value ? 1 : 0] && resultsGiven[value ? 1 : 0]) {
          return Optional.of(new OwnFieldTest(entry.getKey().field().name(), value));
        }
      }
    }
    return Optional.empty();
  }

  /** The argument the method's boolean result tests for null, as every return showed. */
  private Optional<NullTest> nullTest() {
    if (nullTestHolds == null) {
      return Optional.empty();
    }
    for (int index = 0; index < nullTestHolds.length; index++) {
      for (boolean value : new boolean[] {true, false}) {
        if (nullTestHolds[index][value ? 1 : 0]) {
          return Optional.of(new NullTest(index, value));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the method leaves a field it inherits from a superclass of the nest, which its code
   * reaches through {@code this} (an inherited place), in a state its own code decided, or non-null
   * (an inherited {@code super.connect()} that assigns it): callers see that state, as they see
   * this class's own fields (policy {@code Overriding.runsInheritedBody}).
   */
  private boolean leftByOwnCode(Place.FieldPlace place, PlaceState state) {
    return place.receiver() == Place.Receiver.INHERITED
        && ((state.bits() & (Nullness.ENTRY | Nullness.AFTER)) == 0
            || (state.bits() & Nullness.NULL_ATOMS) == 0);
  }

  /** The flag promises that an exit breaks, of those the method may touch (flag or map). */
  private Set<FlagInvariants.Implication> brokenFlagInvariants(NullFrameVisitor visitor) {
    Set<FlagInvariants.Implication> broken = new HashSet<>();
    if (Const.STATIC_INITIALIZER_NAME.equals(method.getName())) {
      // The class's static initialisation as a whole is checked instead (policy StaticPromises).
      return broken;
    }
    for (FlagInvariants.Implication implication : notKeptAtSomeExit) {
      // A constructor starts from a new object's nulls and falses, which may not keep a promise.
      // A static method has no object of its own: it checks only promises about static maps.
      boolean touched =
          Const.CONSTRUCTOR_NAME.equals(method.getName())
              || visitor.assignedFlags().contains(implication.flag())
              || visitor.assigned().stream()
                  .anyMatch(p -> p.isEntryBound() && p.field().name().equals(implication.field()));
      if (touched) {
        broken.add(implication);
      }
    }
    return broken;
  }

  /** Records the flag promises that the state at an exit does not keep. */
  private void checkFlagInvariants(NullFrame frame) {
    MethodEnvironment.FlagCandidates candidates = env.flagCandidates();
    if (candidates.flags().isEmpty()) {
      return;
    }
    Set<Place> nonNull = frame.nonNullPlaces();
    boolean staticMethod = method.isStatic();
    for (Flag.Field flag : candidates.flags()) {
      for (FieldKey field : candidates.fields()) {
        if (!candidates.mayRelate(flag, field) || (staticMethod && !field.isStatic())) {
          // A static method has no object whose map it could leave (policy StaticPromises).
          continue;
        }
        Place.FieldPlace place = NullFrame.ownPlace(field);
        for (boolean value : new boolean[] {true, false}) {
          if (!frame.keepsFlagInvariant(flag, value, place, nonNull)) {
            notKeptAtSomeExit.add(new FlagInvariants.Implication(flag.name(), value, field.name()));
          }
        }
      }
    }
  }

  private static boolean throwsOut(CFG cfg, BasicBlock block) {
    for (Iterator<Edge> edges = cfg.outgoingEdgeIterator(block); edges.hasNext(); ) {
      if (edges.next().getType() == EdgeTypes.UNHANDLED_EXCEPTION_EDGE) {
        return true;
      }
    }
    return false;
  }

  private void noteThrow(NullFrame frame) {
    if (!frame.isValid()) {
      return;
    }
    if (!Const.CONSTRUCTOR_NAME.equals(method.getName())) {
      // A constructor that throws leaves no object for a method to run on.
      checkFlagInvariants(frame);
    }
    if (throwFrame == null) {
      throwFrame = new NullFrame(frame.getNumLocals());
      throwFrame.copyFrom(frame);
    } else {
      throwFrame.mergeFieldsFrom(frame);
    }
  }

  private void inspect(InstructionHandle handle, NullFrame frame) throws DataflowAnalysisException {
    Instruction ins = handle.getInstruction();
    int pc = handle.getPosition();
    if (ins instanceof ReturnInstruction) {
      noteReturn(frame);
      if (ins.getOpcode() == Const.IRETURN && "Z".equals(method.getReturnType().getSignature())) {
        noteNullTestAtReturn(frame);
      }
      if (ins.getOpcode() == Const.ARETURN && !method.isStatic()) {
        noteResultAtReturn(frame);
      }
      if (ins.getOpcode() == Const.ARETURN && frame.isValid()) {
        // Policy NullableResults: a local that holds a null of this method's code here.
        Value returned = frame.getTopValue();
        returnsOwnNull |=
            returned.place() instanceof Place.LocalPlace && (returned.bits() & Nullness.NULL) != 0;
      }
    } else if (ins.getOpcode() == Const.MONITORENTER) {
      checkDereference(frame.getTopValue(), AccessKind.READ, "synchronized", null, pc, frame);
    } else if (ins instanceof INVOKEDYNAMIC creation) {
      // Spec 4: a lambda created after its object's initialisation starts from the state here.
      MethodEnvironment.OwnMethod lambda = env.lambdaCreatedBy(creation, cpg);
      if (lambda != null && isRunAtOnce(handle)) {
        noteCallsRunAtOnce(lambda, creation, pc, frame);
      }
      if (lambda != null && !Callbacks.isLambdaKey(lambda.name())) {
        String key = lambda.name() + lambda.signature();
        if (runsOwnHelperAtOnce(handle, creation, key, frame)) {
          // Spec 4: `forEach(this::bump)` runs the private method here, as a call on this would.
          thisCalls.merge(key, lines.lineOf(pc), Math::min);
          inheritUses(
              lambda.summary(),
              CallTarget.ALL_PLACES,
              Trace.CallSite.creationOf(
                  MethodNames.display(className, lambda.name(), lambda.signature()),
                  lines.lineOf(pc)),
              pc,
              whereRun(handle, frame),
              null,
              EntryConditions.vouchedAtCreation(true),
              EntryConditions.keepsOwnVouchers(true, false));
        } else {
          ownCallsOffThis.add(key);
        }
      }
      // Policy WithdrawnCallbacks: a this::m reference kept for later is a callback too.
      boolean keptReference =
          lambda != null
              && !Callbacks.isLambdaKey(lambda.name())
              && !isRunAtOnce(handle)
              && env.isKeptReference(
                  lambda.name() + lambda.signature(), method.getName() + method.getSignature());
      if (lambda != null
          && (keptReference
              || (Callbacks.isLambdaKey(lambda.name())
                  && !Callbacks.runsDuringInitialisation(method)))) {
        inheritUses(
            lambda.summary(),
            CallTarget.ALL_PLACES,
            creationSite(pc),
            pc,
            whereRun(handle, frame),
            null,
            EntryConditions.vouchedAtCreation(isRunAtOnce(handle)),
            EntryConditions.keepsOwnVouchers(
                isRunAtOnce(handle), Callbacks.runsDuringInitialisation(method)));
      }
    } else if (ins instanceof InvokeInstruction && ins.getOpcode() != Const.INVOKEDYNAMIC) {
      InvokeInstruction invoke = (InvokeInstruction) ins;
      noteLocalClassCreation(handle, invoke, frame);
      for (MethodEnvironment.OwnMethod registered : env.callbacksHandedOver(method, pc)) {
        // Policy RegisteredCallbacks: a callback kept in a final field starts where a call may
        // keep it, as one created here and kept for later would.
        inheritUses(
            registered.summary(),
            CallTarget.ALL_PLACES,
            Trace.CallSite.handoverOf(callbackName(registered), lines.lineOf(pc)),
            pc,
            frame,
            null,
            EntryConditions.vouchedAtCreation(false),
            EntryConditions.keepsOwnVouchers(false, false));
      }
      boolean isStatic = ins.getOpcode() == Const.INVOKESTATIC;
      String name = invoke.getMethodName(cpg);
      // Stack depths count slots: a long or double argument takes two.
      Value receiver = isStatic ? null : frame.getStackValue(invoke.consumeStack(cpg) - 1);
      if (receiver != null && !Const.CONSTRUCTOR_NAME.equals(name)) {
        String owner = invoke.getClassName(cpg);
        AccessKind kind = policy.accessKind(name, type -> types.isSubtype(owner, type));
        checkDereference(receiver, kind, name, owner, pc, frame);
      }
      MethodSummary callee =
          env.calleeSummary(invoke, cpg, receiver != null && receiver.role() == Value.Role.THIS);
      if (callee != null) {
        Trace.CallSite callSite =
            new Trace.CallSite(
                MethodNames.display(className, name, invoke.getSignature(cpg)), lines.lineOf(pc));
        inheritUses(
            callee,
            CallTarget.of(invoke, receiver, cpg),
            callSite,
            pc,
            frame,
            invoke,
            false,
            false);
        if (receiver != null && receiver.role() == Value.Role.THIS) {
          inheritLocalClassCreations(callee, frame);
        }
      }
      runPassedLambdasAtOnce(invoke, name, pc, frame);
      if (passesThis(invoke, frame)) {
        thisEscapes(calleeName(invoke, name), pc, frame);
      }
      boolean dispatchedOnThis =
          ins.getOpcode() == Const.INVOKEVIRTUAL
              || ins.getOpcode() == Const.INVOKEINTERFACE
              // A private method of this class; not a super.m() call, which is another class's.
              || (ins.getOpcode() == Const.INVOKESPECIAL
                  && className.equals(invoke.getClassName(cpg)));
      if (receiver != null
          && receiver.role() == Value.Role.THIS
          && dispatchedOnThis
          && !Const.CONSTRUCTOR_NAME.equals(name)) {
        thisCalls.merge(name + invoke.getSignature(cpg), lines.lineOf(pc), Math::min);
      } else if (className.equals(invoke.getClassName(cpg))
          && !Const.CONSTRUCTOR_NAME.equals(name)) {
        if (isStatic) {
          // A static method of this class, called by its simple name as javac sees it.
          thisCalls.merge(name + invoke.getSignature(cpg), lines.lineOf(pc), Math::min);
        } else {
          ownCallsOffThis.add(name + invoke.getSignature(cpg));
        }
      }
    }
  }

  /**
   * Spec 4: an anonymous or local class of this class, created on {@code this}, starts from the
   * object's fields as they are here: its initialisers, which run here, and, after the object's
   * initialisation, its methods. Its own analysis asks.
   */
  private void noteLocalClassCreation(
      InstructionHandle handle, InvokeInstruction invoke, NullFrame frame) {
    String created = invoke.getClassName(cpg);
    if (invoke.getOpcode() != Const.INVOKESPECIAL
        || !Const.CONSTRUCTOR_NAME.equals(invoke.getMethodName(cpg))
        || !(LocalClasses.isLocalClassOf(created, className)
            || LocalClasses.isMemberClassOf(created, className))
        || method.isStatic()
        || Callbacks.isLambdaBody(method)) {
      return;
    }
    Map<FieldKey, PlaceState> states = new HashMap<>();
    Map<FieldKey, Map<String, Set<Boolean>>> vouchers = new HashMap<>();
    for (FieldKey field : env.trackedInstanceFields()) {
      states.put(field, frame.state(new Place.FieldPlace(Place.Receiver.THIS, -1, field)));
      Map<String, Set<Boolean>> vouching = frame.flagsVouchingForEntryValueOf(field);
      if (!vouching.isEmpty()) {
        vouchers.put(field, Map.copyOf(vouching));
      }
    }
    localClassCreations.merge(
        created,
        new LocalClassCreation(Map.copyOf(states), Map.copyOf(vouchers), guardedWhereRun(handle)),
        LocalClassCreation::joinedWith);
  }

  /**
   * Spec 4: an anonymous or local class that a followed method of this object creates sees the
   * fields as that method finds them, which this caller supplies here: its creation is recorded in
   * this method's summary too, in this method's terms ({@link LocalClassOrigins} reads it where the
   * creator is a private helper that starts from its callers).
   */
  private void inheritLocalClassCreations(MethodSummary callee, NullFrame frame) {
    callee
        .localClassCreations()
        .forEach(
            (created, creation) -> {
              Map<FieldKey, PlaceState> states = new HashMap<>();
              creation
                  .states()
                  .forEach(
                      (field, there) -> {
                        PlaceState here =
                            frame.state(new Place.FieldPlace(Place.Receiver.THIS, -1, field));
                        int bits = Nullness.substituteEntry(there.bits(), here.bits());
                        NullCause cause =
                            (there.bits() & Nullness.NULL) != 0 ? there.cause() : here.cause();
                        states.put(
                            field,
                            new PlaceState(bits, (bits & Nullness.NULL) != 0 ? cause : null));
                      });
              localClassCreations.merge(
                  created,
                  new LocalClassCreation(Map.copyOf(states), Map.of(), creation.guardedFields()),
                  LocalClassCreation::joinedWith);
            });
  }

  /**
   * Spec 4: during initialisation, a lambda runs with the state where it is created only when the
   * call it is passed to runs it at once ({@code forEach}); later it runs after construction.
   */
  private void runPassedLambdasAtOnce(
      InvokeInstruction invoke, String name, int pc, NullFrame frame) {
    List<String> passed = lambdasPassed.get(pc);
    if (passed == null || !Callbacks.runsDuringInitialisation(method)) {
      return;
    }
    boolean runAtOnce = env.runsCallbacksAtOnce(invoke.getClassName(cpg), name);
    boolean inConstructor = Const.CONSTRUCTOR_NAME.equals(method.getName());
    for (String key : passed) {
      MethodEnvironment.OwnMethod lambda = env.method(key);
      // A method reference is followed only where a constructor hands it out (spec 4).
      if (lambda == null || (!Callbacks.isLambdaKey(key) && !inConstructor)) {
        continue;
      }
      Trace.CallSite created =
          Callbacks.isLambdaKey(key)
              ? creationSite(pc)
              : Trace.CallSite.creationOf(
                  MethodNames.display(className, lambda.name(), lambda.signature()),
                  lines.lineOf(pc));
      if (runAtOnce) {
        inheritUses(
            lambda.summary(), CallTarget.ALL_PLACES, created, pc, frame, null, false, false);
      } else if (inConstructor) {
        escapeUses(lambda.summary(), calleeName(invoke, name), created, pc, frame);
      }
    }
  }

  /**
   * Spec 4, this-escape: a constructor hands a lambda to a call that may keep it and call it back
   * before the constructor assigns a field the lambda uses.
   */
  private void escapeUses(
      MethodSummary lambda,
      String callee,
      Trace.@Nullable CallSite created,
      int pc,
      NullFrame frame) {
    int line = lines.lineOf(pc);
    NullCause notYetAssigned =
        new NullCause.NotYetAssignedInConstructor(
            0,
            MethodNames.display(className, method.getName(), method.getSignature()),
            lines.constructorLine());
    NullCause escaped = new NullCause.EscapedDuringConstruction(notYetAssigned, callee, line);
    for (Use use : lambda.uses()) {
      Place.FieldPlace place = use.conditionPlace();
      if ((use.condition() & Nullness.ENTRY_NULL) != 0
          && place != null
          && place.receiver() == Place.Receiver.THIS
          && (frame.state(place).bits() & Nullness.ENTRY_NULL) != 0) {
        uses.add(
            created == null
                ? use.escapedAt(Nullness.NULL, escaped, pc, frame.flags().entryValues())
                : use.throughCall(
                    Nullness.NULL, escaped, created, pc, frame.flags().entryValues()));
      }
    }
  }

  /**
   * Spec 4, this-escape: a constructor gives {@code this} as an argument to code of another class,
   * which may call it back before the constructor returns. A method of the class itself is followed
   * instead.
   */
  private boolean passesThis(InvokeInstruction invoke, NullFrame frame)
      throws DataflowAnalysisException {
    if (!Const.CONSTRUCTOR_NAME.equals(method.getName())
        || className.equals(invoke.getClassName(cpg))
        || Const.CONSTRUCTOR_NAME.equals(invoke.getMethodName(cpg))) {
      return false;
    }
    int depth = 0;
    for (Type argument : invoke.getArgumentTypes(cpg)) {
      depth += argument.getSize();
    }
    for (int slot = 0; slot < depth; slot++) {
      if (frame.getStackValue(slot).role() == Value.Role.THIS) {
        return true;
      }
    }
    return false;
  }

  /** The uses of the class's methods that {@code callee}, given {@code this}, may call back. */
  private void thisEscapes(String callee, int pc, NullFrame frame) {
    for (Method callable : classContext.getJavaClass().getMethods()) {
      if (callable.isPrivate()
          || callable.isStatic()
          || callable.isSynthetic()
          || callable.getName().startsWith("<")) {
        continue;
      }
      MethodEnvironment.OwnMethod target = env.method(callable.getName() + callable.getSignature());
      if (target != null) {
        escapeUses(target.summary(), callee, null, pc, frame);
      }
    }
  }

  private String calleeName(InvokeInstruction invoke, String name) {
    return Const.CONSTRUCTOR_NAME.equals(name)
        ? "new " + MethodNames.simpleName(invoke.getClassName(cpg))
        : name;
  }

  /** Where a lambda created in this method is named in a trace, as javac-based engines do. */
  /** How messages name a callback kept in a field: a lambda, or the method a reference runs. */
  private String callbackName(MethodEnvironment.OwnMethod callback) {
    return Callbacks.isLambdaKey(callback.name())
        ? "a lambda"
        : MethodNames.display(className, callback.name(), callback.signature());
  }

  private Trace.CallSite creationSite(int pc) {
    return Trace.CallSite.creationOf(
        "a lambda in " + MethodNames.display(className, method.getName(), method.getSignature()),
        lines.lineOf(pc));
  }

  private void noteReturn(NullFrame frame) {
    checkFlagInvariants(frame);
    if (exitFrame == null) {
      exitFrame = new NullFrame(frame.getNumLocals());
      exitFrame.copyFrom(frame);
      exitFlags = new HashMap<>(frame.ownFlagValues());
      exitConditions = new HashMap<>(frame.flags().entryValues());
    } else {
      exitFrame.mergeFieldsFrom(frame);
      // The merged frame keeps the first return's flags: a flag's value holds at the exit only
      // if every return has it.
      Map<Flag.Field, Boolean> here = frame.ownFlagValues();
      exitFlags.entrySet().removeIf(known -> !known.getValue().equals(here.get(known.getKey())));
      Map<Flag, Boolean> conditions = frame.flags().entryValues();
      exitConditions
          .entrySet()
          .removeIf(known -> !known.getValue().equals(conditions.get(known.getKey())));
    }
  }

  /** The boolean parameters, by position, that every return found true where the method started. */
  private Set<Integer> parametersTrueOnReturn() {
    Set<Integer> positions = new HashSet<>();
    int slot = method.isStatic() ? 0 : 1;
    Type[] parameters = method.getArgumentTypes();
    for (int i = 0; i < parameters.length; i++) {
      if (Boolean.TRUE.equals(exitConditions.get(new Flag.Local(slot)))) {
        positions.add(i);
      }
      slot += parameters[i].getSize();
    }
    return Set.copyOf(positions);
  }

  /**
   * Records a dereference of {@code value} when the place it came from may be null. A local is
   * tracked when the called method's owner is a tracked type; a field when its declared type is.
   */
  private void checkDereference(
      Value value,
      AccessKind kind,
      String useName,
      @Nullable String owner,
      int pc,
      NullFrame frame) {
    LocalNames names = LocalNames.at(method, pc);
    Site site = site(pc);
    if (value.place() instanceof Place.FieldPlace) {
      Place.FieldPlace place = (Place.FieldPlace) value.place();
      PlaceState state = frame.state(place);
      int condition = Nullness.whenNull(state.bits());
      if (condition != 0) {
        uses.add(
            new Use(
                place.key(names),
                displayName(place, names, pc),
                place.field(),
                -1,
                kind,
                useName,
                site,
                condition,
                state.cause(),
                place,
                Optional.empty(),
                pc,
                knownNonNullFields(frame),
                place.isEntryBound() ? frame.flagsVouchingForEntryValueOf(place.field()) : Map.of(),
                frame.flags().entryValues()));
      }
    } else if (value.place() == null
        && value.cause() instanceof NullCause.ResultMayBeNull result
        && (value.bits() & Nullness.NULL) != 0
        && (owner == null || types.isTracked(owner))) {
      // Policy NullableResults: the result of a call that may return null, used at once.
      uses.add(
          new Use(
              "result " + result.method() + "@" + pc,
              result.method(),
              null,
              -1,
              kind,
              useName,
              site,
              Nullness.NULL,
              result,
              null,
              Optional.empty(),
              pc,
              Set.of(),
              Map.of(),
              frame.flags().entryValues()));
    } else if (value.place() instanceof Place.LocalPlace
        && (owner == null || types.isTracked(owner))) {
      Place.LocalPlace place = (Place.LocalPlace) value.place();
      int condition = Nullness.whenNull(value.bits());
      if (value.source() == null) {
        condition &= Nullness.NULL;
      }
      if ((condition & Nullness.NULL) != 0 && value.cause() == null) {
        condition &= ~Nullness.NULL;
      }
      if (condition != 0) {
        uses.add(
            new Use(
                place.key(names),
                place.displayName(names),
                null,
                place.slot(),
                kind,
                useName,
                site,
                condition,
                value.cause(),
                value.source(),
                Optional.empty(),
                pc,
                Set.of(),
                value.source() != null && value.source().isEntryBound()
                    ? frame.flagsVouchingForCopyOf(value.source().field(), place.slot())
                    : Map.of(),
                frame.flags().entryValues()));
      }
    }
  }

  /**
   * A followed helper's uses that depend on its entry state: they happen with this method's state
   * at the call. Concrete and after-construction uses are the helper's own, reported with it.
   *
   * @param vouchedHere whether the uses run here, with this method's state (a lambda run at once):
   *     the flags that vouch here vouch for them, and the flags known here decide which it reaches
   */
  private void inheritUses(
      MethodSummary callee,
      CallTarget target,
      Trace.CallSite callSite,
      int pc,
      NullFrame frame,
      @Nullable InvokeInstruction call,
      boolean vouchedHere,
      boolean keepsOwnVouchers) {
    for (Use use : callee.uses()) {
      if ((use.condition() & Nullness.ENTRY_NULL) == 0
          || use.conditionPlace() == null
          || !target.shares(use.conditionPlace())) {
        continue;
      }
      if (call != null
          && !EntryConditions.reachable(
              use.entryConditions(), (flag, value) -> feasibleAt(call, frame, flag, value))) {
        // The callee reaches the use only where this call's arguments or flags cannot be.
        continue;
      }
      if (call == null
          && !EntryConditions.reachable(
              use.entryConditions(),
              (flag, value) ->
                  !(flag instanceof Flag.Field)
                      || !EntryConditions.creatorKnowsFlagField(vouchedHere)
                      || frame.flags().assume(flag, value).feasible())) {
        // A lambda run at once reaches the use only where the creator's flags cannot be.
        continue;
      }
      PlaceState state = frame.state(use.conditionPlace());
      int condition = Nullness.whenNull(state.bits()) & (Nullness.NULL | Nullness.ENTRY_NULL);
      if (condition != 0) {
        Use derived =
            use.throughCall(
                condition,
                state.cause(),
                callSite,
                pc,
                EntryConditions.throughCall(
                    frame.flags(), use.entryConditions(), flag -> flag instanceof Flag.Field));
        FieldKey vouched = use.vouchedField();
        if (vouched != null && (call != null || vouchedHere)) {
          // A lambda run at once is a call made here: the flags that vouch here, and those its own
          // tests vouch with once its entry conditions are met here, vouch for its uses.
          derived = derived.withFlagVouchers(vouchersAt(frame, use, vouched));
        } else if (keepsOwnVouchers && !use.flagVouchers().isEmpty()) {
          // Policy EntryConditions.keepsOwnVouchers: a lambda that runs later starts where the
          // class's promises hold, so what its own tests vouch for stays with its uses.
          derived = derived.withFlagVouchers(use.flagVouchers());
        }
        uses.add(derived);
      }
    }
  }

  /**
   * Whether {@code call} (on this where {@code onThis}) runs a body of this class that no subclass
   * replaces and that no exception leaves (policy {@code JavaSemantics.ownCallCannotFail}).
   */
  boolean ownCallCannotThrow(InvokeInstruction call, boolean onThis) {
    return env.ownCallCannotThrow(call, cpg, onThis);
  }

  /**
   * A lambda or a method reference on {@code this} that a call runs before it returns ({@code
   * initial.forEach(this::add)}): its calls on this are this body's own, for the hooks that a
   * constructor calls (policy ConstructorHooks).
   */
  private void noteCallsRunAtOnce(
      MethodEnvironment.OwnMethod lambda, INVOKEDYNAMIC creation, int pc, NullFrame frame)
      throws DataflowAnalysisException {
    if (Callbacks.isLambdaKey(lambda.name())) {
      lambda.summary().thisCalls().forEach((key, line) -> thisCalls.merge(key, line, Math::min));
    } else if (creation.consumeStack(cpg) == 1
        && frame.getStackDepth() > 0
        && frame.getTopValue().role() == Value.Role.THIS) {
      thisCalls.merge(lambda.name() + lambda.signature(), lines.lineOf(pc), Math::min);
    }
  }

  /**
   * The state in which the lambda that {@code creation} makes runs, if it runs at once: where the
   * helper of the class that it is passed to runs it only once its guards found fields non-null
   * (policy {@code CallbackHelpers.runsAtOnceWhereGuarded}), those fields are non-null.
   */
  private NullFrame whereRun(InstructionHandle creation, NullFrame frame) {
    Set<FieldKey> guarded = guardedWhereRun(creation);
    if (guarded.isEmpty()) {
      return frame;
    }
    NullFrame refined = new NullFrame(frame.getNumLocals());
    refined.copyFrom(frame);
    for (FieldKey field : guarded) {
      Place.FieldPlace place = new Place.FieldPlace(Place.Receiver.THIS, -1, field);
      PlaceState state = refined.state(place);
      int nonNull = Nullness.whenNonNull(state.bits());
      if (nonNull != 0) {
        refined.setState(place, state.withBits(nonNull));
      }
    }
    return refined;
  }

  /**
   * The fields of the object that the helper of the class that the value {@code creation} makes (a
   * lambda, an instance of an anonymous class) is passed to finds non-null before it runs it
   * (policy {@code CallbackHelpers.runsAtOnceWhereGuarded}); none otherwise.
   */
  private Set<FieldKey> guardedWhereRun(InstructionHandle creation) {
    InstructionHandle consumer = Callbacks.takerOf(creation, cpg);
    return consumer != null && consumer.getInstruction() instanceof InvokeInstruction call
        ? env.fieldsGuardedByOwnHelper(call.getClassName(cpg), call.getMethodName(cpg))
        : Set.of();
  }

  /**
   * Whether the creation {@code this::m}, for a private instance method of the class, in a method
   * of the class (not a constructor, not a lambda), is passed straight to a call that runs it at
   * once.
   */
  private boolean runsOwnHelperAtOnce(
      InstructionHandle handle, INVOKEDYNAMIC creation, String key, NullFrame frame)
      throws DataflowAnalysisException {
    return env.isPrivateInstanceMethod(key)
        && !method.isStatic()
        && !Const.CONSTRUCTOR_NAME.equals(method.getName())
        && !Callbacks.isLambdaBody(method)
        && creation.consumeStack(cpg) == 1
        && frame.getTopValue().role() == Value.Role.THIS
        && isRunAtOnce(handle);
  }

  /** Whether the lambda that {@code creation} makes is passed straight to a call that runs it. */
  private boolean isRunAtOnce(InstructionHandle creation) {
    InstructionHandle consumer = Callbacks.takerOf(creation, cpg);
    return consumer != null
        && consumer.getInstruction() instanceof InvokeInstruction call
        && env.runsCallbacksAtOnce(call.getClassName(cpg), call.getMethodName(cpg));
  }

  /**
   * The flag fields, by name, that vouch where a call is made for the field a callee's use found as
   * the caller supplied it (policy {@code EntryConditions.vouchersAtCall}).
   */
  private static Map<String, Set<Boolean>> vouchersAt(NullFrame frame, Use use, FieldKey field) {
    Map<Flag, Set<Boolean>> calleeVouchers = new HashMap<>();
    for (Flag flag : frame.flags().flags()) {
      if (flag instanceof Flag.Field own && use.flagVouchers().containsKey(own.name())) {
        calleeVouchers.put(flag, use.flagVouchers().get(own.name()));
      }
    }
    Map<Flag, Set<Boolean>> vouchers =
        EntryConditions.vouchersThroughCall(
            frame.flags(),
            use.entryConditions(),
            calleeVouchers,
            flag -> flag instanceof Flag.Field,
            NullFrame.ownPlace(field),
            new Place.EntryGhost(field));
    Map<String, Set<Boolean>> byName = new HashMap<>();
    vouchers.forEach((flag, values) -> byName.put(((Flag.Field) flag).name(), values));
    return EntryConditions.vouchersAtCall(byName, frame.flagsVouchingForEntryValueOf(field));
  }

  /**
   * Whether, where {@code call} is made, a flag of the callee (a boolean parameter, by its slot, a
   * flag field of the running object, or a static flag) can hold {@code value}: the argument passed
   * for the parameter, or the caller's own facts (policy {@code EntryConditions}).
   */
  private boolean feasibleAt(InvokeInstruction call, NullFrame frame, Flag flag, boolean value) {
    boolean isStatic = call.getOpcode() == Const.INVOKESTATIC;
    if (flag instanceof Flag.Local parameter) {
      int deepest = call.consumeStack(cpg) - 1;
      int depth = deepest - parameter.slot();
      if (depth < 0 || depth > deepest) {
        return true;
      }
      Value argument;
      try {
        argument = frame.getStackValue(depth);
      } catch (DataflowAnalysisException e) {
        return true;
      }
      Flag passed = argument.flag();
      if (passed instanceof Flag.Constant constant) {
        return constant.value() == value;
      }
      return passed == null
          || !passed.isVariable()
          || frame.flags().assume(passed, value).feasible();
    }
    if (!(flag instanceof Flag.Field field)) {
      return true;
    }
    boolean staticField = env.flagCandidates().isStatic(field);
    boolean onThis = false;
    if (!staticField && !isStatic) {
      try {
        onThis = frame.getStackValue(call.consumeStack(cpg) - 1).role() == Value.Role.THIS;
      } catch (DataflowAnalysisException e) {
        return true;
      }
    }
    return !EntryConditions.callerKnowsFlagField(staticField, onThis)
        || frame.flags().assume(flag, value).feasible();
  }

  /** The fields of the running object or class that the frame knows to be non-null. */
  private static Set<String> knownNonNullFields(NullFrame frame) {
    Set<String> fields = new HashSet<>();
    frame
        .fieldStates()
        .forEach(
            (place, state) -> {
              if (place.isEntryBound()
                  && state.bits() != 0
                  && (state.bits() & Nullness.NULL_ATOMS) == 0) {
                fields.add(place.field().name());
              }
            });
    return fields;
  }

  /**
   * The place as a report names it; a field read from another field's object ({@code tx.writes}) by
   * that field, as Error Prone names it, which the place alone does not know.
   */
  private String displayName(Place.FieldPlace place, LocalNames names, int pc) {
    if (place.receiver() == Place.Receiver.UNKNOWN && method.getCode() != null) {
      InstructionHandle read =
          FieldReads.feeding(
              new InstructionList(method.getCode().getCode()), pc, place.field(), cpg);
      String holder = read == null ? null : FieldReads.receiverField(read, cpg);
      if (holder != null) {
        return holder + "." + place.field().name();
      }
    }
    return place.displayName(names);
  }

  private Site site(int pc) {
    return new Site(
        className,
        method.getName(),
        method.getSignature(),
        method.isStatic(),
        pc,
        lines.lineOf(pc));
  }
}
