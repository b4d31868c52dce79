package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.AccessKind;
import io.github.mapinit.policy.JavaSemantics;
import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.Trace;
import io.github.mapinit.policy.facts.NullTest;
import io.github.mapinit.policy.flow.FlagFacts;
import io.github.mapinit.policy.flow.ReferenceValue;
import io.github.mapinit.policy.rules.AtomicFlags;
import io.github.mapinit.policy.rules.AtomicStates;
import io.github.mapinit.policy.rules.BitFlags;
import io.github.mapinit.policy.rules.CollectionEmptiness;
import io.github.mapinit.policy.rules.ConstantTests;
import io.github.mapinit.policy.rules.Counters;
import io.github.mapinit.policy.rules.CountingLoops;
import io.github.mapinit.policy.rules.EmptyViews;
import io.github.mapinit.policy.rules.EntryConditions;
import io.github.mapinit.policy.rules.FreshCounters;
import io.github.mapinit.policy.rules.IntComparison;
import io.github.mapinit.policy.rules.NonEmptyCollections;
import io.github.mapinit.policy.rules.ResultsWhenNull;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.UnionType;
import org.checkerframework.errorprone.dataflow.analysis.ConditionalTransferResult;
import org.checkerframework.errorprone.dataflow.analysis.ForwardTransferFunction;
import org.checkerframework.errorprone.dataflow.analysis.RegularTransferResult;
import org.checkerframework.errorprone.dataflow.analysis.TransferInput;
import org.checkerframework.errorprone.dataflow.analysis.TransferResult;
import org.checkerframework.errorprone.dataflow.cfg.UnderlyingAST;
import org.checkerframework.errorprone.dataflow.cfg.block.ExceptionBlock;
import org.checkerframework.errorprone.dataflow.cfg.node.AbstractNodeVisitor;
import org.checkerframework.errorprone.dataflow.cfg.node.ArrayCreationNode;
import org.checkerframework.errorprone.dataflow.cfg.node.AssignmentNode;
import org.checkerframework.errorprone.dataflow.cfg.node.BinaryOperationNode;
import org.checkerframework.errorprone.dataflow.cfg.node.BitwiseAndNode;
import org.checkerframework.errorprone.dataflow.cfg.node.BitwiseOrNode;
import org.checkerframework.errorprone.dataflow.cfg.node.BitwiseXorNode;
import org.checkerframework.errorprone.dataflow.cfg.node.BooleanLiteralNode;
import org.checkerframework.errorprone.dataflow.cfg.node.CaseNode;
import org.checkerframework.errorprone.dataflow.cfg.node.CatchMarkerNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ClassNameNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ConditionalAndNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ConditionalNotNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ConditionalOrNode;
import org.checkerframework.errorprone.dataflow.cfg.node.EqualToNode;
import org.checkerframework.errorprone.dataflow.cfg.node.FieldAccessNode;
import org.checkerframework.errorprone.dataflow.cfg.node.FunctionalInterfaceNode;
import org.checkerframework.errorprone.dataflow.cfg.node.GreaterThanNode;
import org.checkerframework.errorprone.dataflow.cfg.node.GreaterThanOrEqualNode;
import org.checkerframework.errorprone.dataflow.cfg.node.InstanceOfNode;
import org.checkerframework.errorprone.dataflow.cfg.node.IntegerLiteralNode;
import org.checkerframework.errorprone.dataflow.cfg.node.IntegerRemainderNode;
import org.checkerframework.errorprone.dataflow.cfg.node.LessThanNode;
import org.checkerframework.errorprone.dataflow.cfg.node.LessThanOrEqualNode;
import org.checkerframework.errorprone.dataflow.cfg.node.LocalVariableNode;
import org.checkerframework.errorprone.dataflow.cfg.node.LongLiteralNode;
import org.checkerframework.errorprone.dataflow.cfg.node.MarkerNode;
import org.checkerframework.errorprone.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.errorprone.dataflow.cfg.node.Node;
import org.checkerframework.errorprone.dataflow.cfg.node.NotEqualNode;
import org.checkerframework.errorprone.dataflow.cfg.node.NullLiteralNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ObjectCreationNode;
import org.checkerframework.errorprone.dataflow.cfg.node.SuperNode;
import org.checkerframework.errorprone.dataflow.cfg.node.SwitchExpressionNode;
import org.checkerframework.errorprone.dataflow.cfg.node.SynchronizedNode;
import org.checkerframework.errorprone.dataflow.cfg.node.TernaryExpressionNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ThisNode;
import org.checkerframework.errorprone.dataflow.cfg.node.TypeCastNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ValueLiteralNode;
import org.checkerframework.errorprone.dataflow.cfg.node.WideningConversionNode;
import org.jspecify.annotations.Nullable;

/**
 * The transfer function: how each CFG node changes what the tracked places may hold. Null checks
 * split the state, dereferences prove the place non-null for the rest of the path, and followed
 * calls apply the callee's summary. Uses that may meet a null are collected as the fixpoint runs;
 * values only grow, so the last one seen for a node is its final value.
 */
final class MapInitTransfer
    extends AbstractNodeVisitor<
        TransferResult<Nullness, PlaceStore>, TransferInput<Nullness, PlaceStore>>
    implements ForwardTransferFunction<Nullness, PlaceStore> {

  private final Body body;
  private final AnalysisEnvironment environment;
  private final PlaceStore initialStore;
  private final Map<Tree, Map<Place, Use>> uses = new IdentityHashMap<>();
  private final List<Tree> useOrder = new ArrayList<>();
  private final Set<VarSymbol> assignedFields = new LinkedHashSet<>();
  private final Set<VarSymbol> assignedFlags = new LinkedHashSet<>();
  private final Set<ExceptionBlock> blocksOnlyErrorsLeave = new LinkedHashSet<>();
  private final UnadvancedIterators unadvancedIterators = new UnadvancedIterators();
  private final PureTestFlags pureTests = new PureTestFlags();
  private @Nullable Set<CaseTree> exhaustiveSwitchEnds;
  private @Nullable Map<CaseTree, CaseTree> untestedLastCases;
  private @Nullable Map<VarSymbol, Set<String>> localTests;
  private final Map<VarSymbol, VarSymbol> snapshots = new LinkedHashMap<>();
  private final Map<VarSymbol, CounterFlag> counterCopies = new LinkedHashMap<>();
  private final Map<VarSymbol, VarSymbol> iteratedCollections = new LinkedHashMap<>();
  // Iterators of a helper's result that is empty wherever the field, the value, is null.
  private final Map<VarSymbol, VarSymbol> iteratedEmptyViews = new LinkedHashMap<>();
  private final Map<VarSymbol, VarSymbol> arraysOfLoops = new LinkedHashMap<>();
  // The place that stands for each dereferenced result of a call that may return null.
  private final Map<Tree, VarSymbol> resultPlaces = new LinkedHashMap<>();
  // The names the dataflow graph gives a loop over an array's own index and array variables.
  private static final String LOOP_INDEX = "index#num";
  private static final String LOOP_ARRAY = "array#num";
  private LocalCollections.@Nullable OfBody localCollections;
  private static final String TEST = CollectionEmptiness.TEST;

  MapInitTransfer(Body body, AnalysisEnvironment environment, PlaceStore initialStore) {
    this.body = body;
    this.environment = environment;
    this.initialStore = initialStore;
  }

  /** The boolean fields of the object that the body, or a callee it follows, assigns. */
  Set<VarSymbol> assignedFlags() {
    return assignedFlags;
  }

  /**
   * The snapshots this body took of {@code flag}'s value (policy {@link FlagFacts#assignFrom}):
   * where it was assigned, and the local copies of a counter ({@code depth++ == 0}).
   */
  Set<VarSymbol> snapshotsOf(VarSymbol flag) {
    Set<VarSymbol> taken = new LinkedHashSet<>();
    VarSymbol kept = snapshots.get(flag);
    if (kept != null) {
      taken.add(kept);
    }
    for (CounterFlag copy : counterCopies.values()) {
      if (copy.counter() == flag) {
        taken.add(copy.flag());
      }
    }
    return taken;
  }

  /** The fields of {@code this} and the static fields that the body (or a callee) assigns. */
  Set<VarSymbol> assignedFields() {
    return assignedFields;
  }

  /** Every use that may meet a null, in the order they were first reached. */
  List<Use> uses() {
    List<Use> all = new ArrayList<>();
    for (Tree tree : useOrder) {
      all.addAll(Objects.requireNonNull(uses.get(tree)).values());
    }
    return all;
  }

  @Override
  public PlaceStore initialStore(UnderlyingAST underlyingAST, List<LocalVariableNode> parameters) {
    return initialStore;
  }

  @Override
  public TransferResult<Nullness, PlaceStore> visitNode(
      Node node, TransferInput<Nullness, PlaceStore> input) {
    return new RegularTransferResult<>(Nullness.NON_NULL, input.getRegularStore());
  }

  @Override
  public TransferResult<Nullness, PlaceStore> visitNullLiteral(
      NullLiteralNode node, TransferInput<Nullness, PlaceStore> input) {
    Nullness value =
        Nullness.nullBecause(new NullCause.AssignedNull(environment.lineOf(node.getTree()), true));
    return new RegularTransferResult<>(value, input.getRegularStore());
  }

  @Override
  public TransferResult<Nullness, PlaceStore> visitLocalVariable(
      LocalVariableNode node, TransferInput<Nullness, PlaceStore> input) {
    return readPlace(node, input);
  }

  @Override
  public TransferResult<Nullness, PlaceStore> visitFieldAccess(
      FieldAccessNode node, TransferInput<Nullness, PlaceStore> input) {
    return readPlace(node, input);
  }

  private TransferResult<Nullness, PlaceStore> readPlace(
      Node node, TransferInput<Nullness, PlaceStore> input) {
    if (node.isLValue()) {
      // The target of an assignment, evaluated after its value: it reads nothing, and keeps the
      // branches of a condition being assigned ({@code this.valid = setEnvironment(..)}).
      return input.containsTwoStores()
          ? new ConditionalTransferResult<>(
              Nullness.NON_NULL, input.getThenStore(), input.getElseStore())
          : new RegularTransferResult<>(Nullness.NON_NULL, input.getRegularStore());
    }
    PlaceStore store = input.getRegularStore();
    VarSymbol flag = environment.flagOf(node);
    if (flag != null) {
      // Each branch of a test of the flag learns what its value vouches for (spec 8).
      return new ConditionalTransferResult<>(
          Nullness.NON_NULL, store.assumeFlag(flag, true), store.assumeFlag(flag, false));
    }
    Place place = environment.placeOf(node);
    return new RegularTransferResult<>(place == null ? Nullness.NON_NULL : store.get(place), store);
  }

  @Override
  public TransferResult<Nullness, PlaceStore> visitTypeCast(
      TypeCastNode node, TransferInput<Nullness, PlaceStore> input) {
    return new RegularTransferResult<>(valueOf(node.getOperand(), input), input.getRegularStore());
  }

  @Override
  public TransferResult<Nullness, PlaceStore> visitTernaryExpression(
      TernaryExpressionNode node, TransferInput<Nullness, PlaceStore> input) {
    Nullness value =
        valueOf(node.getThenOperand(), input)
            .leastUpperBound(valueOf(node.getElseOperand(), input));
    return new RegularTransferResult<>(value, input.getRegularStore());
  }

  /**
   * The last case of a switch statement that names every constant of its enum: the edge past it,
   * out of the statement, is no path (policy {@code JavaSemantics.switchCoversEnum}).
   */
  @Override
  public TransferResult<Nullness, PlaceStore> visitCase(
      CaseNode node, TransferInput<Nullness, PlaceStore> input) {
    if (exhaustiveSwitchEnds == null) {
      exhaustiveSwitchEnds = ExhaustiveSwitches.lastCasesIn(body.host());
    }
    PlaceStore store = input.getRegularStore();
    PlaceStore matched = store;
    PlaceStore unmatched = store;
    // Policy ConstantTests: `case INDEXED:` on a local or a final field tests its flag "==
    // INDEXED", as `mode == Mode.INDEXED` does; the case's branch learns it only for one label.
    ConstantComparisons.CaseTests tests =
        ConstantComparisons.caseTests(
            node.getSwitchOperand().getExpression().getTree(),
            node.getTree(),
            body.owner(),
            environment::followsField);
    if (tests != null) {
      for (String test : tests.tests()) {
        unmatched = unmatched.assumeFlag(testFlag(tests.variable(), test), false);
      }
      // Policy ConstantTests.answerForOneOf: the variable holds one of the labels' constants, so
      // none of the others (`case CONNECTING, OPEN ->` finds `== CLOSED` false), and a lone
      // label is matched itself.
      Map<String, VarSymbol> flagsOfVariable = testFlagsOf(tests.variable());
      for (Map.Entry<String, VarSymbol> test : flagsOfVariable.entrySet()) {
        Boolean answer = ConstantTests.answerForOneOf(test.getKey(), tests.tests());
        if (answer != null) {
          matched = matched.assumeFlag(test.getValue(), answer);
        }
      }
      // One constant matched is no other (policy ConstantTests.implied).
      matched = withImpliedAnswers(matched, flagsOfVariable);
    }
    if (node.getSwitchOperand().getExpression() instanceof MethodInvocationNode call
        && node.getGuard() == null) {
      // Policy ResultsWhenNull: `switch (routeCount())` whose `case 0:` is where the map is null.
      NullConstantResults.ResultWhenNull result = environment.resultWhenNull(call, body);
      List<Long> labels = intLabels(node.getCaseOperands());
      if (result != null && labels != null) {
        if (ResultsWhenNull.nonNullInCase(result.constant(), labels, true)) {
          matched = nonNullWhereResultTells(matched, result.field());
        }
        if (ResultsWhenNull.nonNullInCase(result.constant(), labels, false)) {
          unmatched = nonNullWhereResultTells(unmatched, result.field());
        }
      }
    }
    if (exhaustiveSwitchEnds.contains(node.getTree())) {
      unmatched = PlaceStore.unreachable(store);
    }
    if (untestedLastCases == null) {
      untestedLastCases = ExhaustiveSwitches.lastCasesAfter(body.host());
    }
    CaseTree last = untestedLastCases.get(node.getTree());
    ConstantComparisons.CaseTests lastTests =
        last == null
            ? null
            : ConstantComparisons.caseTests(
                node.getSwitchOperand().getExpression().getTree(),
                last,
                body.owner(),
                environment::followsField);
    if (lastTests != null && lastTests.tests().size() == 1) {
      // Past the next to last case of a switch expression over every constant is its last case.
      unmatched =
          withImpliedAnswers(
              unmatched.assumeFlag(
                  testFlag(lastTests.variable(), lastTests.tests().iterator().next()), true),
              testFlagsOf(lastTests.variable()));
    }
    return new ConditionalTransferResult<>(Nullness.NON_NULL, matched, unmatched);
  }

  /** The int constants a case names, or null if one is not an int constant. */
  private static @Nullable List<Long> intLabels(List<Node> labels) {
    List<Long> values = new ArrayList<>();
    for (Node label : labels) {
      if (label.getTree() == null
          || !(ASTHelpers.constValue(label.getTree()) instanceof Integer constant)) {
        return null;
      }
      values.add(constant.longValue());
    }
    return values;
  }

  /** {@code store} where the field whose null {@code result} stands for is not null. */
  private PlaceStore nonNullWhereResultTells(PlaceStore store, VarSymbol field) {
    PlaceStore nonNull = store.refine(Place.thisField(field), Nullness.NON_NULL);
    return environment.flagCandidates(body).flags().contains(field)
        ? nonNull.assumeFlag(field, true)
        : nonNull;
  }

  /** The flag of {@code test} on a local (this body's) or a final field (the class's). */
  private VarSymbol testFlag(VarSymbol variable, String test) {
    return variable.getKind() == ElementKind.FIELD
        ? environment.fieldTestFlag(variable, test)
        : pureTests.flagOf(variable, test);
  }

  @Override
  public TransferResult<Nullness, PlaceStore> visitSwitchExpressionNode(
      SwitchExpressionNode node, TransferInput<Nullness, PlaceStore> input) {
    return readPlace(node.getSwitchExpressionVar(), input);
  }

  @Override
  public TransferResult<Nullness, PlaceStore> visitAssignment(
      AssignmentNode node, TransferInput<Nullness, PlaceStore> input) {
    TransferResult<Nullness, PlaceStore> result = assignment(node, input);
    PlaceStore store = result.getRegularStore();
    if (node.getTarget() instanceof FieldAccessNode access
        && access.getElement() instanceof VarSymbol field) {
      if (!environment.fieldTestFlags(field).isEmpty()) {
        store = assignTestedField(field, node, store);
      }
      VarSymbol emptiness = field.isStatic() ? null : environment.emptinessFlag(field);
      if (emptiness != null) {
        // Policy CollectionEmptiness: the class assigns it only new, empty collections.
        assignedFlags.add(emptiness);
        store = store.assignFlag(emptiness, true);
      }
      if (environment.isCounter(field)) {
        // Policy Counters: = 0 makes the counter 0, an increase makes it positive.
        assignedFlags.add(field);
        Counters.Assignment how =
            CounterFields.assignmentBy(node.getTree(), field, environment::isNeverZeroCounter);
        Optional<Boolean> after =
            Counters.flagAfter(
                how, environment.isDecreasingCounter(field), store.knownFlagValue(field));
        PlaceStore before = store;
        store = after.isPresent() ? store.assignFlag(field, after.get()) : store.forgetFlag(field);
        VarSymbol sized =
            how == Counters.Assignment.SIZE
                    && node.getExpression() instanceof MethodInvocationNode size
                ? emptinessFlagOfReceiver(size)
                : null;
        if (sized != null && store.knowsFlag(sized)) {
          // Policy Counters: the size is 0 exactly where the collection is empty.
          store = store.copyFlag(field, sized);
        }
        // What its old value vouched for stays vouched (`if (count == 0) return; Map m = map;
        // map = null; count = 0; m.forEach(..)`).
        store = keepOldValue(field, before, store);
        VarSymbol snapshot = snapshots.get(field);
        if (after.isEmpty() && snapshot != null) {
          // Whichever value a decrease left: `if (--depth == 0) pending = null;`.
          store = store.vouchingAsBefore(field, snapshot);
        }
      } else if (CompilationUnitAnalysis.isWholeNumber(field.type) && store.knowsFlag(field)) {
        // Policy FreshCounters: the field no longer holds 0 for certain.
        store = store.forgetFlag(field);
      }
      return new RegularTransferResult<>(result.getResultValue(), store);
    }
    if (node.getTarget() instanceof LocalVariableNode local
        && local.getElement() instanceof VarSymbol variable) {
      for (VarSymbol test : pureTests.flagsOn(variable).values()) {
        store = store.forgetFlag(test);
      }
      store = answerTestsOfConstant(variable, node.getExpression(), store);
      VarSymbol copied = copiedCounter(node.getExpression());
      if (copied != null) {
        // Policy Counters: the copy is 0 where the counter was (`depth++ == 0` tests the copy),
        // and says so as a snapshot of the counter's flag, which rests on the counter's promises.
        CounterFlag snapshot =
            counterCopies.computeIfAbsent(
                variable,
                copy ->
                    new CounterFlag(
                        new VarSymbol(Flags.SYNTHETIC, copied.name, copied.type, copied.owner),
                        copied));
        store = store.snapshotFlag(snapshot.flag(), store, copied);
      } else if (counterCopies.containsKey(variable)) {
        store = store.forgetFlag(counterCopies.get(variable).flag());
      }
      VarSymbol unadvanced = unadvancedIterators.existingFlagOf(variable);
      VarSymbol iterated = emptinessOfIterated(node.getExpression());
      VarSymbol viewed = fieldEmptyingIterated(node.getExpression());
      iteratedCollections.remove(variable);
      iteratedEmptyViews.remove(variable);
      if (!variable.type.isPrimitive() && opensIteratorOfNonEmpty(node.getExpression())) {
        store = store.assignFlag(unadvancedIterators.flagOf(variable), true);
      } else if (!variable.type.isPrimitive() && iterated != null) {
        iteratedCollections.put(variable, iterated);
        store = store.assignFlag(unadvancedIterators.flagOf(variable), true);
      } else if (!variable.type.isPrimitive() && viewed != null) {
        iteratedEmptyViews.put(variable, viewed);
        store = store.assignFlag(unadvancedIterators.flagOf(variable), true);
      } else if (unadvanced != null) {
        store = store.forgetFlag(unadvanced);
      }
      boolean zero =
          node.getExpression() instanceof IntegerLiteralNode literal && literal.getValue() == 0;
      if ((zero || unadvancedIterators.existingFlagOf(variable) != null)
          && isCountingIndex(variable)) {
        // Policy CountingLoops: unadvanced from its assignment of 0 to its next assignment.
        store = store.assignFlag(unadvancedIterators.flagOf(variable), zero);
      }
      store = noteArrayOfLoop(variable, node.getExpression(), store);
      VarSymbol emptiness = localEmptinessFlag(variable);
      if (emptiness != null && environment.createsEmptyCollection(node.getExpression())) {
        // Policy CollectionEmptiness: a new collection is empty.
        store = store.assignFlag(emptiness, true);
      }
      return new RegularTransferResult<>(result.getResultValue(), store);
    }
    return result;
  }

  /**
   * A field whose tests against constants are flags gets its value: {@code this.mode = mode} makes
   * each test of the field say what the same test of the local says, a constant answers each
   * ({@code link = Link.CONNECTED}), and any other value leaves the tests unknown. An answer that
   * stays as it was keeps what it vouched for.
   */
  private PlaceStore assignTestedField(
      VarSymbol field, AssignmentNode assignment, PlaceStore store) {
    Node value = assignment.getExpression();
    VarSymbol local =
        value instanceof LocalVariableNode read && read.getElement() instanceof VarSymbol variable
            ? variable
            : null;
    Map<String, VarSymbol> fieldTests = Map.copyOf(environment.fieldTestFlags(field));
    Long added = CounterFields.addedBy(assignment.getTree(), field);
    if (added != null) {
      store = addToTestedField(field, added, store);
      fieldTests = Map.of();
    }
    if (local != null) {
      // The local's answers to the field's tests, as far as its own tests tell them.
      fieldTests.keySet().forEach(test -> pureTests.flagOf(local, test));
      store = withImpliedAnswers(store, pureTests.flagsOn(local));
    }
    BitFlags.Update bits = null;
    for (Map.Entry<String, VarSymbol> test : fieldTests.entrySet()) {
      Long mask = local == null ? BitFlags.maskOf(test.getKey()) : null;
      if (mask != null) {
        if (bits == null) {
          bits = bitUpdate(value, field);
        }
        switch (bits.answer(mask)) {
          case SET -> store = store.reassignFlag(test.getValue(), true);
          case CLEAR -> store = store.reassignFlag(test.getValue(), false);
          case UNKNOWN -> store = store.forgetFlag(test.getValue());
          case UNCHANGED -> {
            // Its bits are as they were, and so is what the flag vouches for.
          }
        }
        continue;
      }
      Boolean constant = local == null ? answerOfConstant(test.getKey(), value) : null;
      if (constant != null) {
        // An answer that stays as it was keeps what it vouched for.
        store = store.reassignFlag(test.getValue(), constant);
      } else {
        store =
            local == null
                ? store.forgetFlag(test.getValue())
                : store.copyFlag(test.getValue(), pureTests.flagOf(local, test.getKey()));
      }
    }
    if (!field.getModifiers().contains(Modifier.FINAL)) {
      // A state field (policy ConstantTests.followsStateField): callers forget its tests across
      // this body, and its exits are checked to keep the promises resting on them.
      assignedFlags.addAll(environment.fieldTestFlags(field).values());
    }
    Long floor = local == null ? floorOf(value) : null;
    if (floor != null && !fieldTests.isEmpty()) {
      // Math.max(0, n): the field is at least the constant, whichever value n has.
      VarSymbol floorFlag =
          environment.fieldTestFlag(field, IntComparison.GREATER_OR_EQUAL.flagTested(floor, false));
      store = withImpliedAnswers(store.assignFlag(floorFlag, true), testFlagsOf(field));
    }
    VarSymbol atomic = environment.fieldTestFlags(field).get(AtomicFlags.TEST);
    if (atomic != null
        && value instanceof ObjectCreationNode creation
        && creation.getArguments().size() <= 1) {
      // new AtomicBoolean() holds false, new AtomicBoolean(true) true.
      Boolean initial =
          creation.getArguments().isEmpty()
              ? Boolean.FALSE
              : booleanLiteral(creation.getArguments().get(0));
      if (initial != null) {
        store = store.assignFlag(atomic, initial);
      }
    }
    return store;
  }

  /**
   * Policy {@link ConstantTests#answersAfterAdding}: {@code size++} (or {@code --size}, {@code size
   * += c}) answers each test of the field with the answer that the test shifted by the constant had
   * before, as far as the known answers tell it, a counter's flag among them; the rest are unknown.
   * An answer that stays as it was keeps what it vouched for.
   */
  private PlaceStore addToTestedField(VarSymbol field, long added, PlaceStore store) {
    Map<String, VarSymbol> tests = environment.fieldTestFlags(field);
    Map<String, Boolean> known = new LinkedHashMap<>();
    if (environment.isCounter(field)) {
      known.putAll(
          Counters.answersOfFlag(
              store.knownFlagValue(field), environment.isDecreasingCounter(field)));
    }
    tests.forEach(
        (test, flag) -> store.knownFlagValue(flag).ifPresent(answer -> known.put(test, answer)));
    Map<String, Boolean> after = ConstantTests.answersAfterAdding(known, added, tests.keySet());
    PlaceStore shifted = store;
    for (Map.Entry<String, VarSymbol> test : tests.entrySet()) {
      Boolean answer = after.get(test.getKey());
      shifted =
          answer == null
              ? shifted.forgetFlag(test.getValue())
              : shifted.reassignFlag(test.getValue(), answer);
    }
    return withImpliedAnswers(shifted, tests);
  }

  /**
   * The constant that a call such as {@code Math.max(0, n)} never returns less than (policy {@link
   * ConstantTests#neverBelowArguments}); null for another value.
   */
  private static @Nullable Long floorOf(Node value) {
    if (!(value instanceof MethodInvocationNode call)
        || call.getArguments().size() != 2
        || !(call.getTarget().getMethod().getEnclosingElement() instanceof TypeElement owner)
        || !ConstantTests.neverBelowArguments(
            owner.getQualifiedName().toString(),
            call.getTarget().getMethod().getSimpleName().toString())) {
      return null;
    }
    for (Node argument : call.getArguments()) {
      if (argument.getTree() != null
          && ASTHelpers.constValue(argument.getTree()) instanceof Integer constant) {
        return constant.longValue();
      }
    }
    return null;
  }

  /**
   * Policy {@link ConstantTests}: a local assigned a constant ({@code phase = HEADERS}, {@code
   * state = State.SECTION}) answers each comparison of it with a constant that the body makes,
   * until it is assigned again; the answers vouch for what is non-null here, as a flag's value
   * does.
   */
  private PlaceStore answerTestsOfConstant(VarSymbol local, Node value, PlaceStore store) {
    for (String test : localTests().getOrDefault(local, Set.of())) {
      Boolean answer = answerOfConstant(test, value);
      if (answer != null) {
        store = store.assignFlag(pureTests.flagOf(local, test), answer);
      }
    }
    return store;
  }

  /**
   * The value that {@code value} gives the int field {@code field} of the running object, in terms
   * of its old one (policy {@link BitFlags}): {@code flags | HAS_POOL}, {@code flags & ~HAS_POOL},
   * either of two such, a constant; nothing known for anything else.
   */
  private static BitFlags.Update bitUpdate(Node value, VarSymbol field) {
    Long constant = wholeConstant(value);
    if (constant != null) {
      return BitFlags.Update.constant(constant);
    }
    if (value instanceof FieldAccessNode read
        && read.getElement() == field
        && read.getReceiver() instanceof ThisNode) {
      return BitFlags.Update.unchanged();
    }
    if (value instanceof TypeCastNode cast) {
      // `flags |= HAS_POOL` reaches the graph as `(int) (flags | HAS_POOL)`.
      return bitUpdate(cast.getOperand(), field);
    }
    if (value instanceof TernaryExpressionNode either) {
      return bitUpdate(either.getThenOperand(), field)
          .or(bitUpdate(either.getElseOperand(), field));
    }
    if (value instanceof BinaryOperationNode operation
        && (value instanceof BitwiseOrNode
            || value instanceof BitwiseAndNode
            || value instanceof BitwiseXorNode)) {
      Node left = operation.getLeftOperand();
      Node right = operation.getRightOperand();
      List<Long> masks = constantsOf(right);
      Node operand = left;
      if (masks.isEmpty()) {
        masks = constantsOf(left);
        operand = right;
      }
      if (masks.isEmpty()) {
        return BitFlags.Update.anything();
      }
      BitFlags.Update old = bitUpdate(operand, field);
      BinaryOperator<BitFlags.Update> either = BitFlags.Update::or;
      return masks.stream()
          .map(
              mask ->
                  value instanceof BitwiseOrNode
                      ? old.or(mask)
                      : value instanceof BitwiseAndNode ? old.and(mask) : old.xor(mask))
          .reduce(either)
          .orElseGet(BitFlags.Update::anything);
    }
    return BitFlags.Update.anything();
  }

  /**
   * The int constants that {@code node} may be: the constant itself, or each of a conditional's two
   * ({@code focused ? 0 : FOCUSED}); empty for anything else.
   */
  private static List<Long> constantsOf(Node node) {
    Long constant = wholeConstant(node);
    if (constant != null) {
      return List.of(constant);
    }
    if (node instanceof TernaryExpressionNode either) {
      List<Long> then = constantsOf(either.getThenOperand());
      List<Long> otherwise = constantsOf(either.getElseOperand());
      if (then.size() == 1 && otherwise.size() == 1) {
        return List.of(then.get(0), otherwise.get(0));
      }
    }
    return List.of();
  }

  /** The whole-number constant that {@code node}'s expression is, or null. */
  private static @Nullable Long wholeConstant(Node node) {
    return node.getTree() instanceof ExpressionTree tree
        ? CompilationUnitAnalysis.wholeNumber(ASTHelpers.constValue(tree))
        : null;
  }

  /** The answer of {@code test} for a variable assigned {@code value}, if it is a constant. */
  private static @Nullable Boolean answerOfConstant(String test, Node value) {
    return value.getTree() instanceof ExpressionTree assigned
        ? ConstantComparisons.answerOfAssigned(test, assigned)
        : null;
  }

  /** The tests of each local (and final field) with constants that the body makes. */
  private Map<VarSymbol, Set<String>> localTests() {
    if (localTests == null) {
      localTests =
          ConstantComparisons.testsIn(body.host(), body.owner(), environment::followsField);
    }
    return localTests;
  }

  /**
   * The field wherever which is null the collection whose iterator {@code expression} opens is
   * empty: {@code names().iterator()}, where {@code names()} returns an empty set while the field
   * is null (policy {@link EmptyViews}); null for another expression.
   */
  private @Nullable VarSymbol fieldEmptyingIterated(Node expression) {
    return expression instanceof MethodInvocationNode call
            && NonEmptyCollections.opensIterator(
                call.getTarget().getMethod().getSimpleName().toString(), call.getArguments().size())
        ? fieldEmptyingView(call.getTarget().getReceiver())
        : null;
  }

  /**
   * The field wherever which is null {@code collection} is empty: the result of a helper that
   * returns an empty collection while the field is null, or a view of it ({@code
   * names().keySet()}); null for another expression.
   */
  private @Nullable VarSymbol fieldEmptyingView(Node collection) {
    Node viewed = collection;
    while (viewed instanceof MethodInvocationNode view
        && EmptyViews.isViewOfSameElements(view.getTarget().getMethod().getSimpleName().toString())
        && !view.getTarget().getMethod().getModifiers().contains(Modifier.STATIC)) {
      viewed = view.getTarget().getReceiver();
    }
    return viewed instanceof MethodInvocationNode helper
        ? environment.fieldWhoseNullEmptiesResult(helper, body)
        : null;
  }

  /**
   * Policy {@link EmptyViews}: {@code names().contains(k)} or {@code names().isEmpty()} on a
   * helper's result that is empty wherever a field is null: where the result shows an element, the
   * field is not null. Else {@code result} as it is.
   */
  private TransferResult<Nullness, PlaceStore> elementTestOfEmptyView(
      MethodInvocationNode node, TransferResult<Nullness, PlaceStore> result) {
    Optional<Boolean> holdsElementWhere =
        EmptyViews.resultWhereHoldsElement(
            node.getTarget().getMethod().getSimpleName().toString(), node.getArguments().size());
    VarSymbol field =
        holdsElementWhere.isPresent() ? fieldEmptyingView(node.getTarget().getReceiver()) : null;
    if (field == null || holdsElementWhere.isEmpty()) {
      return result;
    }
    PlaceStore store = result.getRegularStore();
    PlaceStore nonNull = nonNullWhereResultTells(store, field);
    boolean whereTrue = holdsElementWhere.get();
    return new ConditionalTransferResult<>(
        result.getResultValue(),
        whereTrue ? nonNull : store,
        whereTrue ? store : nonNull,
        result.getExceptionalStores());
  }

  /** {@code collection.iterator()} on a collection made with an element (NonEmptyCollections). */
  private boolean opensIteratorOfNonEmpty(Node expression) {
    return expression instanceof MethodInvocationNode call
        && NonEmptyCollections.opensIterator(
            call.getTarget().getMethod().getSimpleName().toString(), call.getArguments().size())
        && call.getTarget().getReceiver() instanceof MethodInvocationNode collection
        && environment.createsNonEmpty(collection);
  }

  private TransferResult<Nullness, PlaceStore> assignment(
      AssignmentNode node, TransferInput<Nullness, PlaceStore> input) {
    VarSymbol flag = environment.flagOf(node.getTarget());
    if (flag != null) {
      return new RegularTransferResult<>(
          Nullness.NON_NULL,
          keepOldValue(flag, input.getRegularStore(), assignFlag(flag, node, input)));
    }
    TransferResult<Nullness, PlaceStore> assigned = assignPlace(node, input);
    Place target = environment.placeOf(node.getTarget());
    if (target != null && node.getExpression() instanceof TernaryExpressionNode ternary) {
      assigned =
          new RegularTransferResult<>(
              assigned.getResultValue(),
              splitOnCondition(ternary, target, assigned.getRegularStore(), input));
    }
    VarSymbol reference = environment.referenceFlagOf(node.getTarget());
    if (reference == null) {
      return assigned;
    }
    TestedFlag condition =
        node.getExpression() instanceof TernaryExpressionNode ternary
            ? ternaryCondition(ternary)
            : null;
    if (condition != null) {
      // Spec 8, correlated conditions: `d = idle == null ? null : idle.get(k)` holds an object
      // only where `idle` does; the two branches met before the assignment, so they are rebuilt
      // from the condition, as for a map (splitOnCondition).
      TernaryExpressionNode ternary = (TernaryExpressionNode) node.getExpression();
      PlaceStore store = assigned.getRegularStore();
      PlaceStore whenTrue =
          assignReferenceFlag(reference, ternary.getThenOperand(), condition.on(store, true));
      PlaceStore whenFalse =
          assignReferenceFlag(reference, ternary.getElseOperand(), condition.on(store, false));
      return new RegularTransferResult<>(
          assigned.getResultValue(), whenTrue.leastUpperBound(whenFalse));
    }
    return new RegularTransferResult<>(
        assigned.getResultValue(),
        assignReferenceFlag(reference, node.getExpression(), assigned.getRegularStore()));
  }

  /**
   * Spec 8, correlated conditions: {@code m = collect ? new LinkedHashMap<>() : null} holds an
   * object exactly where the flag holds, as {@code if (collect) m = new LinkedHashMap<>();} does.
   * The two branches met before the assignment, so they are rebuilt from the flag.
   */
  private PlaceStore splitOnCondition(
      TernaryExpressionNode ternary,
      Place target,
      PlaceStore store,
      TransferInput<Nullness, PlaceStore> input) {
    TestedFlag condition = ternaryCondition(ternary);
    if (condition == null) {
      return store;
    }
    PlaceStore whenTrue = condition.on(store, true);
    PlaceStore whenFalse = condition.on(store, false);
    if (!valueOf(ternary.getThenOperand(), input).mayBeNull()) {
      whenTrue = whenTrue.refine(target, Nullness.NON_NULL);
    }
    if (!valueOf(ternary.getElseOperand(), input).mayBeNull()) {
      whenFalse = whenFalse.refine(target, Nullness.NON_NULL);
    }
    return whenTrue.leastUpperBound(whenFalse);
  }

  /** The flag that a conditional expression's condition tests, or null. */
  private @Nullable TestedFlag ternaryCondition(TernaryExpressionNode ternary) {
    TestedFlag condition = flagTestedBy(ternary.getConditionOperand());
    if (condition == null) {
      condition = nullTestedFlag(ternary.getConditionOperand());
    }
    if (condition == null && ternary.getConditionOperand() instanceof MethodInvocationNode call) {
      // A test that gives the same answer each time: `options.contains(Option.A) ? .. : null`.
      VarSymbol pure = pureTestFlag(call);
      condition = pure == null ? null : new TestedFlag(pure, true);
    }
    return condition;
  }

  /**
   * The reference flag that a null comparison tests ({@code out != null ? new LinkedHashMap<>() :
   * null}): true where the variable holds an object; null for another condition.
   */
  private @Nullable TestedFlag nullTestedFlag(Node condition) {
    if (!(condition instanceof EqualToNode) && !(condition instanceof NotEqualNode)) {
      return null;
    }
    BinaryOperationNode comparison = (BinaryOperationNode) condition;
    Node tested =
        comparison.getLeftOperand() instanceof NullLiteralNode
            ? comparison.getRightOperand()
            : comparison.getRightOperand() instanceof NullLiteralNode
                ? comparison.getLeftOperand()
                : null;
    VarSymbol reference = tested == null ? null : environment.referenceFlagOf(tested);
    return reference == null ? null : new TestedFlag(reference, condition instanceof NotEqualNode);
  }

  /**
   * A flag, and its value where the condition that tests it holds; a one-sided test (of a counter
   * that may go below 0, policy Counters) learns it only on the branch that {@code
   * learnsWhereHolds} or {@code learnsWhereFails} names.
   */
  private record TestedFlag(
      VarSymbol flag, boolean whereHolds, boolean learnsWhereHolds, boolean learnsWhereFails) {

    TestedFlag(VarSymbol flag, boolean whereHolds) {
      this(flag, whereHolds, true, true);
    }

    /** The test that {@code branches} describe, or null if neither branch learns anything. */
    static @Nullable TestedFlag of(VarSymbol flag, Counters.Branches branches) {
      Boolean holds = branches.whereHolds();
      Boolean fails = branches.whereFails();
      if (holds != null) {
        return new TestedFlag(flag, holds, true, fails != null);
      }
      return fails == null ? null : new TestedFlag(flag, !fails, false, true);
    }

    TestedFlag negated() {
      return new TestedFlag(flag, !whereHolds, learnsWhereFails, learnsWhereHolds);
    }

    /** {@code store} on the branch where the condition has {@code value}. */
    PlaceStore on(PlaceStore store, boolean value) {
      boolean learns = value ? learnsWhereHolds : learnsWhereFails;
      return learns ? store.assumeFlag(flag, value == whereHolds) : store;
    }
  }

  /**
   * The flag that a condition tests: a boolean ({@code collect}, {@code !collect}) or a comparison
   * with a constant ({@code mode == Mode.INDEXED}, {@code max > 0}); null for another condition.
   */
  private @Nullable TestedFlag flagTestedBy(Node condition) {
    VarSymbol flag = environment.flagOf(condition);
    if (flag != null) {
      return new TestedFlag(flag, true);
    }
    if (condition instanceof ConditionalNotNode not) {
      TestedFlag negated = flagTestedBy(not.getOperand());
      return negated == null ? null : negated.negated();
    }
    if (condition instanceof BinaryOperationNode comparison) {
      ConstantComparisons.Tested tested =
          ConstantComparisons.of(comparison.getTree(), body.owner(), environment::followsField);
      boolean counted =
          countedBy(comparison.getLeftOperand()) != null
              || countedBy(comparison.getRightOperand()) != null;
      if (tested != null
          && (!counted
              || (tested.isField()
                  && environment.fieldTestFlags(tested.variable()).containsKey(tested.test())))) {
        // A counter's test of something other than whether it is 0 is a state test of it
        // (policy ConstantTests.followsTestOf).
        return new TestedFlag(testFlag(tested.variable(), tested.test()), tested.whereHolds());
      }
      return counterTest(comparison);
    }
    return null;
  }

  /**
   * Policy {@link Counters}: a comparison of a counter of the object with a constant that asks
   * whether it is 0 tests the counter's flag, true where it holds 0.
   */
  private @Nullable TestedFlag counterTest(BinaryOperationNode comparison) {
    IntComparison kind = ConstantComparisons.kindOf(comparison.getTree().getKind());
    boolean sizeOnLeft = comparison.getLeftOperand() instanceof MethodInvocationNode;
    if (sizeOnLeft || comparison.getRightOperand() instanceof MethodInvocationNode) {
      // Policy CollectionEmptiness: a size is never negative, and 0 where the collection is empty.
      MethodInvocationNode call =
          (MethodInvocationNode)
              (sizeOnLeft ? comparison.getLeftOperand() : comparison.getRightOperand());
      Node other = sizeOnLeft ? comparison.getRightOperand() : comparison.getLeftOperand();
      if (kind == null
          || !call.getArguments().isEmpty()
          || !call.getTarget().getMethod().getSimpleName().contentEquals("size")
          || other.getTree() == null
          || !(ASTHelpers.constValue(other.getTree()) instanceof Integer value)) {
        return null;
      }
      VarSymbol emptiness = emptinessFlagOfReceiver(call);
      Boolean whereZero = Counters.holdsWhereZero(kind, value, !sizeOnLeft);
      return emptiness == null || whereZero == null ? null : new TestedFlag(emptiness, whereZero);
    }
    boolean constantOnLeft = countedBy(comparison.getLeftOperand()) == null;
    Node counter = constantOnLeft ? comparison.getRightOperand() : comparison.getLeftOperand();
    Node constant = constantOnLeft ? comparison.getLeftOperand() : comparison.getRightOperand();
    CounterFlag counted = countedBy(counter);
    if (kind == null || counted == null || constant.getTree() == null) {
      return null;
    }
    Long value = CompilationUnitAnalysis.wholeNumber(ASTHelpers.constValue(constant.getTree()));
    if (value == null) {
      return null;
    }
    Counters.Branches branches =
        Counters.branches(
            kind, value, constantOnLeft, environment.isDecreasingCounter(counted.counter()));
    return TestedFlag.of(counted.flag(), branches);
  }

  /**
   * The flag that a counter operand's value is 0 where it holds (policy Counters): the counter's,
   * for a read of it or the value an assignment left in it ({@code --depth == 0}); a local copy's,
   * for a copy of its value ({@code depth++ == 0}, or {@code int before = depth}). Null for another
   * operand.
   */
  private @Nullable CounterFlag countedBy(Node operand) {
    Node read = operand instanceof AssignmentNode assignment ? assignment.getTarget() : operand;
    if (read instanceof FieldAccessNode access
        && access.getReceiver() instanceof ThisNode
        && access.getElement() instanceof VarSymbol field
        && environment.isCounter(field)) {
      return new CounterFlag(field, field);
    }
    return operand instanceof LocalVariableNode local
            && local.getElement() instanceof VarSymbol variable
        ? counterCopies.get(variable)
        : null;
  }

  /** A flag that is true where a value of {@code counter} is 0: its own, or a snapshot's. */
  private record CounterFlag(VarSymbol flag, VarSymbol counter) {}

  /**
   * The counter whose value a local of the body copied where it was last assigned ({@code int
   * before = depth}, javac's temporary of {@code depth++}), or null: the local's flag says what the
   * counter's said there.
   */
  private @Nullable VarSymbol copiedCounter(Node value) {
    return value instanceof FieldAccessNode access
            && access.getReceiver() instanceof ThisNode
            && access.getElement() instanceof VarSymbol field
            && environment.isCounter(field)
        ? field
        : null;
  }

  /**
   * A reference variable as a flag: a copy of another variable says what that one says; otherwise
   * what the value says of its nullness ({@link ReferenceValues}).
   */
  private PlaceStore assignReferenceFlag(VarSymbol reference, Node expression, PlaceStore store) {
    if (reference.getKind() == ElementKind.FIELD) {
      assignedFlags.add(reference);
    }
    VarSymbol source = environment.referenceFlagOf(expression);
    if (source != null && store.knowsFlag(source)) {
      return store.copyFlag(reference, source);
    }
    ReferenceValue value =
        expression instanceof MethodInvocationNode call && environment.mayReturnNull(call, body)
            // Policy NullableResults: null or an object, as the class's own helper returns.
            ? ReferenceValue.UNKNOWN
            : ReferenceValues.of(expression);
    PlaceStore assigned = store.assignReference(reference, value);
    for (VarSymbol field : resultVouchedFields(expression)) {
      // Policy ResultVouchers: `h = lookup(key)` is an object only where the helper found the
      // fields its returns of an object show non-null.
      assigned = assigned.promiseFlag(reference, true, Place.thisField(field));
    }
    // The two hold the same reference until one is assigned again: {@code this.journal =
    // journal; if (journal != null)} tells the field too.
    return source == null ? assigned : assigned.relateFlags(reference, source);
  }

  private TransferResult<Nullness, PlaceStore> assignPlace(
      AssignmentNode node, TransferInput<Nullness, PlaceStore> input) {
    PlaceStore store = input.getRegularStore();
    Nullness value = valueOf(node.getExpression(), input);
    Place target = environment.placeOf(node.getTarget());
    if (target == null) {
      return new RegularTransferResult<>(value, store);
    }
    NullCause.AssignedNull cause =
        new NullCause.AssignedNull(environment.lineOf(node.getTree()), assignedValue(value));
    Nullness assigned;
    if (target.isOwnField()) {
      assignedFields.add(target.variable());
    }
    if (target.isField()) {
      // Another field, a parameter or a call result initialise a field; only a null that this
      // body can see makes it null again.
      assigned =
          value.nullCauses().isEmpty()
              ? Nullness.NON_NULL
              : value.isDefinitelyNull()
                  ? Nullness.nullBecause(cause)
                  : Nullness.NON_NULL.leastUpperBound(Nullness.nullBecause(cause));
      return new RegularTransferResult<>(assigned, store.assign(target, assigned));
    }
    Place source = environment.placeOf(node.getExpression());
    if (source != null && source.isField()) {
      // A local copy of a field: a null check on either now tells about both.
      PlaceStore after = store.assignAlias(target, source);
      return new RegularTransferResult<>(after.get(target), after);
    }
    assigned = value.withNullsFrom(cause);
    return new RegularTransferResult<>(assigned, store.assign(target, assigned));
  }

  /** What an assignment of {@code value} gives its place, as its causes say. */
  private static NullCause.AssignedValue assignedValue(Nullness value) {
    if (value.isDefinitelyNull()) {
      return NullCause.AssignedValue.NULL;
    }
    boolean onlyMissingEntries =
        !value.nullCauses().isEmpty()
            && value.nullCauses().stream()
                .allMatch(
                    cause ->
                        cause instanceof NullCause.AssignedNull assigned
                            && assigned.value() == NullCause.AssignedValue.MISSING_ENTRY);
    return onlyMissingEntries
        ? NullCause.AssignedValue.MISSING_ENTRY
        : NullCause.AssignedValue.MAYBE_NULL;
  }

  /**
   * {@code flag = true}, or a condition whose branches the input still holds apart ({@code known =
   * lookup != null}, {@code done = !pending}, {@code ok = setEnvironment()} where the helper's
   * result vouches for a field): the flag vouches for what each branch knows. Any other value
   * ({@code b &= x}, another call's result) says nothing.
   */
  private PlaceStore assignFlag(
      VarSymbol flag, AssignmentNode node, TransferInput<Nullness, PlaceStore> input) {
    if (flag.getKind() == ElementKind.FIELD) {
      assignedFlags.add(flag);
    }
    Node expression = node.getExpression();
    if (expression instanceof BooleanLiteralNode literal) {
      return input.getRegularStore().assignFlag(flag, literal.getValue());
    }
    VarSymbol source = environment.flagOf(expression);
    if (source != null) {
      // this.enabled = enabled: the two are equal until one is assigned again. (The field's own
      // read as the target comes between, so the input no longer holds the source's branches.)
      return input.getRegularStore().copyFlag(flag, source);
    }
    if (input.containsTwoStores() && isCondition(expression)) {
      return input
          .getThenStore()
          .assignFlag(flag, true)
          .leastUpperBound(input.getElseStore().assignFlag(flag, false));
    }
    VarSymbol accessed =
        expression instanceof MethodInvocationNode call
            ? environment.flagReturnedBy(call, body)
            : null;
    if (accessed != null) {
      return input.getRegularStore().copyFlag(flag, accessed);
    }
    if (expression instanceof MethodInvocationNode call) {
      // The call ends its block, which joins its branches: they are rebuilt from what it tests.
      Optional<Vouched> vouched = vouchedFor(call);
      if (vouched.isPresent()) {
        PlaceStore store = input.getRegularStore();
        boolean when = vouched.get().nonNullWhen();
        return store
            .refine(vouched.get().place(), Nullness.NON_NULL)
            .assignFlag(flag, when)
            .leastUpperBound(store.assignFlag(flag, !when));
      }
    }
    return input.getRegularStore().forgetFlag(flag);
  }

  /** The field that a helper's result tests, on the object the call is made on. */
  private static Place testedPlace(MethodInvocationNode call, VarSymbol field) {
    if (field.isStatic()) {
      return Place.staticField(field);
    }
    VarSymbol held = TrackedPlaces.heldObject(call.getTarget().getReceiver());
    return held == null ? Place.thisField(field) : Place.otherField(held, field);
  }

  /** A place that a call's result tests for null, and the result that says it is not null. */
  private record Vouched(Place place, boolean nonNullWhen) {}

  /** What a call's result tests: a field of the object it is made on, or an argument. */
  private Optional<Vouched> vouchedFor(MethodInvocationNode call) {
    Optional<AnalysisEnvironment.TestedField> field = environment.fieldTestOf(call, body);
    if (field.isPresent()) {
      return Optional.of(
          new Vouched(testedPlace(call, field.get().field()), field.get().nonNullWhen()));
    }
    Optional<NullTest> test = environment.nullTestOf(call, body);
    if (test.isEmpty() || test.get().argument() >= call.getArguments().size()) {
      return Optional.empty();
    }
    Place argument = environment.placeOf(call.getArguments().get(test.get().argument()));
    return argument == null
        ? Optional.empty()
        : Optional.of(new Vouched(argument, test.get().nonNullWhen()));
  }

  /** A node whose transfer keeps its true and false branches apart. */
  private static boolean isCondition(Node node) {
    return node instanceof LocalVariableNode
        || node instanceof FieldAccessNode
        || node instanceof EqualToNode
        || node instanceof NotEqualNode
        || node instanceof InstanceOfNode
        || node instanceof ConditionalNotNode
        || node instanceof ConditionalAndNode
        || node instanceof ConditionalOrNode;
  }

  @Override
  public TransferResult<Nullness, PlaceStore> visitMethodInvocation(
      MethodInvocationNode node, TransferInput<Nullness, PlaceStore> input) {
    TransferResult<Nullness, PlaceStore> atomic = atomicFlagCall(node, input.getRegularStore());
    if (atomic != null) {
      return atomic;
    }
    TransferResult<Nullness, PlaceStore> result = atomicStateCall(node, invocation(node, input));
    VarSymbol emptiness = emptinessFlagOfReceiver(node);
    return emptiness == null
        ? elementTestOfEmptyView(node, result)
        : emptinessCall(node, emptiness, result);
  }

  private TransferResult<Nullness, PlaceStore> invocation(
      MethodInvocationNode node, TransferInput<Nullness, PlaceStore> input) {
    PlaceStore store = input.getRegularStore();
    for (BodySummary registered : environment.callbacksRegistered(node.getTree(), body)) {
      // Policy RegisteredCallbacks: a lambda kept in a final field starts where a call may keep
      // it, as one created here and kept for later would.
      Summaries.usesAtCreation(
          store,
          registered,
          Trace.CallSite.handoverOf(registered.body().name(), environment.lineOf(node.getTree())),
          EntryConditions.vouchedAtCreation(false),
          EntryConditions.keepsOwnVouchers(false, false),
          feasibleAtCreation(false, store),
          this::record);
    }
    ExecutableElement method = node.getTarget().getMethod();
    if (passesThis(node) && escapesFromConstructor(method)) {
      thisEscapesTo(method.getSimpleName().toString(), node.getTree(), store);
    }
    Map<TypeMirror, PlaceStore> exceptionalStores = Map.of();
    boolean callOnOwnObject = mayChangeOwnFields(node);
    if (callOnOwnObject) {
      Optional<Set<Symbol>> assignable =
          method.getModifiers().contains(Modifier.STATIC) && !passesThis(node)
              // A static method has no this: it reaches the running object's fields only through
              // a reference that it is given, so it may assign only the static ones.
              ? Optional.of(Set.of())
              : environment.fieldsAssignedByCall(node, body);
      // Policy StaticPromises: a static helper that assigns no static flag keeps them all.
      Optional<Set<Symbol>> staticStores =
          method.getModifiers().contains(Modifier.STATIC) && !passesThis(node)
              ? environment.fieldsAssignedByStaticCall(node, body)
              : Optional.empty();
      store =
          assignable.isPresent()
              ? forgetTestsOfFields(
                  store.forgetFieldFlags(
                      assignable.get(),
                      staticStores.isEmpty() ? flag -> true : staticFlagsOf(staticStores.get())),
                  assignable.get())
              : store.forgetFieldFlags();
      BodySummary followed = environment.followedCall(node, body);
      if (followed != null) {
        // The flags it sets through calls (an AtomicBoolean's set) are no field it assigns.
        for (VarSymbol flag : followed.assignedFlags()) {
          store = store.forgetFlag(flag);
        }
      }
    }
    if (!method.getModifiers().contains(Modifier.STATIC)) {
      Place receiver = environment.placeOf(node.getTarget().getReceiver());
      if (receiver != null) {
        exceptionalStores = thrownByDereference(node, input.getRegularStore(), receiver);
        String name =
            node.getIterableExpression() != null ? "for" : method.getSimpleName().toString();
        store = dereference(store, receiver, node.getTree(), environment.accessKind(node), name);
      } else if (node.getTarget().getReceiver() instanceof MethodInvocationNode result
          && result.getTarget().getMethod() instanceof MethodSymbol called
          && environment.mayReturnNull(result, body)) {
        // Policy NullableResults: `scoreboardFor(mode).merge(..)` uses the result at once.
        recordResultUse(result, called, node, method);
      }
    }
    if (node.getBlock() instanceof ExceptionBlock block
        && (isBoxing(method)
            || ownCallCannotFail(node, method)
            || (method instanceof MethodSymbol constructor
                && constructor.isConstructor()
                && ConstructionFailures.platformCannotFail(
                    constructor, node.getTree().getArguments())))) {
      // Integer.valueOf(1), which javac inserts, a helper of the class that throws nothing, or a
      // platform superclass's constructor given constants (super(16, 0.75f, false)), fails only
      // with a virtual machine error.
      exceptionalStores = onlyErrorsThrown(block, store);
    }
    if (environment.isNonNullCheck(node) && !node.getArguments().isEmpty()) {
      Place checked = environment.placeOf(node.getArguments().get(0));
      if (checked != null) {
        store = store.refine(checked, Nullness.NON_NULL);
      }
    }
    if (environment.isTrueCheck(node) && !node.getArguments().isEmpty()) {
      // checkState(c) returns only where c holds, as if (!c) throw ... would.
      store = assumeHolds(node.getArguments().get(0), true, store);
    }
    Optional<NullTest> test = environment.nullTestOf(node, body);
    if (test.isPresent() && test.get().argument() < node.getArguments().size()) {
      Node argument = node.getArguments().get(test.get().argument());
      Place tested = environment.placeOf(argument);
      VarSymbol reference = environment.referenceFlagOf(argument);
      if (tested != null || reference != null) {
        // Spec 3: one branch of a test of the call's result knows the argument is not null.
        if (callOnOwnObject) {
          store = carryPromises(input.getRegularStore(), store);
        }
        PlaceStore nonNull = tested == null ? store : store.refine(tested, Nullness.NON_NULL);
        if (tested != null
            && tested.kind() == Place.Kind.THIS_FIELD
            && environment.flagCandidates(body).flags().contains(tested.variable())) {
          // Spec 8: a map field found non-null by the helper vouches for the siblings created
          // with it, as an inline test would (`if (isEmpty(canonicalOf)) return; aliasesOf..`).
          nonNull = nonNull.assumeFlag(tested.variable(), true);
        }
        if (reference != null) {
          // Spec 8: an object there is what the reference flag says.
          nonNull = nonNull.assumeFlag(reference, true);
        }
        return test.get().nonNullWhen()
            ? new ConditionalTransferResult<>(Nullness.NON_NULL, nonNull, store, exceptionalStores)
            : new ConditionalTransferResult<>(Nullness.NON_NULL, store, nonNull, exceptionalStores);
      }
    }
    Optional<AnalysisEnvironment.TestedField> fieldTest = environment.fieldTestOf(node, body);
    if (fieldTest.isPresent()) {
      // Spec 3: one branch of a test of the helper's result knows the field is not null.
      PlaceStore after = applyFollowedCall(node, input, store, callOnOwnObject);
      PlaceStore nonNull =
          after.refine(testedPlace(node, fieldTest.get().field()), Nullness.NON_NULL);
      PlaceStore other = after;
      VarSymbol flag = environment.referenceFlagReturnedBy(node, body);
      if (flag != null) {
        // Spec 8: the result says exactly whether the field is null, so it tests the field's
        // flag both ways (`if (isFinal())` where isFinal() returns `lines == null`).
        nonNull = nonNull.assumeFlag(flag, true);
        other = other.assumeFlag(flag, false);
      }
      return fieldTest.get().nonNullWhen()
          ? new ConditionalTransferResult<>(Nullness.NON_NULL, nonNull, other, exceptionalStores)
          : new ConditionalTransferResult<>(Nullness.NON_NULL, other, nonNull, exceptionalStores);
    }
    store = applyFollowedCall(node, input, store, callOnOwnObject);
    Boolean answer = environment.constantAnswerOf(node, body);
    if (answer != null) {
      // Policy ConstantAnswers: `if (isCaching())`, where isCaching() returns false, is no path.
      PlaceStore none = PlaceStore.unreachable(store);
      return new ConditionalTransferResult<>(
          Nullness.NON_NULL, answer ? store : none, answer ? none : store, exceptionalStores);
    }
    VarSymbol accessed = environment.flagReturnedBy(node, body);
    if (accessed != null) {
      // Spec 8: `if (isValid())` tests the flag that the accessor returns.
      return new ConditionalTransferResult<>(
          Nullness.NON_NULL,
          store.assumeFlag(accessed, true),
          store.assumeFlag(accessed, false),
          exceptionalStores);
    }
    AnswerPaths.Answers answers = environment.flagsAnsweredBy(node, body);
    if (answers != null) {
      // Policy AnsweringHelpers: `if (!running())`, where running() returns `configured &&
      // started`, finds both true where it answers true.
      return new ConditionalTransferResult<>(
          Nullness.NON_NULL,
          assumingAll(store, answers.whenTrue()),
          assumingAll(store, answers.whenFalse()),
          exceptionalStores);
    }
    Optional<AnalysisEnvironment.TestedField> referenceTest =
        environment.referenceFlagTestOf(node, body);
    if (referenceTest.isPresent()) {
      // Spec 8: `if (isOpen())`, where isOpen() returns `host != null`, tests the flag `host`.
      boolean whereTrue = referenceTest.get().nonNullWhen();
      return new ConditionalTransferResult<>(
          Nullness.NON_NULL,
          store.assumeFlag(referenceTest.get().field(), whereTrue),
          store.assumeFlag(referenceTest.get().field(), !whereTrue),
          exceptionalStores);
    }
    Node receiver = node.getTarget().getReceiver();
    if (receiver instanceof MethodInvocationNode collection
        && environment.createsNonEmpty(collection)
        && environment.runsCallbackPerElement(node)) {
      store = runLambdasPassedAtLeastOnce(node, store);
    }
    if (!method.getModifiers().contains(Modifier.STATIC) && environment.runsOneOfCallbacks(node)) {
      store = runOneOfLambdasPassed(node, store);
    }
    Set<Integer> runOnce = environment.argumentsRunOnce(node, body);
    if (!runOnce.isEmpty()) {
      // Policy CallbackHelpers: the helper ran each such lambda before it returned.
      store = runLambdasPassed(node, store, runOnce::contains);
    }
    VarSymbol pureTest = pureTestFlag(node);
    if (pureTest != null) {
      // Spec 8: the same test on the same unchanged value takes the same branch.
      return new ConditionalTransferResult<>(
          Nullness.NON_NULL,
          store.assumeFlag(pureTest, true),
          store.assumeFlag(pureTest, false),
          exceptionalStores);
    }
    VarSymbol unadvanced =
        receiver instanceof LocalVariableNode local && local.getElement() instanceof VarSymbol v
            ? unadvancedIterators.existingFlagOf(v)
            : null;
    if (unadvanced != null) {
      String name = method.getSimpleName().toString();
      VarSymbol emptiness = iteratedCollections.get(((LocalVariableNode) receiver).getElement());
      VarSymbol viewed = iteratedEmptyViews.get(((LocalVariableNode) receiver).getElement());
      if (NonEmptyCollections.asksHasNext(name, node.getArguments().size()) && viewed != null) {
        // Policy EmptyViews: an unadvanced iterator has a next element only where the field that
        // empties its collection is not null.
        PlaceStore advanced = store.assumeFlag(unadvanced, false);
        PlaceStore fresh = store.assumeFlag(unadvanced, true);
        return new ConditionalTransferResult<>(
            Nullness.NON_NULL,
            nonNullWhereResultTells(fresh, viewed).leastUpperBound(advanced),
            store,
            exceptionalStores);
      }
      if (NonEmptyCollections.asksHasNext(name, node.getArguments().size()) && emptiness != null) {
        // Policy CollectionEmptiness: an unadvanced iterator has a next element exactly where
        // its collection is not empty.
        PlaceStore advanced = store.assumeFlag(unadvanced, false);
        PlaceStore fresh = store.assumeFlag(unadvanced, true);
        return new ConditionalTransferResult<>(
            Nullness.NON_NULL,
            fresh.assumeFlag(emptiness, false).leastUpperBound(advanced),
            fresh.assumeFlag(emptiness, true).leastUpperBound(advanced),
            exceptionalStores);
      }
      if (NonEmptyCollections.asksHasNext(name, node.getArguments().size())) {
        // True while the iterator is unadvanced: where it is false, the iterator was advanced.
        return new ConditionalTransferResult<>(
            Nullness.NON_NULL, store, store.assumeFlag(unadvanced, false), exceptionalStores);
      }
      // next(), or anything else, may have taken the element.
      store = store.assignFlag(unadvanced, false);
    }
    Place read = environment.placeOf(node);
    if (read != null) {
      // Policy FieldAccessors: the accessor's result is the field's value.
      return new RegularTransferResult<>(store.get(read), store, exceptionalStores);
    }
    if (environment.missesEntry(node)) {
      // Policy NullableResults.missesEntry: the entry, or null for a missing key.
      Nullness result =
          Nullness.nullBecause(
                  new NullCause.AssignedNull(
                      environment.lineOf(node.getTree()), NullCause.AssignedValue.MISSING_ENTRY))
              .leastUpperBound(Nullness.NON_NULL);
      return new RegularTransferResult<>(result, store, exceptionalStores);
    }
    if (environment.mayReturnNull(node, body)) {
      // Policy NullableResults: as `c ? x : null`, the result initialises where it is not null.
      Nullness result =
          Nullness.nullBecause(new NullCause.AssignedNull(environment.lineOf(node.getTree()), true))
              .leastUpperBound(Nullness.NON_NULL);
      return new RegularTransferResult<>(result, store, exceptionalStores);
    }
    return new RegularTransferResult<>(Nullness.NON_NULL, store, exceptionalStores);
  }

  /**
   * Policy {@link AtomicFlags}: a call on an {@code AtomicBoolean} in a final field of the object
   * reads or writes the field's flag; null for any other call.
   */
  private @Nullable TransferResult<Nullness, PlaceStore> atomicFlagCall(
      MethodInvocationNode node, PlaceStore store) {
    VarSymbol field = atomicFlagField(node.getTarget().getReceiver());
    if (field == null) {
      return null;
    }
    VarSymbol flag = environment.fieldTestFlag(field, AtomicFlags.TEST);
    List<Node> arguments = node.getArguments();
    Boolean first = arguments.isEmpty() ? null : booleanLiteral(arguments.get(0));
    Boolean second = arguments.size() < 2 ? null : booleanLiteral(arguments.get(1));
    AtomicFlags.Operation operation =
        AtomicFlags.of(node.getTarget().getMethod().getSimpleName().toString(), arguments.size());
    if (operation != AtomicFlags.Operation.READ && operation != AtomicFlags.Operation.NONE) {
      assignedFlags.add(flag);
    }
    switch (operation) {
      case READ:
        return new ConditionalTransferResult<>(
            Nullness.NON_NULL, store.assumeFlag(flag, true), store.assumeFlag(flag, false));
      case SET:
        return new RegularTransferResult<>(
            Nullness.NON_NULL,
            keepOldValue(
                flag,
                store,
                first == null ? store.forgetFlag(flag) : store.assignFlag(flag, first)));
      case COMPARE_AND_SET:
        if (first == null || second == null) {
          return new RegularTransferResult<>(Nullness.NON_NULL, store.forgetFlag(flag));
        }
        PlaceStore swapped = store.assumeFlag(flag, first);
        return new ConditionalTransferResult<>(
            Nullness.NON_NULL,
            keepOldValue(flag, swapped, swapped.assignFlag(flag, second)),
            store.assumeFlag(flag, !first));
      case GET_AND_SET:
        if (first == null) {
          return new RegularTransferResult<>(Nullness.NON_NULL, store.forgetFlag(flag));
        }
        PlaceStore wasTrue = store.assumeFlag(flag, true);
        PlaceStore wasFalse = store.assumeFlag(flag, false);
        return new ConditionalTransferResult<>(
            Nullness.NON_NULL,
            keepOldValue(flag, wasTrue, wasTrue.assignFlag(flag, first)),
            keepOldValue(flag, wasFalse, wasFalse.assignFlag(flag, first)));
      case CHANGE:
        return new RegularTransferResult<>(Nullness.NON_NULL, store.forgetFlag(flag));
      default:
        return null;
    }
  }

  /**
   * Policy {@link AtomicStates}: a call that may change the value of an atomic holder in a final
   * field of the object answers the field's tests after {@code result}, the call's transfer: {@code
   * set(C)} and {@code getAndSet(C)} as an assignment of C, {@code compareAndSet(A, B)} as B where
   * it returns true (where the value was A) and "not A" where it returns false, and any other such
   * call leaves them unknown. {@code result} itself for any other call.
   */
  private TransferResult<Nullness, PlaceStore> atomicStateCall(
      MethodInvocationNode node, TransferResult<Nullness, PlaceStore> result) {
    VarSymbol field =
        node.getTarget().getReceiver() instanceof FieldAccessNode access
                && access.getTree() instanceof ExpressionTree read
            ? ConstantComparisons.finalFieldOf(read, body.owner())
            : null;
    Map<String, VarSymbol> tests =
        field == null || !ConstantComparisons.holdsAtomicState(field)
            ? Map.of()
            : environment.fieldTestFlags(field);
    List<Node> arguments = node.getArguments();
    AtomicFlags.Operation operation =
        AtomicStates.of(node.getTarget().getMethod().getSimpleName().toString(), arguments.size());
    if (tests.isEmpty()
        || operation == AtomicFlags.Operation.READ
        || operation == AtomicFlags.Operation.NONE) {
      return result;
    }
    assignedFlags.addAll(tests.values());
    PlaceStore store = result.getRegularStore();
    switch (operation) {
      case SET, GET_AND_SET -> {
        return new RegularTransferResult<>(
            result.getResultValue(),
            answerTests(tests, arguments.get(0), store),
            result.getExceptionalStores());
      }
      case COMPARE_AND_SET -> {
        PlaceStore swapped = store;
        PlaceStore kept = store;
        for (Map.Entry<String, VarSymbol> test : tests.entrySet()) {
          Boolean wasExpected = answerOfConstant(test.getKey(), arguments.get(0));
          if (wasExpected != null) {
            swapped = swapped.assumeFlag(test.getValue(), wasExpected);
          }
          if (AtomicStates.testsExpected(test.getKey(), wasExpected)) {
            kept = kept.assumeFlag(test.getValue(), false);
          }
        }
        return new ConditionalTransferResult<>(
            result.getResultValue(),
            answerTests(tests, arguments.get(1), swapped),
            withImpliedAnswers(kept, tests),
            result.getExceptionalStores());
      }
      default -> {
        PlaceStore forgotten = store;
        for (VarSymbol flag : tests.values()) {
          forgotten = forgotten.forgetFlag(flag);
        }
        return new RegularTransferResult<>(
            result.getResultValue(), forgotten, result.getExceptionalStores());
      }
    }
  }

  /**
   * {@code store} where each of {@code tests}, a field's, has the answer for the value {@code
   * value}, if it is a constant, and is unknown otherwise; what the old answers vouched for stays
   * vouched in their snapshots ({@code if (!status.compareAndSet(ARMED, DISARMED)) return;
   * live.forEach(..)}).
   */
  private PlaceStore answerTests(Map<String, VarSymbol> tests, Node value, PlaceStore store) {
    PlaceStore answered = store;
    for (Map.Entry<String, VarSymbol> test : tests.entrySet()) {
      Boolean answer = answerOfConstant(test.getKey(), value);
      answered =
          answer == null
              ? answered.forgetFlag(test.getValue())
              : answered.reassignFlag(test.getValue(), answer);
    }
    for (VarSymbol flag : tests.values()) {
      answered = keepOldValue(flag, store, answered);
    }
    return answered;
  }

  /**
   * Policy {@link CollectionEmptiness}: a call on a collection of the object whose emptiness the
   * class's promises follow. {@code isEmpty()} tests its flag; an add makes it false, {@code
   * clear()} true, a removal may make it true, and any other change forgets it.
   */
  private TransferResult<Nullness, PlaceStore> emptinessCall(
      MethodInvocationNode node, VarSymbol flag, TransferResult<Nullness, PlaceStore> result) {
    CollectionEmptiness.Operation operation =
        (node.getTreePath() != null && node.getTreePath().getLeaf() instanceof EnhancedForLoopTree)
                || localCollections().plainIteratorCalls().contains(node.getTree())
            // A loop's iterator that is only advanced removes nothing.
            ? CollectionEmptiness.Operation.NONE
            : CollectionEmptiness.of(
                node.getTarget().getMethod().getSimpleName().toString(),
                node.getArguments().size());
    PlaceStore thenBefore = result.getThenStore();
    PlaceStore elseBefore = result.getElseStore();
    PlaceStore thenStore = thenBefore;
    PlaceStore elseStore = elseBefore;
    switch (operation) {
      case IS_EMPTY -> {
        thenStore = thenStore.assumeFlag(flag, true);
        elseStore = elseStore.assumeFlag(flag, false);
      }
      case ADD, CLEAR -> {
        assignedFlags.add(flag);
        boolean empty = operation == CollectionEmptiness.Operation.CLEAR;
        thenStore = thenStore.reassignFlag(flag, empty);
        elseStore = elseStore.reassignFlag(flag, empty);
      }
      case REMOVE -> {
        assignedFlags.add(flag);
        thenStore = thenStore.mayTurnFlag(flag, true);
        elseStore = elseStore.mayTurnFlag(flag, true);
      }
      case CHANGE -> {
        assignedFlags.add(flag);
        thenStore = thenStore.forgetFlag(flag);
        elseStore = elseStore.forgetFlag(flag);
      }
      default -> {
        return result;
      }
    }
    if (operation != CollectionEmptiness.Operation.IS_EMPTY) {
      // What its old value vouched for rests on the class's promise, as for a boolean field.
      thenStore = keepOldValue(flag, thenBefore, thenStore);
      elseStore = keepOldValue(flag, elseBefore, elseStore);
    }
    return operation == CollectionEmptiness.Operation.IS_EMPTY || result.containsTwoStores()
        ? new ConditionalTransferResult<>(
            result.getResultValue(), thenStore, elseStore, result.getExceptionalStores())
        : new RegularTransferResult<>(
            result.getResultValue(), thenStore, result.getExceptionalStores());
  }

  /**
   * The emptiness flag of the collection that {@code call} is made on: one of the running object
   * that the class follows, or one of the body's ({@link LocalCollections}).
   */
  private @Nullable VarSymbol emptinessFlagOfReceiver(MethodInvocationNode call) {
    Node receiver = call.getTarget().getReceiver();
    if (receiver instanceof LocalVariableNode local
        && local.getElement() instanceof VarSymbol variable) {
      return localEmptinessFlag(variable);
    }
    return receiver instanceof FieldAccessNode access
            && access.getReceiver() instanceof ThisNode
            && access.getElement() instanceof VarSymbol field
            && !field.isStatic()
        ? environment.emptinessFlag(field)
        : null;
  }

  /** The emptiness flag of one of the body's followed collections, or null for another local. */
  private @Nullable VarSymbol localEmptinessFlag(VarSymbol variable) {
    // The body's collections are read only where a collection local is used or assigned.
    return environment.isCollection(variable) && localCollections().collections().contains(variable)
        ? pureTests.flagOf(variable, TEST)
        : null;
  }

  private LocalCollections.OfBody localCollections() {
    if (localCollections == null) {
      localCollections = environment.localCollections(body);
    }
    return localCollections;
  }

  /** The emptiness flag of the collection whose iterator {@code value} opens, or null. */
  private @Nullable VarSymbol emptinessOfIterated(Node value) {
    return value instanceof MethodInvocationNode call
            && NonEmptyCollections.opensIterator(
                call.getTarget().getMethod().getSimpleName().toString(), call.getArguments().size())
        ? emptinessFlagOfReceiver(call)
        : null;
  }

  /**
   * Spec 8 across methods: a flag field assigned where its old value vouched for a map ({@code if
   * (!closed) { closed = true; entries.clear(); }}) keeps that word in a snapshot of the old value,
   * a flag of the same name, which rests on the same promise of the class.
   */
  private PlaceStore keepOldValue(VarSymbol flag, PlaceStore before, PlaceStore after) {
    if (flag.getKind() != ElementKind.FIELD || flag.isStatic() || !before.knowsFlag(flag)) {
      return after;
    }
    VarSymbol snapshot = snapshots.computeIfAbsent(flag, FlagSnapshot::new);
    return after.snapshotFlag(snapshot, before, flag);
  }

  /** The final {@code AtomicBoolean} field of the running object that {@code node} reads. */
  private @Nullable VarSymbol atomicFlagField(Node node) {
    if (!(node instanceof FieldAccessNode access)
        || !(access.getTree() instanceof ExpressionTree read)) {
      return null;
    }
    VarSymbol field = ConstantComparisons.finalFieldOf(read, body.owner());
    return field != null && isAtomicFlag(field) ? field : null;
  }

  static boolean isAtomicFlag(VarSymbol field) {
    return field.type.tsym != null
        && field.type.tsym.getQualifiedName().contentEquals(AtomicFlags.TYPE);
  }

  private static @Nullable Boolean booleanLiteral(Node node) {
    return node instanceof BooleanLiteralNode literal ? literal.getValue() : null;
  }

  /**
   * The flag of a test that gives the same answer each time (policy data {@code pure-tests.txt}) on
   * a local, with constant arguments: {@code key.startsWith("a")}; null for any other call.
   */
  private @Nullable VarSymbol pureTestFlag(MethodInvocationNode node) {
    ConstantComparisons.Tested membership =
        ConstantComparisons.membershipTest(node.getTree(), body.owner());
    if (membership != null) {
      // A flag only where the class's field never holds a collection that can change.
      return environment.fieldTestFlags(membership.variable()).get(membership.test());
    }
    String accessor = ConstantComparisons.recordAccessorTest(node.getTarget().getMethod());
    if (accessor != null) {
      Node receiver = node.getTarget().getReceiver();
      if (receiver instanceof LocalVariableNode local
          && local.getElement() instanceof VarSymbol variable) {
        return pureTests.flagOf(variable, accessor);
      }
      VarSymbol field =
          receiver.getTree() instanceof ExpressionTree read
              ? ConstantComparisons.finalFieldOf(read, body.owner())
              : null;
      return field == null ? null : environment.fieldTestFlag(field, accessor);
    }
    if (!(node.getTarget().getReceiver() instanceof LocalVariableNode local)
        || !(local.getElement() instanceof VarSymbol receiver)
        || !environment.isPureTest(node)) {
      return null;
    }
    StringBuilder test = new StringBuilder(node.getTarget().getMethod().getSimpleName());
    for (Node argument : node.getArguments()) {
      if (!(argument instanceof ValueLiteralNode literal)) {
        return null;
      }
      test.append(' ').append(literal.getTree());
    }
    return pureTests.flagOf(receiver, test.toString());
  }

  /**
   * Policy {@code NonEmptyCollections}: {@code forEach} on a collection that holds an element has
   * run each lambda passed to it at least once, so what the lambda leaves holds after the call.
   */
  private PlaceStore runLambdasPassedAtLeastOnce(MethodInvocationNode node, PlaceStore store) {
    return runLambdasPassed(node, store, position -> true);
  }

  /**
   * Policy data {@code one-of-callbacks.txt}: one of the lambdas passed ran, so what each leaves
   * joins; where an argument is no lambda of this class, nothing is known.
   */
  private PlaceStore runOneOfLambdasPassed(MethodInvocationNode node, PlaceStore store) {
    PlaceStore joined = null;
    for (Node argument : node.getArguments()) {
      if (!(argument instanceof FunctionalInterfaceNode function)
          || !(function.getTree() instanceof LambdaExpressionTree lambda)) {
        return store;
      }
      AnalysisEnvironment.CreatedCallback callback = environment.callbackCreated(lambda, body);
      if (callback == null || callback.escapesTo() != null) {
        return store;
      }
      PlaceStore after = Summaries.afterRun(store, callback.summary());
      joined = joined == null ? after : joined.leastUpperBound(after);
    }
    return joined == null ? store : joined;
  }

  /** What the lambdas passed at the positions {@code ran} leave, after each ran once. */
  private PlaceStore runLambdasPassed(
      MethodInvocationNode node, PlaceStore store, java.util.function.IntPredicate ran) {
    PlaceStore after = store;
    List<Node> arguments = node.getArguments();
    for (int position = 0; position < arguments.size(); position++) {
      Node argument = arguments.get(position);
      if (ran.test(position)
          && argument instanceof FunctionalInterfaceNode function
          && function.getTree() instanceof LambdaExpressionTree lambda) {
        AnalysisEnvironment.CreatedCallback callback = environment.callbackCreated(lambda, body);
        if (callback != null && callback.escapesTo() == null) {
          after = Summaries.afterRun(after, callback.summary());
        }
      }
    }
    return after;
  }

  /** The static flags that assigning {@code fields} changes: boolean fields, and their tests. */
  private Predicate<VarSymbol> staticFlagsOf(Set<Symbol> fields) {
    Set<Symbol> flags = new LinkedHashSet<>(fields);
    for (Symbol field : fields) {
      if (field instanceof VarSymbol variable) {
        flags.addAll(environment.fieldTestFlags(variable).values());
      }
    }
    return flags::contains;
  }

  /** A call that may assign {@code fields}: the tests of those that are flags are unknown. */
  private PlaceStore forgetTestsOfFields(PlaceStore store, Set<Symbol> fields) {
    for (Symbol field : fields) {
      if (field instanceof VarSymbol variable && !variable.isStatic()) {
        for (VarSymbol test : environment.fieldTestFlags(variable).values()) {
          store = store.forgetFlag(test);
        }
      }
    }
    return store;
  }

  /**
   * Policy NullSetters: a setter that code of the unit elsewhere passes null leaves its field as
   * this call's argument is (`if (paused == null) setPaused(new LinkedHashMap<>());`), where the
   * argument is known not to be null; its summary says what any call may leave.
   */
  private PlaceStore withStoredArguments(
      MethodInvocationNode node, TransferInput<Nullness, PlaceStore> input, PlaceStore store) {
    for (Map.Entry<Integer, VarSymbol> stored : environment.settersStoredFields(node).entrySet()) {
      int position = stored.getKey();
      if (position < node.getArguments().size()
          && !valueOf(node.getArguments().get(position), input).mayBeNull()) {
        VarSymbol field = stored.getValue();
        store =
            store.assign(
                field.isStatic() ? Place.staticField(field) : Place.thisField(field),
                Nullness.NON_NULL);
      }
    }
    return store;
  }

  /** The store after a call: the followed callee's summary, and the class's promises across it. */
  private PlaceStore applyFollowedCall(
      MethodInvocationNode node,
      TransferInput<Nullness, PlaceStore> input,
      PlaceStore store,
      boolean callOnOwnObject) {
    ExecutableElement method = node.getTarget().getMethod();
    BodySummary callee = environment.followedCall(node, body);
    if (callee != null) {
      Trace.CallSite call =
          new Trace.CallSite(callee.body().name(), environment.lineOf(node.getTree()));
      PlaceStore atCall = input.getRegularStore();
      store =
          Summaries.applyCall(store, callee, call, this::record, atCall, feasibleAt(node, atCall));
      assignedFields.addAll(callee.assignedFields());
      assignedFlags.addAll(callee.assignedFlags());
      if (body.kind() == Body.Kind.CONSTRUCTOR && callee.body().kind() == Body.Kind.CONSTRUCTOR) {
        // Spec 8 across methods: this(...) returns where the called constructor ends, and every
        // exit of that constructor is checked to keep the class's promises, so they hold here.
        AnalysisEnvironment.FlagCandidates candidates = environment.flagCandidates(body);
        store = store.assumeFlagInvariants(candidates);
      }
      for (int position : callee.parametersTrueOnReturn()) {
        // The callee returns only where this argument is true: check(!closed) is a test.
        if (position < node.getArguments().size()) {
          store = assumeHolds(node.getArguments().get(position), true, store);
        }
      }
      if (callOnOwnObject) {
        store = withStoredArguments(node, input, store);
      }
      if (!callee.returnsNormally() || environment.neverReturns(callee.body())) {
        // Every path through the callee throws, or meets a null that always throws (a constructor
        // that this(...) calls, too): nothing after the call runs.
        store = PlaceStore.unreachable(store);
      }
    }
    if (callOnOwnObject) {
      store = carryPromises(input.getRegularStore(), store);
    }
    if (callee != null) {
      // The callee ran on this object or on the class's static state: the flags it left with one
      // value hold them here.
      for (Map.Entry<VarSymbol, Boolean> left : callee.exitFlagValues().entrySet()) {
        store = store.assumeFlag(left.getKey(), left.getValue());
      }
    }
    return store;
  }

  /**
   * A call of a method of the class whose own body runs and no exception leaves (policy {@link
   * JavaSemantics#ownCallCannotFail}).
   */
  private boolean ownCallCannotFail(MethodInvocationNode node, ExecutableElement method) {
    BodySummary callee = environment.followedCall(node, body);
    return callee != null
        && method instanceof MethodSymbol symbol
        && JavaSemantics.ownCallCannotFail(JavacPolicy.isOverridable(symbol), callee.mayThrow());
  }

  /** A boxing conversion (policy {@link JavaSemantics#boxingCannotFail}). */
  private static boolean isBoxing(ExecutableElement method) {
    return method.getModifiers().contains(Modifier.STATIC)
        && method.getEnclosingElement() instanceof TypeElement owner
        && JavaSemantics.boxingCannotFail(
            owner.getQualifiedName().toString(),
            method.getSimpleName().toString(),
            method.getParameters().size(),
            method.getParameters().size() == 1
                && method.getParameters().get(0).asType().getKind().isPrimitive());
  }

  /**
   * Spec 4, this-escape: a constructor that gives {@code this} to code of another class, which may
   * call it back before the constructor returns. A method of the class itself is followed instead.
   */
  private boolean escapesFromConstructor(ExecutableElement callee) {
    return body.kind() == Body.Kind.CONSTRUCTOR
        && callee instanceof MethodSymbol symbol
        && symbol.owner != body.owner()
        && !symbol.isConstructor();
  }

  /** The uses of the class's methods that {@code callee}, given {@code this}, may call back. */
  private void thisEscapesTo(String callee, Tree call, PlaceStore store) {
    int line = environment.lineOf(call);
    for (BodySummary method : environment.methodsCallableBack(body)) {
      Summaries.usesAtLocalCreation(store, method, field -> true, recordEscapingTo(callee, line));
    }
  }

  /** Whether an argument of the call is {@code this}. */
  private static boolean passesThis(MethodInvocationNode call) {
    return call.getArguments().stream().anyMatch(ThisNode.class::isInstance);
  }

  /**
   * Whether, where {@code node} calls a followed method, a flag of the callee (a boolean parameter,
   * a flag field of the running object, or a static flag) can hold a value: the argument passed for
   * the parameter, or the caller's own facts (policy {@code EntryConditions}).
   */
  private BiPredicate<VarSymbol, Boolean> feasibleAt(MethodInvocationNode node, PlaceStore atCall) {
    ExecutableElement callee = node.getTarget().getMethod();
    boolean onOwnObject =
        !callee.getModifiers().contains(Modifier.STATIC)
            && (node.getTarget().getReceiver() instanceof ThisNode
                || node.getTarget().getReceiver() instanceof SuperNode);
    return (flag, value) -> {
      int parameter = callee.getParameters().indexOf(flag);
      if (parameter >= 0) {
        if (parameter >= node.getArguments().size()) {
          return true;
        }
        Node argument = node.getArguments().get(parameter);
        if (argument instanceof BooleanLiteralNode literal) {
          return literal.getValue().equals(value);
        }
        VarSymbol passed = environment.flagOf(argument);
        return passed == null || !atCall.assumeFlag(passed, value).isUnreachable();
      }
      if (flag.getKind() == ElementKind.FIELD
          && EntryConditions.callerKnowsFlagField(flag.isStatic(), onOwnObject)) {
        return !atCall.assumeFlag(flag, value).isUnreachable();
      }
      return true;
    };
  }

  /** Past a call on the running object, the class's promises that held before it (spec 8). */
  private PlaceStore carryPromises(PlaceStore beforeCall, PlaceStore afterCall) {
    AnalysisEnvironment.FlagCandidates candidates = environment.flagCandidates(body);
    return afterCall.carryPromisesAcrossCall(beforeCall, candidates.flags(), candidates.fields());
  }

  /**
   * The stores on the exception edges of a call on a tracked receiver: they remember the receiver,
   * so that a handler that cannot catch a NullPointerException learns it was non-null.
   */
  private static Map<TypeMirror, PlaceStore> thrownByDereference(
      Node call, PlaceStore before, Place receiver) {
    if (!(call.getBlock() instanceof ExceptionBlock block) || !before.get(receiver).mayBeNull()) {
      return Map.of();
    }
    return onEveryException(block, before.thrownByDereferenceOf(receiver));
  }

  /**
   * The exception edges of a node that fails only with a virtual machine error: no path takes them.
   */
  private Map<TypeMirror, PlaceStore> onlyErrorsThrown(ExceptionBlock block, PlaceStore store) {
    blocksOnlyErrorsLeave.add(block);
    return onEveryException(block, PlaceStore.unreachable(store));
  }

  /** Whether {@code block}'s node fails only with a virtual machine error (no path leaves it). */
  boolean onlyErrorsLeave(ExceptionBlock block) {
    return blocksOnlyErrorsLeave.contains(block);
  }

  /** {@code store} on every exception edge out of {@code block}. */
  private static Map<TypeMirror, PlaceStore> onEveryException(
      ExceptionBlock block, PlaceStore store) {
    Map<TypeMirror, PlaceStore> stores = new LinkedHashMap<>();
    for (TypeMirror cause : block.getExceptionalSuccessors().keySet()) {
      stores.put(cause, store);
    }
    return stores;
  }

  /**
   * The start of a {@code catch} block: one whose type cannot catch a NullPointerException is not
   * entered from a dereference of null, so the dereferenced place was non-null there. Any other
   * marker (a {@code finally} block) ends what the exception's origin told.
   */
  @Override
  public TransferResult<Nullness, PlaceStore> visitMarker(
      MarkerNode node, TransferInput<Nullness, PlaceStore> input) {
    boolean catchesNull =
        !(node instanceof CatchMarkerNode handler && handler.getMessage().startsWith("start"))
            || JavaSemantics.catchesNullPointerException(
                caughtTypeNames(((CatchMarkerNode) node).getCatchType()));
    return new RegularTransferResult<>(
        Nullness.NON_NULL, input.getRegularStore().enterHandler(catchesNull));
  }

  private static List<String> caughtTypeNames(TypeMirror caught) {
    List<String> names = new ArrayList<>();
    List<? extends TypeMirror> alternatives =
        caught instanceof UnionType union ? union.getAlternatives() : List.of(caught);
    for (TypeMirror alternative : alternatives) {
      if (alternative instanceof DeclaredType declared
          && declared.asElement() instanceof TypeElement type) {
        names.add(type.getQualifiedName().toString());
      } else {
        // Not a class name the policy knows: take it as catching everything.
        names.add("java.lang.Throwable");
      }
    }
    return names;
  }

  /**
   * A call on {@code this}, or a static method of the class's own code, may change the running
   * object's or class's boolean fields (a static one, only those it can reach); a call on another
   * object or class is taken not to, as it is taken not to change its maps.
   */
  private boolean mayChangeOwnFields(MethodInvocationNode call) {
    Node receiver = call.getTarget().getReceiver();
    ExecutableElement method = call.getTarget().getMethod();
    if (method.getKind() == ElementKind.CONSTRUCTOR
        && method.getEnclosingElement() != body.owner()) {
      // A superclass constructor cannot assign this class's private fields.
      return false;
    }
    if (method.getModifiers().contains(Modifier.STATIC)) {
      return method instanceof MethodSymbol symbol && Nests.sameNest(symbol, body.owner());
    }
    return receiver instanceof ThisNode || receiver instanceof SuperNode;
  }

  @Override
  public TransferResult<Nullness, PlaceStore> visitObjectCreation(
      ObjectCreationNode node, TransferInput<Nullness, PlaceStore> input) {
    PlaceStore store = input.getRegularStore();
    BodySummary constructor = environment.constructionOfOwnClass(node, body);
    if (constructor != null) {
      store = store.forgetFieldFlags();
      Trace.CallSite call =
          new Trace.CallSite(constructor.body().name(), environment.lineOf(node.getTree()));
      store = Summaries.applyToStatics(store, constructor, call, this::record);
      constructor.assignedFields().stream()
          .filter(VarSymbol::isStatic)
          .forEach(assignedFields::add);
    }
    // Spec 4: an anonymous or local class's initialisers and methods see the enclosing object's
    // fields as they are here; its methods, where the helper it is handed to runs them.
    AnalysisEnvironment.LocalClassCreated created = environment.localClassCreated(node, body);
    PlaceStore whereRun =
        withGuardedFieldsNonNull(input.getRegularStore(), created.guardedFields());
    for (BodySummary atCreation : created.atCreation()) {
      Symbol local = atCreation.body().owner();
      Summaries.usesAtLocalCreation(
          input.getRegularStore(),
          atCreation,
          field -> CompilationUnitAnalysis.ofEnclosingObject(field, local),
          this::record);
    }
    for (BodySummary method : created.methods()) {
      Symbol local = method.body().owner();
      Summaries.usesAtLocalCreation(
          whereRun,
          method,
          field -> CompilationUnitAnalysis.ofEnclosingObject(field, local),
          this::record);
    }
    AnalysisEnvironment.HandedOutInstance handed = environment.instanceHandedOut(node, body);
    if (handed != null) {
      // Spec 4, this-escape: the callee may call the instance back before the constructor returns
      // (at once, for a forEach).
      String callee = handed.callee();
      int line = handed.line();
      for (BodySummary method : handed.methods()) {
        Symbol local = method.body().owner();
        Summaries.usesAtLocalCreation(
            input.getRegularStore(),
            method,
            field -> CompilationUnitAnalysis.ofEnclosingObject(field, local),
            callee == null ? this::record : recordEscapingTo(callee, line));
      }
    }
    return new RegularTransferResult<>(Nullness.NON_NULL, store, failureOnlyByError(node, store));
  }

  /**
   * Loading a platform class (the {@code Properties} of {@code new Properties()}) or a class of the
   * unit fails only with a virtual machine error, like the allocation itself (policy {@link
   * JavaSemantics#classLoadingCannotFail}).
   */
  @Override
  public TransferResult<Nullness, PlaceStore> visitClassName(
      ClassNameNode node, TransferInput<Nullness, PlaceStore> input) {
    PlaceStore store = input.getRegularStore();
    if (node.getBlock() instanceof ExceptionBlock block
        && node.getElement() instanceof Symbol.ClassSymbol type
        && JavaSemantics.classLoadingCannotFail(
            type.flatName().toString(), Nests.sameNest(type, body.owner()))) {
      return new RegularTransferResult<>(Nullness.NON_NULL, store, onlyErrorsThrown(block, store));
    }
    return new RegularTransferResult<>(Nullness.NON_NULL, store);
  }

  /**
   * A platform object made with constants only, or an object of a class of the unit whose
   * constructor only stores what it is given, fails only by running out of memory: no path leaves
   * through that failure (policy {@link JavaSemantics#constructionCannotFail}, {@link
   * JavaSemantics#ownConstructionCannotFail}). An anonymous class's constructor passes on what it
   * is given, which is not followed.
   */
  private Map<TypeMirror, PlaceStore> failureOnlyByError(
      ObjectCreationNode node, PlaceStore store) {
    MethodSymbol constructor = ASTHelpers.getSymbol(node.getTree());
    if (!(node.getBlock() instanceof ExceptionBlock block)
        || constructor == null
        || node.getTree().getClassBody() != null) {
      return Map.of();
    }
    Body ownConstructor = environment.constructorOfUnit(constructor);
    boolean cannotFail =
        ownConstructor != null
            ? ConstructionFailures.ownCannotFail(ownConstructor)
            : ConstructionFailures.platformCannotFail(constructor, node.getTree().getArguments());
    return cannotFail ? onlyErrorsThrown(block, store) : Map.of();
  }

  @Override
  public TransferResult<Nullness, PlaceStore> visitSynchronized(
      SynchronizedNode node, TransferInput<Nullness, PlaceStore> input) {
    PlaceStore store = input.getRegularStore();
    Place lock = environment.placeOf(node.getExpression());
    if (lock != null && node.getIsStartOfBlock()) {
      store = dereference(store, lock, node.getTree(), AccessKind.READ, "synchronized");
    }
    return new RegularTransferResult<>(Nullness.NON_NULL, store);
  }

  @Override
  public TransferResult<Nullness, PlaceStore> visitEqualTo(
      EqualToNode node, TransferInput<Nullness, PlaceStore> input) {
    TransferResult<Nullness, PlaceStore> remainder = firstPassRemainder(node, input, true);
    if (remainder != null) {
      return remainder;
    }
    TransferResult<Nullness, PlaceStore> flags = flagComparison(node, input, true);
    if (flags == null) {
      flags = counterComparison(node, input, IntComparison.EQUAL);
    }
    if (flags == null) {
      flags = constantTest(node, input);
    }
    if (flags == null) {
      flags = resultTest(node, input, IntComparison.EQUAL);
    }
    return flags != null ? flags : nullComparison(node, input, true);
  }

  @Override
  public TransferResult<Nullness, PlaceStore> visitNotEqual(
      NotEqualNode node, TransferInput<Nullness, PlaceStore> input) {
    TransferResult<Nullness, PlaceStore> remainder = firstPassRemainder(node, input, false);
    if (remainder != null) {
      return remainder;
    }
    TransferResult<Nullness, PlaceStore> flags = flagComparison(node, input, false);
    if (flags == null) {
      flags = counterComparison(node, input, IntComparison.NOT_EQUAL);
    }
    if (flags == null) {
      flags = constantTest(node, input);
    }
    if (flags == null) {
      flags = resultTest(node, input, IntComparison.NOT_EQUAL);
    }
    return flags != null ? flags : nullComparison(node, input, false);
  }

  @Override
  public TransferResult<Nullness, PlaceStore> visitLessThan(
      LessThanNode node, TransferInput<Nullness, PlaceStore> input) {
    return decidedOr(node, input, IntComparison.LESS);
  }

  @Override
  public TransferResult<Nullness, PlaceStore> visitLessThanOrEqual(
      LessThanOrEqualNode node, TransferInput<Nullness, PlaceStore> input) {
    return decidedOr(node, input, IntComparison.LESS_OR_EQUAL);
  }

  @Override
  public TransferResult<Nullness, PlaceStore> visitGreaterThan(
      GreaterThanNode node, TransferInput<Nullness, PlaceStore> input) {
    return decidedOr(node, input, IntComparison.GREATER);
  }

  @Override
  public TransferResult<Nullness, PlaceStore> visitGreaterThanOrEqual(
      GreaterThanOrEqualNode node, TransferInput<Nullness, PlaceStore> input) {
    return decidedOr(node, input, IntComparison.GREATER_OR_EQUAL);
  }

  private TransferResult<Nullness, PlaceStore> decidedOr(
      BinaryOperationNode node,
      TransferInput<Nullness, PlaceStore> input,
      IntComparison comparison) {
    if (comparison == IntComparison.LESS || comparison == IntComparison.GREATER) {
      TransferResult<Nullness, PlaceStore> loop =
          countingLoopTest(node, input, comparison == IntComparison.LESS);
      if (loop != null) {
        return loop;
      }
    }
    TransferResult<Nullness, PlaceStore> decided = counterComparison(node, input, comparison);
    if (decided == null) {
      decided = constantTest(node, input);
    }
    if (decided == null) {
      decided = resultTest(node, input, comparison);
    }
    return decided != null ? decided : visitNode(node, input);
  }

  /**
   * Policy {@link ResultsWhenNull}: {@code size() == 0} where {@code size()} returns 0 wherever the
   * map is null: on the branch that 0 cannot take, the map is not null. Null for another
   * comparison.
   */
  private @Nullable TransferResult<Nullness, PlaceStore> resultTest(
      BinaryOperationNode node,
      TransferInput<Nullness, PlaceStore> input,
      IntComparison comparison) {
    for (boolean callOnLeft : new boolean[] {true, false}) {
      Node operand = callOnLeft ? node.getLeftOperand() : node.getRightOperand();
      Node other = callOnLeft ? node.getRightOperand() : node.getLeftOperand();
      if (!(operand instanceof MethodInvocationNode call)
          || other.getTree() == null
          || !(ASTHelpers.constValue(other.getTree()) instanceof Integer constant)) {
        continue;
      }
      NullConstantResults.ResultWhenNull result = environment.resultWhenNull(call, body);
      if (result == null) {
        continue;
      }
      PlaceStore store = input.getRegularStore();
      PlaceStore nonNull = nonNullWhereResultTells(store, result.field());
      boolean branch =
          ResultsWhenNull.branchWhereNonNull(comparison, result.constant(), constant, !callOnLeft);
      return new ConditionalTransferResult<>(
          Nullness.NON_NULL, branch ? nonNull : store, branch ? store : nonNull);
    }
    return null;
  }

  /**
   * Policy {@link CountingLoops}: {@code i < bound} where {@code i} still holds the 0 it was given
   * holds exactly where the bound is at least one; once {@code i} has been advanced it says
   * nothing. Null for another comparison.
   */
  private @Nullable TransferResult<Nullness, PlaceStore> countingLoopTest(
      BinaryOperationNode node, TransferInput<Nullness, PlaceStore> input, boolean indexOnLeft) {
    Node index = indexOnLeft ? node.getLeftOperand() : node.getRightOperand();
    Node bound = indexOnLeft ? node.getRightOperand() : node.getLeftOperand();
    VarSymbol fresh =
        index instanceof LocalVariableNode local && local.getElement() instanceof VarSymbol v
            ? unadvancedIterators.existingFlagOf(v)
            : null;
    VarSymbol atLeastOne = fresh == null ? null : boundAtLeastOne(bound);
    if (fresh == null || atLeastOne == null) {
      return null;
    }
    PlaceStore store = input.getRegularStore();
    PlaceStore advanced = store.assumeFlag(fresh, false);
    PlaceStore start = store.assumeFlag(fresh, true);
    return new ConditionalTransferResult<>(
        Nullness.NON_NULL,
        start.assumeFlag(atLeastOne, true).leastUpperBound(advanced),
        start.assumeFlag(atLeastOne, false).leastUpperBound(advanced));
  }

  /**
   * Policy {@link CountingLoops}: {@code i % n == 0} where the index {@code i} still holds its 0
   * holds (or throws): where it is false, the index has been advanced. Null for another comparison.
   */
  private @Nullable TransferResult<Nullness, PlaceStore> firstPassRemainder(
      BinaryOperationNode node, TransferInput<Nullness, PlaceStore> input, boolean equal) {
    Node remainder =
        node.getRightOperand() instanceof IntegerLiteralNode
            ? node.getLeftOperand()
            : node.getRightOperand();
    Node zero = remainder == node.getLeftOperand() ? node.getRightOperand() : node.getLeftOperand();
    VarSymbol fresh =
        remainder instanceof IntegerRemainderNode division
                && division.getLeftOperand() instanceof LocalVariableNode index
                && index.getElement() instanceof VarSymbol variable
                && zero instanceof IntegerLiteralNode literal
                && literal.getValue() == 0
            ? unadvancedIterators.existingFlagOf(variable)
            : null;
    if (fresh == null) {
      return null;
    }
    PlaceStore store = input.getRegularStore();
    PlaceStore advanced = store.assumeFlag(fresh, false);
    return equal
        ? new ConditionalTransferResult<>(Nullness.NON_NULL, store, advanced)
        : new ConditionalTransferResult<>(Nullness.NON_NULL, advanced, store);
  }

  /** The flag of {@code bound}'s being at least one: an int local, or an array local's length. */
  private @Nullable VarSymbol boundAtLeastOne(Node bound) {
    if (bound instanceof LocalVariableNode local
        && local.getElement() instanceof VarSymbol variable
        && CompilationUnitAnalysis.isIntegral(variable.type)) {
      return pureTests.flagOf(variable, CountingLoops.FIRST_TEST);
    }
    if (bound instanceof FieldAccessNode length
        && length.getFieldName().equals("length")
        && length.getReceiver() instanceof LocalVariableNode array
        && array.getElement() instanceof VarSymbol variable
        && variable.type.getKind() == TypeKind.ARRAY) {
      return pureTests.flagOf(
          arraysOfLoops.getOrDefault(variable, variable), CountingLoops.holdsAnElement());
    }
    return null;
  }

  /** Whether {@code variable} is the index of a counting loop ({@link LocalCollections}). */
  private boolean isCountingIndex(VarSymbol variable) {
    return CompilationUnitAnalysis.isIntegral(variable.type)
        && (localCollections().countingIndices().contains(variable)
            // The index of a loop over an array, which the graph builder declares.
            || variable.getSimpleName().toString().startsWith(LOOP_INDEX));
  }

  /**
   * The array a loop over an array iterates, which the graph builder copies into a variable of its
   * own: its tests are the copied array's; a new array with elements holds one.
   */
  private PlaceStore noteArrayOfLoop(VarSymbol variable, Node value, PlaceStore store) {
    if (!variable.getSimpleName().toString().startsWith(LOOP_ARRAY)) {
      return store;
    }
    if (value instanceof LocalVariableNode source
        && source.getElement() instanceof VarSymbol array) {
      arraysOfLoops.put(variable, array);
      return store;
    }
    arraysOfLoops.remove(variable);
    return value instanceof ArrayCreationNode creation && !creation.getInitializers().isEmpty()
        ? store.assignFlag(pureTests.flagOf(variable, CountingLoops.holdsAnElement()), true)
        : store;
  }

  /**
   * Spec 8: a comparison of a variable with a constant tests a flag of the variable's that the next
   * such comparison shares (policy {@link ConstantTests}), until the variable is assigned: {@code
   * if (n < 0) ..; if (n >= 0) ..} takes one branch of the two. A local's flag is this body's; a
   * final field's is the class's, which a promise may carry across methods. Null for other
   * operands.
   */
  private @Nullable TransferResult<Nullness, PlaceStore> constantTest(
      BinaryOperationNode node, TransferInput<Nullness, PlaceStore> input) {
    TestedFlag tested = flagTestedBy(node);
    if (tested == null) {
      return null;
    }
    PlaceStore store = input.getRegularStore();
    ConstantComparisons.Tested comparison =
        ConstantComparisons.of(node.getTree(), body.owner(), environment::followsField);
    Map<String, VarSymbol> family =
        comparison == null ? Map.of() : testFlagsOf(comparison.variable());
    return new ConditionalTransferResult<>(
        Nullness.NON_NULL,
        withImpliedAnswers(tested.on(store, true), family),
        withImpliedAnswers(tested.on(store, false), family));
  }

  /** The flags of the tests of {@code variable} against constants made so far, by test. */
  private Map<String, VarSymbol> testFlagsOf(VarSymbol variable) {
    return variable.getKind() == ElementKind.FIELD
        ? environment.fieldTestFlags(variable)
        : pureTests.flagsOn(variable);
  }

  /**
   * Policy {@link ConstantTests#implied}: the answers that the known ones give to the other tests
   * of the same variable ({@code capacity >= 0} and {@code capacity != 0} make {@code capacity >=
   * 1}).
   */
  private static PlaceStore withImpliedAnswers(PlaceStore store, Map<String, VarSymbol> tests) {
    if (tests.size() < 2 || store.isUnreachable()) {
      return store;
    }
    Map<String, Boolean> known = new LinkedHashMap<>();
    tests.forEach(
        (test, flag) -> store.knownFlagValue(flag).ifPresent(value -> known.put(test, value)));
    PlaceStore answered = store;
    for (Map.Entry<String, Boolean> answer :
        ConstantTests.impliedAnswers(known, tests.keySet()).entrySet()) {
      // Every answer is for one of the tests given.
      answered =
          answered.assumeFlag(
              Objects.requireNonNull(tests.get(answer.getKey())), answer.getValue());
    }
    return answered;
  }

  /**
   * Policy {@link FreshCounters}: a comparison of an integral field that still holds 0 with a
   * constant takes one branch only. Null where an operand is not known.
   */
  private @Nullable TransferResult<Nullness, PlaceStore> counterComparison(
      BinaryOperationNode node,
      TransferInput<Nullness, PlaceStore> input,
      IntComparison comparison) {
    PlaceStore store = input.getRegularStore();
    Long left = knownInteger(node.getLeftOperand(), store);
    Long right = left == null ? null : knownInteger(node.getRightOperand(), store);
    if (left == null || right == null) {
      return null;
    }
    boolean holds = comparison.holds(left, right);
    PlaceStore never = PlaceStore.unreachable(store);
    return new ConditionalTransferResult<>(
        Nullness.NON_NULL, holds ? store : never, holds ? never : store);
  }

  /** An integer literal, or an integral field of the object that still holds 0 here. */
  private static @Nullable Long knownInteger(Node operand, PlaceStore store) {
    if (operand instanceof WideningConversionNode widened) {
      // An int compared with a long: 0 in `total == 0`.
      return knownInteger(widened.getOperand(), store);
    }
    if (operand instanceof IntegerLiteralNode literal) {
      return literal.getValue().longValue();
    }
    if (operand instanceof LongLiteralNode literal) {
      return literal.getValue();
    }
    if (operand instanceof FieldAccessNode access
        && access.getReceiver() instanceof ThisNode
        && access.getElement() instanceof VarSymbol field
        && CompilationUnitAnalysis.isWholeNumber(field.type)
        && store.knowsFlag(field)
        && store.assumeFlag(field, false).isUnreachable()) {
      return 0L;
    }
    return null;
  }

  /**
   * {@code a == b} or {@code a != b} on two boolean flags: each branch learns how they relate
   * ({@code if (forSer == forDeser) throw ..;} leaves them opposite). Null for any other operands.
   */
  private @Nullable TransferResult<Nullness, PlaceStore> flagComparison(
      BinaryOperationNode node, TransferInput<Nullness, PlaceStore> input, boolean equalTo) {
    VarSymbol left = environment.flagOf(node.getLeftOperand());
    VarSymbol right = environment.flagOf(node.getRightOperand());
    if (left == null || right == null) {
      return null;
    }
    PlaceStore store = input.getRegularStore();
    PlaceStore equal = store.relateFlags(left, right, true);
    PlaceStore different = store.relateFlags(left, right, false);
    return equalTo
        ? new ConditionalTransferResult<>(Nullness.NON_NULL, equal, different)
        : new ConditionalTransferResult<>(Nullness.NON_NULL, different, equal);
  }

  /**
   * {@code x instanceof T} (with a pattern binding too) holds only for a non-null {@code x}; when
   * it fails, {@code x} may still be anything.
   */
  @Override
  public TransferResult<Nullness, PlaceStore> visitInstanceOf(
      InstanceOfNode node, TransferInput<Nullness, PlaceStore> input) {
    Place place = environment.placeOf(unwrapAssignment(node.getOperand()));
    if (place == null) {
      return visitNode(node, input);
    }
    PlaceStore store = input.getRegularStore();
    return new ConditionalTransferResult<>(
        Nullness.NON_NULL, store.refine(place, Nullness.NON_NULL), store);
  }

  @Override
  public TransferResult<Nullness, PlaceStore> visitConditionalNot(
      ConditionalNotNode node, TransferInput<Nullness, PlaceStore> input) {
    if (!input.containsTwoStores()) {
      return visitNode(node, input);
    }
    return new ConditionalTransferResult<>(
        Nullness.NON_NULL, input.getElseStore(), input.getThenStore());
  }

  @Override
  public TransferResult<Nullness, PlaceStore> visitConditionalAnd(
      ConditionalAndNode node, TransferInput<Nullness, PlaceStore> input) {
    return keepBranches(node, input);
  }

  @Override
  public TransferResult<Nullness, PlaceStore> visitConditionalOr(
      ConditionalOrNode node, TransferInput<Nullness, PlaceStore> input) {
    return keepBranches(node, input);
  }

  private TransferResult<Nullness, PlaceStore> keepBranches(
      Node node, TransferInput<Nullness, PlaceStore> input) {
    if (!input.containsTwoStores()) {
      return visitNode(node, input);
    }
    return new ConditionalTransferResult<>(
        Nullness.NON_NULL, input.getThenStore(), input.getElseStore());
  }

  /**
   * The store where {@code condition} has {@code value}: what a test of it would learn on that
   * branch, for a flag, a null comparison, and their negations and conjunctions; anything else says
   * nothing. Unreachable where the condition cannot have that value.
   */
  private PlaceStore assumeHolds(Node condition, boolean value, PlaceStore store) {
    Node unwrapped = unwrapAssignment(condition);
    if (unwrapped instanceof ConditionalNotNode not) {
      return assumeHolds(not.getOperand(), !value, store);
    }
    if ((unwrapped instanceof ConditionalAndNode && value)
        || (unwrapped instanceof ConditionalOrNode && !value)) {
      BinaryOperationNode both = (BinaryOperationNode) unwrapped;
      return assumeHolds(
          both.getRightOperand(), value, assumeHolds(both.getLeftOperand(), value, store));
    }
    VarSymbol flag = environment.flagOf(unwrapped);
    if (flag != null) {
      return store.assumeFlag(flag, value);
    }
    if (unwrapped instanceof MethodInvocationNode call) {
      // A helper's null test as a checked condition: `ensure(isReady() && n > 0, ..)`.
      Optional<Vouched> vouched = vouchedFor(call);
      return vouched.isPresent() && vouched.get().nonNullWhen() == value
          ? store.refine(vouched.get().place(), Nullness.NON_NULL)
          : store;
    }
    if (unwrapped instanceof EqualToNode || unwrapped instanceof NotEqualNode) {
      Node compared = comparedWithNull((BinaryOperationNode) unwrapped);
      if (compared == null) {
        return store;
      }
      boolean nonNull = (unwrapped instanceof NotEqualNode) == value;
      Node tested = unwrapAssignment(compared);
      Place place = environment.placeOf(tested);
      VarSymbol reference = environment.referenceFlagOf(tested);
      PlaceStore learned = store;
      if (place != null) {
        learned =
            learned.refine(place, nonNull ? Nullness.NON_NULL : learned.get(place).whenNull());
      }
      return reference == null ? learned : learned.assumeFlag(reference, nonNull);
    }
    return store;
  }

  /** The {@code x} of {@code x == null} or {@code null != x}; null for another comparison. */
  private static @Nullable Node comparedWithNull(BinaryOperationNode comparison) {
    return comparison.getLeftOperand() instanceof NullLiteralNode
        ? comparison.getRightOperand()
        : comparison.getRightOperand() instanceof NullLiteralNode
            ? comparison.getLeftOperand()
            : null;
  }

  /** {@code x == null} or {@code x != null}: each branch learns what {@code x} holds. */
  private TransferResult<Nullness, PlaceStore> nullComparison(
      BinaryOperationNode node, TransferInput<Nullness, PlaceStore> input, boolean equalTo) {
    Node compared = comparedWithNull(node);
    Node tested = compared == null ? null : unwrapAssignment(compared);
    Place place = tested == null ? null : environment.placeOf(tested);
    VarSymbol reference = tested == null ? null : environment.referenceFlagOf(tested);
    Set<VarSymbol> vouched = tested == null ? Set.of() : resultVouchedFields(tested);
    if (compared == null) {
      return identityComparison(node, input, equalTo);
    }
    if (place == null && reference == null && vouched.isEmpty()) {
      return visitNode(node, input);
    }
    PlaceStore store = input.getRegularStore();
    if (place == null && reference == null) {
      // Policy ResultVouchers: `if (findMacro(name) == null) return;` leaves the fields that an
      // object result of the helper vouches for non-null.
      PlaceStore found = store;
      for (VarSymbol field : vouched) {
        found = found.refine(Place.thisField(field), Nullness.NON_NULL);
      }
      return equalTo
          ? new ConditionalTransferResult<>(Nullness.NON_NULL, store, found)
          : new ConditionalTransferResult<>(Nullness.NON_NULL, found, store);
    }
    PlaceStore isNull = place == null ? store : store.refine(place, store.get(place).whenNull());
    PlaceStore isNonNull = place == null ? store : store.refine(place, Nullness.NON_NULL);
    if (reference != null) {
      isNull = isNull.assumeFlag(reference, false);
      isNonNull = isNonNull.assumeFlag(reference, true);
    }
    return equalTo
        ? new ConditionalTransferResult<>(Nullness.NON_NULL, isNull, isNonNull)
        : new ConditionalTransferResult<>(Nullness.NON_NULL, isNonNull, isNull);
  }

  /**
   * {@code current == entity}, where {@code entity} holds an object: on the branch where the two
   * are the same, the reference flag {@code current} holds an object too (spec 8; {@code if
   * (current != entity) return;} after {@code current = managed(entity.key)}).
   */
  private TransferResult<Nullness, PlaceStore> identityComparison(
      BinaryOperationNode node, TransferInput<Nullness, PlaceStore> input, boolean equalTo) {
    PlaceStore store = input.getRegularStore();
    PlaceStore same = store;
    Node left = unwrapAssignment(node.getLeftOperand());
    Node right = unwrapAssignment(node.getRightOperand());
    for (Node[] pair : new Node[][] {{left, right}, {right, left}}) {
      VarSymbol reference = environment.referenceFlagOf(pair[0]);
      if (reference != null && holdsObject(pair[1], store)) {
        same = same.assumeFlag(reference, true);
      }
    }
    if (same == store) {
      return visitNode(node, input);
    }
    return equalTo
        ? new ConditionalTransferResult<>(Nullness.NON_NULL, same, store)
        : new ConditionalTransferResult<>(Nullness.NON_NULL, store, same);
  }

  /**
   * Whether {@code node} holds an object here: a new object, {@code this}, a reference flag known
   * to hold one, or a call's result or a parameter that still holds what the caller gave, which the
   * analysis presumes an object (policy ReferenceValue), as the SpotBugs plugin does.
   */
  private boolean holdsObject(Node node, PlaceStore store) {
    if (node instanceof ThisNode
        || ReferenceValues.of(node) == ReferenceValue.OBJECT
        || node instanceof MethodInvocationNode) {
      return true;
    }
    VarSymbol reference = environment.referenceFlagOf(node);
    if (reference == null) {
      return false;
    }
    if (store.knowsFlag(reference)) {
      return store.knownFlagValue(reference).orElse(false);
    }
    return ReferenceValues.of(node) == ReferenceValue.PRESUMED_OBJECT;
  }

  /**
   * The fields of the object that an object result of {@code node} vouches for, where it calls a
   * followed method of the class on this (policy ResultVouchers); none otherwise.
   */
  private Set<VarSymbol> resultVouchedFields(Node node) {
    if (!(node instanceof MethodInvocationNode call)
        || !(call.getTarget().getReceiver() instanceof ThisNode)) {
      return Set.of();
    }
    BodySummary callee = environment.followedCall(call, body);
    return callee == null ? Set.of() : callee.resultVouchedFields();
  }

  private static Node unwrapAssignment(Node node) {
    return node instanceof AssignmentNode ? ((AssignmentNode) node).getTarget() : node;
  }

  /**
   * The store where a helper that found {@code guardedFields} non-null runs what it is given
   * (policy CallbackHelpers.runsAtOnceWhereGuarded).
   */
  private static PlaceStore withGuardedFieldsNonNull(
      PlaceStore store, Set<? extends Symbol> guardedFields) {
    PlaceStore whereRun = store;
    for (Symbol guarded : guardedFields) {
      if (guarded instanceof VarSymbol field) {
        whereRun = whereRun.refine(Place.thisField(field), Nullness.NON_NULL);
      }
    }
    return whereRun;
  }

  /**
   * A lambda (or a constructor's method reference) that runs with the state where it is created
   * brings its uses here (spec 4).
   */
  @Override
  public TransferResult<Nullness, PlaceStore> visitMemberReference(
      FunctionalInterfaceNode node, TransferInput<Nullness, PlaceStore> input) {
    PlaceStore store = input.getRegularStore();
    if (node.getTree() instanceof ExpressionTree lambda) {
      AnalysisEnvironment.CreatedCallback callback = environment.callbackCreated(lambda, body);
      if (callback != null) {
        int line = environment.lineOf(lambda);
        String escapesTo = callback.escapesTo();
        PlaceStore whereRun = withGuardedFieldsNonNull(store, callback.guardedFields());
        Summaries.usesAtCreation(
            whereRun,
            callback.summary(),
            Trace.CallSite.creationOf(callback.summary().body().name(), line),
            EntryConditions.vouchedAtCreation(callback.runsAtOnce()),
            EntryConditions.keepsOwnVouchers(
                callback.runsAtOnce(), escapesTo != null || body.kind() == Body.Kind.CONSTRUCTOR),
            feasibleAtCreation(callback.runsAtOnce(), whereRun),
            escapesTo == null ? this::record : recordEscapingTo(escapesTo, line));
      }
    }
    return new RegularTransferResult<>(Nullness.NON_NULL, store);
  }

  private PlaceStore assumingAll(PlaceStore store, Map<VarSymbol, Boolean> flags) {
    PlaceStore assumed = store;
    for (Map.Entry<VarSymbol, Boolean> flag : flags.entrySet()) {
      assumed = assumed.assumeFlag(flag.getKey(), flag.getValue());
      if (environment.isTrackedField(flag.getKey())) {
        // A map field's reference flag is its own null test.
        Place place = Place.thisField(flag.getKey());
        assumed =
            assumed.refine(
                place, flag.getValue() ? Nullness.NON_NULL : assumed.get(place).whenNull());
      }
    }
    return assumed;
  }

  /**
   * Whether, where a lambda is created, a flag field it tests can hold a value where it starts
   * (policy {@link EntryConditions#creatorKnowsFlagField}).
   */
  private static BiPredicate<VarSymbol, Boolean> feasibleAtCreation(
      boolean runsAtOnce, PlaceStore atCreation) {
    return (flag, value) ->
        flag.getKind() != ElementKind.FIELD
            || !EntryConditions.creatorKnowsFlagField(runsAtOnce)
            || !atCreation.assumeFlag(flag, value).isUnreachable();
  }

  /**
   * Records the dereference by {@code call} of {@code result}, the value of a call that may return
   * null: a place of its own, named by the method called, one per call in the body.
   */
  private void recordResultUse(
      MethodInvocationNode result,
      MethodSymbol called,
      MethodInvocationNode call,
      ExecutableElement method) {
    String signature = ClassIndex.signature(called);
    VarSymbol standIn =
        resultPlaces.computeIfAbsent(
            result.getTree(),
            tree ->
                new VarSymbol(
                    Flags.SYNTHETIC | Flags.FINAL,
                    called.name.table.fromString(signature),
                    called.getReturnType(),
                    called));
    record(
        new Use(
            Place.local(standIn),
            Nullness.nullBecause(new NullCause.ResultMayBeNull(signature))
                .leastUpperBound(Nullness.NON_NULL),
            call.getTree(),
            environment.accessKind(call),
            method.getSimpleName().toString(),
            body,
            Optional.empty(),
            Set.of(),
            Map.of(),
            Map.of(),
            null));
  }

  /** Records a use of a callback that the constructor hands to {@code callee} at {@code line}. */
  private Consumer<Use> recordEscapingTo(String callee, int line) {
    return use -> record(use.withValue(use.value().mapCauses(c -> escaped(c, callee, line))));
  }

  /** A field the constructor has not assigned yet, seen by a callback it hands out (spec 4). */
  private static NullCause escaped(NullCause cause, String callee, int line) {
    return cause instanceof NullCause.NotYetAssignedInConstructor
        ? new NullCause.EscapedDuringConstruction(cause, callee, line)
        : cause;
  }

  /**
   * Records the use if the place may be null; past it, the place is known to be non-null, and a
   * place that holds null on every path to the use ends the path: the use always throws.
   */
  private PlaceStore dereference(
      PlaceStore store, Place place, Tree tree, AccessKind kind, String name) {
    Nullness value = store.get(place);
    if (value.mayBeNull()) {
      VarSymbol startValueOf = store.startValueHeldBy(place);
      // A copy of a field that still holds its start value: `Map m = this.map; m.get(k)`.
      VarSymbol copied = startValueOf == null ? store.unassignedFieldCopiedBy(place) : null;
      record(
          new Use(
              place,
              value,
              tree,
              kind,
              name,
              body,
              Optional.empty(),
              knownNonNullFields(store),
              place.isOwnField()
                  ? store.flagsVouchingForEntryValueOf(place.variable())
                  : startValueOf != null
                      ? store.flagsVouchingForStartValueHeldBy(place, startValueOf)
                      : copied != null ? store.flagsVouchingForEntryValueOf(copied) : Map.of(),
              store.entryConditions(),
              startValueOf != null ? startValueOf : copied));
    }
    if (value.isDefinitelyNull()) {
      return PlaceStore.unreachable(store);
    }
    PlaceStore past = store.refine(place, Nullness.NON_NULL);
    if (place.kind() == Place.Kind.THIS_FIELD
        && environment.flagCandidates(body).flags().contains(place.variable())) {
      // Spec 8: past a dereference the map field is not null, as past a test that found it so;
      // its flag vouches for the siblings created with it (`lastAccess.get(id);
      // sessions.remove(id);`).
      past = past.assumeFlag(place.variable(), true);
    }
    return past;
  }

  /** The fields of the running object or class that the store knows to be non-null. */
  private static Set<VarSymbol> knownNonNullFields(PlaceStore store) {
    Set<VarSymbol> fields = new LinkedHashSet<>();
    store
        .explicitValues()
        .forEach(
            (place, value) -> {
              if (place.isOwnField() && value.equals(Nullness.NON_NULL)) {
                fields.add(place.variable());
              }
            });
    return fields;
  }

  private void record(Use use) {
    Map<Place, Use> atTree = uses.get(use.tree());
    if (atTree == null) {
      atTree = new LinkedHashMap<>();
      uses.put(use.tree(), atTree);
      useOrder.add(use.tree());
    }
    Use previous = atTree.get(use.place());
    atTree.put(use.place(), previous == null ? use : previous.joinedWith(use));
  }

  private static Nullness valueOf(Node node, TransferInput<Nullness, PlaceStore> input) {
    Nullness value = input.getValueOfSubNode(node);
    return value == null ? Nullness.NON_NULL : value;
  }
}
