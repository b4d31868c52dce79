package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.google.errorprone.util.Reachability;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.processing.JavacProcessingEnvironment;
import com.sun.tools.javac.tree.JCTree;
import io.github.mapinit.errorprone.dataflow.AnalysisEnvironment.FlagCandidates;
import io.github.mapinit.policy.AccessKind;
import io.github.mapinit.policy.JavaSemantics;
import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.facts.NullTest;
import io.github.mapinit.policy.rules.CollectionEmptiness;
import io.github.mapinit.policy.rules.ConstantAnswers;
import io.github.mapinit.policy.rules.ConstructorHooks;
import io.github.mapinit.policy.rules.FreshCounters;
import io.github.mapinit.policy.rules.NullArguments;
import io.github.mapinit.policy.rules.NullSetters;
import io.github.mapinit.policy.rules.Overriding;
import io.github.mapinit.policy.rules.ReportSelection;
import io.github.mapinit.policy.rules.ResultsWhenNull;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeKind;
import org.checkerframework.errorprone.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.errorprone.dataflow.cfg.node.Node;
import org.checkerframework.errorprone.dataflow.cfg.node.ObjectCreationNode;
import org.checkerframework.errorprone.dataflow.cfg.node.SuperNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ThisNode;
import org.jspecify.annotations.Nullable;

/**
 * The analysis of one compilation unit: every body is analysed once, with symbolic entry state, in
 * callee-first order; then each path start (spec section 4) fills in its entry state, and every use
 * that can meet a null becomes a finding.
 */
public final class CompilationUnitAnalysis implements AnalysisEnvironment {

  private final CompilationUnitTree compilationUnit;
  private final JavacPolicy policy;
  private final ClassIndex index;
  private final BodyAnalyzer analyzer;
  private final StaticInitialisation statics;
  private final JavacFacts facts;
  private final EntryValues entryValues;
  private final TrackedPlaces places;
  private final Map<Body, Set<Symbol>> declaredVariables = new LinkedHashMap<>();
  private final AssignedThroughCalls assignedThroughCalls;
  private final Relevance relevance;
  private final Map<Body, BodySummary> summaries = new LinkedHashMap<>();
  private final Set<Body> inProgress = new LinkedHashSet<>();
  private final Map<Body, Boolean> neverReturns = new LinkedHashMap<>();
  // How many helper calls deep a helper's null test is followed (hasEntries -> isEmpty).
  private static final int MAX_HELPER_DEPTH = 3;

  private final Map<MethodSymbol, Optional<NullTest>> nullTests = new LinkedHashMap<>();
  private final Map<MethodSymbol, Optional<Set<Symbol>>> staticStores = new LinkedHashMap<>();
  private final Map<MethodSymbol, Optional<NullConstantResults.ResultWhenNull>> resultsWhenNull =
      new LinkedHashMap<>();
  private final Map<MethodSymbol, Optional<VarSymbol>> fieldsEmptyingResults =
      new LinkedHashMap<>();
  private final Map<MethodSymbol, Optional<TestedField>> fieldTests = new LinkedHashMap<>();
  private final Map<MethodSymbol, Optional<AnswerPaths.Answers>> flagAnswers =
      new LinkedHashMap<>();
  private final FlagPromises flagPromises;
  private final PureTestFlags finalFieldTests = new PureTestFlags();
  private @Nullable Set<Symbol> assignedByOtherCode;
  private final Set<Symbol> mayHoldNull;
  private @Nullable Map<VarSymbol, List<NullCause.ResetElsewhere>> otherObjectResets;
  private final NullArgumentCalls.Found nullArguments;

  private CompilationUnitAnalysis(
      VisitorState state,
      JavacPolicy policy,
      ClassIndex index,
      Set<Symbol> mayHoldNull,
      Map<VarSymbol, List<NullCause>> constructedWithNull,
      NullArgumentCalls.Found nullArguments) {
    this.compilationUnit = state.getPath().getCompilationUnit();
    this.nullArguments = nullArguments;
    this.mayHoldNull = mayHoldNull;
    this.policy = policy;
    this.index = index;
    this.analyzer = new BodyAnalyzer(JavacProcessingEnvironment.instance(state.context), this);
    this.statics = new StaticInitialisation(this::summaryOf, this::declarationLine);
    this.facts =
        new JavacFacts(
            this::summaryOf,
            statics,
            policy,
            this::startLine,
            this::declarationLine,
            index::isNullChecked,
            this::isAssignedByOtherCode,
            index::stateGateOf,
            this::resetsOnOtherObjects,
            constructedWithNull);
    this.entryValues = new EntryValues(index, facts, policy);
    this.places = new TrackedPlaces(index, policy);
    this.assignedThroughCalls = new AssignedThroughCalls(index);
    this.flagPromises =
        new FlagPromises(
            this::isAssignedByOtherCode,
            index,
            this::summaryOf,
            finalFieldTests,
            policy,
            facts::of);
    this.relevance =
        new Relevance(
            index,
            policy,
            mayHoldNull,
            body -> !flagCandidates(body).flags().isEmpty(),
            field -> emptinessFlag(field) != null,
            field -> !fieldTestFlags(field).isEmpty());
  }

  /** Every finding in the compilation unit that {@code state} is at. */
  public static List<Finding> findings(VisitorState state, JavacPolicy policy) {
    CompilationUnitTree unit = state.getPath().getCompilationUnit();
    NullConstructorArguments.Found constructions = NullConstructorArguments.in(unit, policy);
    Map<VarSymbol, List<NullCause>> constructedWithNull = constructions.causes();
    ClassIndex index = ClassIndex.of(unit, policy, constructions.followedComponents());
    ClearedUnit.NullFlow flow = ClearedUnit.nullFlow(unit, index, policy);
    NullArgumentCalls.Found nullArguments =
        NullArgumentCalls.in(unit, index, policy, constructions.localsOnlyNull());
    // Fields and parameters that no assignment in the unit shows null, which its calls may make so.
    Set<Symbol> givenNullByCalls = new LinkedHashSet<>(constructedWithNull.keySet());
    givenNullByCalls.addAll(nullArguments.fields());
    givenNullByCalls.addAll(nullArguments.parameters());
    Set<Symbol> mayHoldNull = new LinkedHashSet<>(flow.mayHoldNull());
    mayHoldNull.addAll(givenNullByCalls);
    if (mayHoldNull.isEmpty()
        || !GuardedDereferences.mayDereferenceNull(unit, flow, givenNullByCalls, index, policy)) {
      // No place can hold a null where it is dereferenced: no control flow graph is needed.
      return List.of();
    }
    return new CompilationUnitAnalysis(
            state, policy, index, mayHoldNull, constructedWithNull, nullArguments)
        .run();
  }

  private List<Finding> run() {
    List<Candidate> candidates = new ArrayList<>();
    for (Body root : index.roots()) {
      Function<VarSymbol, Nullness> atEntry = field -> entryValues.atEntry(field, root);
      // Another object's field (spec 6, other.f) is as construction and resets leave it; where a
      // lambda or a local class's method starts says nothing of that object.
      Function<VarSymbol, Nullness> constructed =
          root.kind() == Body.Kind.LAMBDA || index.localCreation(root.owner()) != null
              ? entryValues::afterConstruction
              : atEntry;
      for (Use use : summaryOf(root).uses()) {
        Nullness value =
            use.value().resolve(atEntry, constructed).mapCauses(cause -> namingStart(cause, root));
        if (!value.nullCauses().isEmpty()) {
          candidates.add(new Candidate(root, use, value));
        }
      }
    }
    for (Body helper : index.helpersStartingFromCallers()) {
      addHelperOwnNulls(helper, candidates);
    }
    for (ClassIndex.ClassInfo info : index.classes()) {
      for (Body initializer : info.staticInitializers) {
        addOwnNulls(initializer, candidates);
      }
      for (Body initializer : info.instanceInitializers) {
        addOwnNulls(initializer, candidates);
      }
    }
    // A promise holds where a method starts after construction, not where an ordering hazard
    // (a superclass constructor's hook, a static initialiser) runs it.
    candidates.removeIf(flagPromises::vouchFor);
    // Ordering hazards first: where a use has one, it is the more precise account of the path.
    candidates.addAll(
        0,
        new OrderingHazards(
                index, statics, entryValues, facts, this::summaryOf, this::lineOf, policy)
            .candidates());
    return new Reports(index, facts, policy, this::lineOf, this::summaryOf).of(candidates);
  }

  @Override
  public Set<Integer> argumentsRunOnce(MethodInvocationNode call, Body caller) {
    return call.getTarget().getMethod() instanceof MethodSymbol method
            && method.owner == caller.owner()
        ? index.argumentsRunAtOnce(method)
        : Set.of();
  }

  @Override
  public boolean isCounter(VarSymbol field) {
    ClassIndex.ClassInfo owner = index.classInfo(field.owner);
    // A counter matters only to the promises of a class that has some.
    return owner != null
        && flagPromises.candidatesOf(owner).flags().contains(field)
        && flagPromises.countersOf(owner).contains(field);
  }

  @Override
  public boolean mayReturnNull(MethodInvocationNode call, Body caller) {
    // The screens' decision, for a call that this body follows; a returned local that the screens
    // could not rule out is confirmed by the callee's own analysis.
    if (NullReturns.defaultsToNull(call.getTree(), policy)
        || NullReturns.overrideReturnsNull(call.getTree(), index, policy)
        || NullReturns.believedNullable(
            call.getTree(), storedInTrackedField(call), index, policy)) {
      return true;
    }
    BodySummary callee = followedCall(call, caller);
    return callee != null
        && NullReturns.ofCall(call.getTree(), index, policy)
        && callee.body().tree() instanceof MethodTree tree
        && (NullReturns.returnsNullLiteral(tree) || callee.returnsOwnNull());
  }

  @Override
  public boolean missesEntry(MethodInvocationNode call) {
    return NullReturns.missesEntry(
        call.getTree(),
        storedInTrackedField(call),
        policy,
        () -> KeyQueries.asked(call.getTree(), call.getTreePath()));
  }

  /** Whether {@code call}'s result goes straight into a tracked field ({@code f = call();}). */
  private boolean storedInTrackedField(MethodInvocationNode call) {
    TreePath path = call.getTreePath();
    TreePath parent = path == null ? null : path.getParentPath();
    while (parent != null
        && (parent.getLeaf() instanceof ParenthesizedTree
            || parent.getLeaf() instanceof TypeCastTree)) {
      parent = parent.getParentPath();
    }
    Symbol target =
        parent == null
            ? null
            : parent.getLeaf() instanceof AssignmentTree assignment
                ? ASTHelpers.getSymbol(assignment.getVariable())
                : parent.getLeaf() instanceof VariableTree declaration
                    ? ASTHelpers.getSymbol(declaration)
                    : null;
    return target instanceof VarSymbol field
        && field.getKind() == ElementKind.FIELD
        && index.isTrackedField(field);
  }

  @Override
  public boolean isDecreasingCounter(VarSymbol field) {
    ClassIndex.ClassInfo owner = index.classInfo(field.owner);
    return owner != null && flagPromises.decreasingCountersOf(owner).contains(field);
  }

  @Override
  public boolean isNeverZeroCounter(VarSymbol field) {
    ClassIndex.ClassInfo owner = index.classInfo(field.owner);
    return owner != null && flagPromises.neverZeroCountersOf(owner).contains(field);
  }

  @Override
  public @Nullable VarSymbol emptinessFlag(VarSymbol field) {
    if (field.isStatic() || !field.getModifiers().contains(Modifier.FINAL)) {
      return null;
    }
    ClassIndex.ClassInfo owner = index.classInfo(field.owner);
    // A collection's flag matters only to the promises of a class that has some.
    if (owner == null
        || flagPromises.candidatesOf(owner).flags().isEmpty()
        || !flagPromises.collectionsOf(owner).contains(field)) {
      return null;
    }
    VarSymbol flag = finalFieldTests.flagOf(field, CollectionEmptiness.TEST);
    return flagPromises.candidatesOf(owner).flags().contains(flag) ? flag : null;
  }

  private List<NullCause.ResetElsewhere> resetsOnOtherObjects(VarSymbol field) {
    if (otherObjectResets == null) {
      otherObjectResets =
          OtherObjectResets.in(
              compilationUnit, call -> NullReturns.returnsNullLiteralOf(call, index, policy));
    }
    return otherObjectResets.getOrDefault(field, List.of());
  }

  @Override
  public boolean isCollection(VarSymbol variable) {
    return policy.isCollection(variable.type);
  }

  @Override
  public LocalCollections.OfBody localCollections(Body body) {
    return LocalCollections.in(body.tree(), policy);
  }

  @Override
  public boolean createsEmptyCollection(Node value) {
    return value.getTree() instanceof ExpressionTree expression
        && CollectionFields.createsEmpty(expression, policy);
  }

  @Override
  public VarSymbol fieldTestFlag(VarSymbol field, String test) {
    return finalFieldTests.flagOf(field, test);
  }

  @Override
  public boolean followsField(VarSymbol field) {
    return flagPromises.followsField(field);
  }

  @Override
  public Map<String, VarSymbol> fieldTestFlags(VarSymbol field) {
    // The class's tests are collected with its promise candidates.
    ClassIndex.ClassInfo owner = index.classInfo(field.owner);
    if (owner != null) {
      flagPromises.candidatesOf(owner);
    }
    return finalFieldTests.flagsOn(field);
  }

  @Override
  public FlagCandidates flagCandidates(Body body) {
    return flagPromises.candidates(body);
  }

  /**
   * A report names its start: a field that a constructor called through {@code this(...)} left
   * unassigned is not yet assigned in the constructor the path started in.
   */
  private NullCause namingStart(NullCause cause, Body root) {
    if (cause instanceof NullCause.NotYetAssignedInConstructor notYet
        && root.kind() == Body.Kind.CONSTRUCTOR) {
      return new NullCause.NotYetAssignedInConstructor(
          notYet.declarationLine(), root.name(), startLine(root.tree()));
    }
    return cause;
  }

  /**
   * The nulls a helper that starts from its callers gives its own locals (policy {@code
   * ReportSelection.ownNullInHelper}): its callers bring in what depends on where it starts.
   */
  private void addHelperOwnNulls(Body helper, List<Candidate> candidates) {
    MethodSymbol method = helper.method();
    if (method == null) {
      return;
    }
    String name = ClassIndex.signature(method);
    for (Use use : summaryOf(helper).uses()) {
      Nullness value = use.value().resolve(f -> Nullness.BOTTOM, f -> Nullness.BOTTOM);
      boolean local = use.place().kind() == Place.Kind.LOCAL;
      List<NullCause> own = new ArrayList<>();
      for (NullCause cause : value.nullCauses()) {
        ReportSelection.ownNullInHelper(local, cause, name).ifPresent(own::add);
      }
      if (!own.isEmpty() && own.size() == value.nullCauses().size()) {
        candidates.add(
            new Candidate(
                helper,
                use,
                value.mapCauses(
                    cause -> ReportSelection.ownNullInHelper(local, cause, name).orElse(cause))));
      }
    }
  }

  /** An initialiser's own nulls; what its entry state holds is decided where it runs. */
  private void addOwnNulls(Body initializer, List<Candidate> candidates) {
    for (Use use : summaryOf(initializer).uses()) {
      Nullness value =
          use.value().resolve(f -> Nullness.BOTTOM, f -> entryValues.atEntry(f, initializer));
      if (!value.nullCauses().isEmpty()) {
        candidates.add(new Candidate(initializer, use, value));
      }
    }
  }

  private BodySummary summaryOf(Body body) {
    BodySummary summary = summaries.get(body);
    if (summary != null) {
      return summary;
    }
    if (!inProgress.add(body)) {
      // A recursive call: its effect on the caller is unknown, so it has none.
      return BodySummary.empty(body);
    }
    try {
      summary = analyse(body);
    } finally {
      inProgress.remove(body);
    }
    summaries.put(body, summary);
    return summary;
  }

  /**
   * Whether a method may leave a flag with one value for its callers to learn: it reads a flag of a
   * class one of whose candidate maps may hold a null (where none can, no flag has anything to
   * vouch for).
   */
  private boolean leavesFlagKnown(
      Body body, FlagCandidates candidates, Set<? extends Symbol> flagFields) {
    return body.kind() == Body.Kind.METHOD
        && candidates.fields().stream().anyMatch(mayHoldNull::contains)
        && FlagReads.in(body.tree(), flagFields, call -> ownBooleanHelper(call, body));
  }

  /**
   * The fields whose value a candidate flag follows: the flag fields, and the fields whose tests
   * against constants are flags (policy {@code ConstantTests}).
   */
  private Set<? extends Symbol> flagFieldsOf(FlagCandidates candidates) {
    Set<VarSymbol> tested = finalFieldTests.variablesTestedBy(candidates.flags());
    if (tested.isEmpty()) {
      return candidates.flags();
    }
    Set<Symbol> fields = new LinkedHashSet<>(candidates.flags());
    fields.addAll(tested);
    return fields;
  }

  private BodySummary analyse(Body body) {
    FlagCandidates candidates = flagCandidates(body);
    Set<? extends Symbol> flagFields = flagFieldsOf(candidates);
    boolean assignsFlag =
        !candidates.flags().isEmpty()
            && (body.kind() == Body.Kind.CONSTRUCTOR
                || FieldAssignments.in(body.tree(), body.owner()).onOwnObject().stream()
                    .anyMatch(flagFields::contains));
    if (!relevance.needsAnalysis(body)
        && !assignsFlag
        && !leavesFlagKnown(body, candidates, flagFields)
        && !ConditionChecks.mayBeOne(body)) {
      return BodySummary.empty(body);
    }
    PlaceStore initial = new PlaceStore(place -> initialValue(place, body));
    List<Use> initializerUses = new ArrayList<>();
    if (body.kind() == Body.Kind.CONSTRUCTOR) {
      initial = constructorEntry(body, initial, initializerUses);
      // Policy StaticPromises: the class's static state is as its methods leave it.
      initial = initial.assumeStaticFlagInvariants(candidates);
      initial = flagPromises.atConstruction(body, candidates, initial);
    } else if ((body.kind() == Body.Kind.METHOD
            && body.method() != null
            && !body.method().isStatic())
        || (body.kind() == Body.Kind.LAMBDA && !inStaticMember(body.path()))) {
      // Spec 8 across methods: assumed here, checked at every exit of every body. A lambda that
      // may run later starts, as a method does, where the class's promises hold; one that runs
      // at once takes the vouchers of its creation instead (Summaries.usesAtCreation).
      initial = initial.assumeFlagInvariants(candidates);
    } else if (body.kind() == Body.Kind.METHOD || body.kind() == Body.Kind.LAMBDA) {
      initial = initial.assumeStaticFlagInvariants(candidates);
    }
    if (body.kind() == Body.Kind.METHOD && body.method() != null) {
      initial = initial.startingWith(entryFlags(body.method(), candidates));
      initial = withParametersGivenNull(body.method(), initial);
    } else if (body.kind() == Body.Kind.LAMBDA) {
      // A lambda run at once starts with its creator's flags (policy
      // EntryConditions.creatorKnowsFlagField): its uses say which they need.
      initial = initial.startingWith(lambdaEntryFlags(candidates, inStaticMember(body.path())));
    }
    return analyzer.analyze(body, initial, initializerUses);
  }

  /**
   * A parameter that a call of the unit gives the literal null may be null where the method starts:
   * one the method stores in a tracked field as policy {@link NullSetters} says, any other as
   * policy {@link NullArguments} says.
   */
  private PlaceStore withParametersGivenNull(MethodSymbol method, PlaceStore initial) {
    PlaceStore store = initial;
    for (Map.Entry<Integer, NullCause> parameter :
        nullArguments.causes().getOrDefault(method, Map.of()).entrySet()) {
      store =
          store.assign(
              Place.local(method.getParameters().get(parameter.getKey())),
              Nullness.NON_NULL.leastUpperBound(Nullness.nullBecause(parameter.getValue())));
    }
    return store;
  }

  /** Whether the member of a class that {@code path} lies in is static: it has no object. */
  private static boolean inStaticMember(TreePath path) {
    for (TreePath p = path; p.getParentPath() != null; p = p.getParentPath()) {
      if (p.getParentPath().getLeaf() instanceof ClassTree) {
        Tree member = p.getLeaf();
        ModifiersTree modifiers =
            member instanceof MethodTree method
                ? method.getModifiers()
                : member instanceof VariableTree variable ? variable.getModifiers() : null;
        boolean staticBlock = member instanceof BlockTree block && block.isStatic();
        return staticBlock || (modifiers != null && modifiers.getFlags().contains(Modifier.STATIC));
      }
    }
    return true;
  }

  /**
   * The flags whose value a method's caller gives it: its boolean parameters, the class's static
   * flags and, for an instance method, the flag fields of its object (policy {@code
   * EntryConditions}).
   */
  private static Set<VarSymbol> entryFlags(MethodSymbol method, FlagCandidates candidates) {
    Set<VarSymbol> flags = new LinkedHashSet<>();
    for (VarSymbol parameter : method.getParameters()) {
      if (parameter.type.getKind() == TypeKind.BOOLEAN) {
        flags.add(parameter);
      }
    }
    for (VarSymbol flag : candidates.flags()) {
      if (!method.isStatic() || flag.isStatic()) {
        flags.add(flag);
      }
    }
    return flags;
  }

  /** The flag fields a lambda starts with: the static ones, and its object's where it has one. */
  private static Set<VarSymbol> lambdaEntryFlags(FlagCandidates candidates, boolean inStatic) {
    Set<VarSymbol> flags = new LinkedHashSet<>();
    for (VarSymbol flag : candidates.flags()) {
      if (!inStatic || flag.isStatic()) {
        flags.add(flag);
      }
    }
    return flags;
  }

  /**
   * A constructor starts with its instance fields null; unless it delegates with {@code this(...)},
   * the field initialisers and initializer blocks run first, in textual order.
   */
  private PlaceStore constructorEntry(Body constructor, PlaceStore store, List<Use> uses) {
    ClassIndex.ClassInfo owner = Objects.requireNonNull(index.classInfo(constructor.owner()));
    MethodTree tree = (MethodTree) constructor.tree();
    int line = startLine(tree);
    for (VarSymbol field : owner.trackedFields.keySet()) {
      if (!field.isStatic()) {
        NullCause cause =
            new NullCause.NotYetAssignedInConstructor(
                declarationLine(field), constructor.name(), line);
        store = store.assign(Place.thisField(field), Nullness.nullBecause(cause));
      }
    }
    if (!delegatesToThis(tree)) {
      for (Body override : overridesRunBySuperCall(tree, owner)) {
        // Spec 4: the superclass constructor runs this class's override before the initialisers;
        // its uses are checked from that start on their own (OrderingHazards).
        store = Summaries.apply(store, summaryOf(override), Optional.empty(), use -> {});
      }
      for (Body initializer : owner.instanceInitializers) {
        store = Summaries.apply(store, summaryOf(initializer), Optional.empty(), uses::add);
      }
      store = freshCountersSeeded(owner, store);
    }
    return store;
  }

  /**
   * The methods of {@code owner} whose bodies the superclass constructor that {@code constructor}
   * calls runs on every path, in the order it calls them (policy {@link
   * ConstructorHooks#overrideRunsAtSuperCall}): overrides of methods that it calls on {@code this}
   * without arguments, with only straight-line code before the call.
   */
  private List<Body> overridesRunBySuperCall(MethodTree constructor, ClassIndex.ClassInfo owner) {
    List<? extends StatementTree> statements = constructor.getBody().getStatements();
    if (statements.isEmpty() || !isConstructorCall(statements.get(0), "super")) {
      return List.of();
    }
    MethodSymbol superConstructor =
        ASTHelpers.getSymbol(
            (MethodInvocationTree) ((ExpressionStatementTree) statements.get(0)).getExpression());
    Body superBody = superConstructor == null ? null : index.bodyOf(superConstructor);
    if (superBody == null) {
      return List.of();
    }
    List<Body> overrides = new ArrayList<>();
    for (StatementTree statement : ((MethodTree) superBody.tree()).getBody().getStatements()) {
      MethodSymbol called = StraightLineCode.callOnThisWithoutArguments(statement);
      if (called != null) {
        for (Body method : owner.methods) {
          boolean overridden =
              method.method() != null && policy.overrides(method.method(), called, owner.symbol);
          if (ConstructorHooks.overrideRunsAtSuperCall(
              true, JavacPolicy.isOverridable(called), overridden)) {
            overrides.add(method);
          }
        }
      }
      if (!StraightLineCode.isStraightLine(statement)) {
        break;
      }
    }
    return overrides;
  }

  /**
   * Policy {@link FreshCounters}: the integral fields that still hold 0 where the constructor's own
   * code starts: no initialiser gives them a value, nor does an initializer block.
   */
  private static PlaceStore freshCountersSeeded(ClassIndex.ClassInfo owner, PlaceStore store) {
    Set<Symbol> initialised = new LinkedHashSet<>();
    for (Body initializer : owner.instanceInitializers) {
      if (initializer.tree() instanceof VariableTree declaration) {
        initialised.add(ASTHelpers.getSymbol(declaration));
      } else {
        initialised.addAll(FieldAssignments.in(initializer.tree(), owner.symbol).onOwnObject());
      }
    }
    // The first fields in declaration order, as the class file lists them for SpotBugs.
    int followed = 0;
    for (Symbol member : owner.symbol.getEnclosedElements()) {
      if (member instanceof VarSymbol field && !field.isStatic() && isWholeNumber(field.type)) {
        if (followed++ == FreshCounters.MAX_FOLLOWED) {
          break;
        }
        if (FreshCounters.startsAtZero(false, initialised.contains(field))) {
          store = store.assignFlag(field, true);
        }
      }
    }
    return store;
  }

  /**
   * An {@code int}, {@code short}, {@code byte} or {@code char}: the types the class file compares
   * as {@code int} (a {@code long} is compared through {@code lcmp}, which neither engine follows).
   */
  static boolean isIntegral(Type type) {
    return switch (type.getKind()) {
      case INT, SHORT, BYTE, CHAR -> true;
      default -> false;
    };
  }

  /**
   * The type of a variable whose comparisons with constants the engines follow: an integral type or
   * a {@code long} (whose {@code lcmp} SpotBugs finds next to its read).
   */
  static boolean isWholeNumber(Type type) {
    return isIntegral(type) || type.getKind() == TypeKind.LONG;
  }

  /**
   * A whole-number constant ({@code 3}, {@code 3L}) that an int can hold, as a long; null for any
   * other value (SpotBugs reads the same constants).
   */
  static @Nullable Long wholeNumber(@Nullable Object constant) {
    if (!(constant instanceof Integer
        || constant instanceof Long
        || constant instanceof Short
        || constant instanceof Byte)) {
      return null;
    }
    long value = ((Number) constant).longValue();
    return value == (int) value ? Long.valueOf(value) : null;
  }

  static boolean delegatesToThis(MethodTree constructor) {
    List<? extends StatementTree> statements = constructor.getBody().getStatements();
    return !statements.isEmpty() && isThisCall(statements.get(0));
  }

  private static boolean isThisCall(Tree statement) {
    return isConstructorCall(statement, "this");
  }

  /** Whether {@code statement} is {@code name(...)}: {@code this(...)} or {@code super(...)}. */
  private static boolean isConstructorCall(Tree statement, String name) {
    if (!(statement instanceof ExpressionStatementTree)) {
      return false;
    }
    Tree expression = ((ExpressionStatementTree) statement).getExpression();
    return expression instanceof MethodInvocationTree
        && ((MethodInvocationTree) expression).getMethodSelect() instanceof IdentifierTree
        && ((IdentifierTree) ((MethodInvocationTree) expression).getMethodSelect())
            .getName()
            .contentEquals(name);
  }

  /**
   * The line a body starts on, as a report names it: for a constructor that begins with {@code
   * this(...)} or {@code super(...)} (javac adds an implicit one), the line of that call, where its
   * code begins and the class file puts its start, so that both engines name the same line; for any
   * other body, its declaration's line.
   */
  int startLine(Tree tree) {
    if (tree instanceof MethodTree method && method.getBody() != null) {
      List<? extends StatementTree> statements = method.getBody().getStatements();
      if (!statements.isEmpty()
          && (isConstructorCall(statements.get(0), "this")
              || isConstructorCall(statements.get(0), "super"))) {
        return lineOf(statements.get(0));
      }
    }
    return lineOf(tree);
  }

  /**
   * What a place holds where a body starts, before anything in it runs. The body's own fields hold
   * its entry value, filled in by whoever calls, creates or starts it; so do the enclosing object's
   * fields in a method of an anonymous or local class, which its creator fills in (spec 4). Other
   * classes see fields as they are after construction.
   */
  private Nullness initialValue(Place place, Body body) {
    switch (place.kind()) {
      case LOCAL:
        return Nullness.NON_NULL;
      case OTHER_FIELD:
        if ((body.kind() == Body.Kind.LAMBDA || index.localCreation(body.owner()) != null)
            && !declaredIn(body).contains(place.receiver())) {
          // An object the lambda or local class captured from its creator is as the creator left
          // it where it made them (spec 4); one it is given or finds is as construction left it.
          return Nullness.entryValueOf(place.variable());
        }
        return Nullness.afterConstructionOf(place.variable());
      default:
        return place.variable().owner == body.owner()
                || (place.kind() == Place.Kind.THIS_FIELD
                    && index.localCreation(body.owner()) != null)
            ? Nullness.entryValueOf(place.variable())
            : Nullness.afterConstructionOf(place.variable());
    }
  }

  /** The variables that {@code body} declares: its parameters and its own locals. */
  private Set<Symbol> declaredIn(Body body) {
    return declaredVariables.computeIfAbsent(
        body,
        b -> {
          Set<Symbol> declared = new LinkedHashSet<>();
          new TreeScanner<Void, Void>() {
            @Override
            public Void visitVariable(VariableTree tree, Void unused) {
              declared.add(ASTHelpers.getSymbol(tree));
              return super.visitVariable(tree, null);
            }
          }.scan(b.tree(), null);
          return declared;
        });
  }

  @Override
  public @Nullable Place placeOf(Node node) {
    return places.placeOf(node);
  }

  @Override
  public boolean neverReturns(Body callee) {
    return neverReturns.computeIfAbsent(
        callee,
        body ->
            body.kind() == Body.Kind.METHOD
                && body.tree() instanceof MethodTree method
                && method.getBody() != null
                && !Reachability.canCompleteNormally(method.getBody())
                && !ReturnStatements.in(method.getBody()));
  }

  @Override
  public @Nullable VarSymbol flagOf(Node node) {
    return TrackedPlaces.flagOf(node);
  }

  @Override
  public @Nullable VarSymbol referenceFlagOf(Node node) {
    return places.referenceFlagOf(node);
  }

  @Override
  public AccessKind accessKind(MethodInvocationNode call) {
    Type receiverType = (Type) call.getTarget().getReceiver().getType();
    return policy.accessKind(receiverType, call.getTarget().getMethod().getSimpleName().toString());
  }

  @Override
  public boolean isPureTest(MethodInvocationNode call) {
    Element method = call.getTarget().getMethod();
    return method instanceof MethodSymbol && policy.isPureTest((MethodSymbol) method);
  }

  @Override
  public boolean createsNonEmpty(MethodInvocationNode call) {
    Element method = call.getTarget().getMethod();
    return method instanceof MethodSymbol && policy.createsNonEmpty((MethodSymbol) method);
  }

  @Override
  public boolean runsCallbackPerElement(MethodInvocationNode call) {
    Type receiverType = (Type) call.getTarget().getReceiver().getType();
    return policy.runsCallbackPerElement(
        receiverType, call.getTarget().getMethod().getSimpleName().toString());
  }

  @Override
  public boolean runsOneOfCallbacks(MethodInvocationNode call) {
    Type receiverType = (Type) call.getTarget().getReceiver().getType();
    return policy.runsOneOfCallbacks(
        receiverType, call.getTarget().getMethod().getSimpleName().toString());
  }

  @Override
  public boolean isTrueCheck(MethodInvocationNode call) {
    Element method = call.getTarget().getMethod();
    return method instanceof MethodSymbol && policy.isTrueCheck((MethodSymbol) method);
  }

  @Override
  public boolean isNonNullCheck(MethodInvocationNode call) {
    Element method = call.getTarget().getMethod();
    return method instanceof MethodSymbol && policy.isNonNullCheck((MethodSymbol) method);
  }

  /**
   * Whether code of the file assigns {@code field} other than on the running object of its own
   * class: a nested Builder, a factory completing the object it created, a nested class.
   */
  private boolean isAssignedByOtherCode(VarSymbol field) {
    if (assignedByOtherCode == null) {
      assignedByOtherCode = FieldAssignments.in(compilationUnit, null).elsewhere();
    }
    return assignedByOtherCode.contains(field);
  }

  @Override
  public Optional<NullTest> nullTestOf(MethodInvocationNode call, Body caller) {
    if (!(call.getTarget().getMethod() instanceof MethodSymbol method)) {
      return Optional.empty();
    }
    if (method.getReturnType().getKind() == TypeKind.BOOLEAN
        && JavaSemantics.trueOnlyForNonNullArgument(
            method.getSimpleName().toString(),
            method.getParameters().stream().map(p -> p.type.tsym.flatName().toString()).toList(),
            method.isStatic())) {
      // Spec 3: x.equals(y) is true only for a non-null y.
      return Optional.of(new NullTest(0, true));
    }
    Optional<Boolean> listed = policy.nullTestResult(method);
    if (listed.isPresent()) {
      return Optional.of(new NullTest(0, listed.get()));
    }
    Optional<NullTest> cached = nullTests.get(method);
    if (cached == null) {
      cached = helperNullTest(method, caller, 0);
      nullTests.put(method, cached);
    }
    return cached;
  }

  /**
   * The null test of a helper of the caller's class that no subclass replaces, through the helpers
   * it calls in turn ({@code hasEntries(m)} returns {@code !isEmpty(m)}), a few calls deep.
   */
  private Optional<NullTest> helperNullTest(MethodSymbol method, Body caller, int depth) {
    Body helper = index.bodyOf(method);
    if (depth > MAX_HELPER_DEPTH
        || helper == null
        || method.owner != caller.owner()
        || JavacPolicy.isOverridable(method)
        || !(helper.tree() instanceof MethodTree)) {
      return Optional.empty();
    }
    return NullTests.ofHelper(helper, callee -> helperNullTest(callee, caller, depth + 1));
  }

  @Override
  public NullConstantResults.@Nullable ResultWhenNull resultWhenNull(
      MethodInvocationNode call, Body caller) {
    MethodTree helper = ownHelperCalled(call, caller);
    if (helper == null
        || ((MethodSymbol) call.getTarget().getMethod()).getReturnType().getKind()
            != TypeKind.INT) {
      return null;
    }
    return resultsWhenNull
        .computeIfAbsent(
            (MethodSymbol) call.getTarget().getMethod(),
            m -> Optional.ofNullable(NullConstantResults.of(helper, caller.owner())))
        .orElse(null);
  }

  @Override
  public @Nullable VarSymbol fieldWhoseNullEmptiesResult(MethodInvocationNode call, Body caller) {
    MethodTree helper = ownHelperCalled(call, caller);
    if (helper == null) {
      return null;
    }
    return fieldsEmptyingResults
        .computeIfAbsent(
            (MethodSymbol) call.getTarget().getMethod(),
            m ->
                Optional.ofNullable(
                    NullConstantResults.fieldWhoseNullEmptiesResult(
                        helper,
                        caller.owner(),
                        returned ->
                            returned instanceof MethodInvocationTree factory
                                && factory.getArguments().isEmpty()
                                && policy.createsEmpty(ASTHelpers.getSymbol(factory)))))
        .orElse(null);
  }

  /**
   * The body of the method that {@code call} runs on {@code this}, a method of the caller's class,
   * for what it returns where a field is null (policy {@code ResultsWhenNull.readsHelper}); null
   * for another call.
   */
  private @Nullable MethodTree ownHelperCalled(MethodInvocationNode call, Body caller) {
    if (!(call.getTarget().getMethod() instanceof MethodSymbol method)
        || method.isStatic()
        || method.owner != caller.owner()
        || !ResultsWhenNull.readsHelper(
            call.getTarget().getReceiver() instanceof ThisNode,
            JavacPolicy.isOverridable(method))) {
      return null;
    }
    Body helper = index.bodyOf(method);
    return helper != null && helper.tree() instanceof MethodTree tree ? tree : null;
  }

  @Override
  public @Nullable VarSymbol flagReturnedBy(MethodInvocationNode call, Body caller) {
    MethodTree accessor = booleanAccessorCalled(call, caller);
    VarSymbol returned = accessor == null ? null : NullTests.returnedOwnField(accessor);
    return returned != null && flagCandidates(caller).flags().contains(returned) ? returned : null;
  }

  @Override
  public @Nullable Boolean constantAnswerOf(MethodInvocationNode call, Body caller) {
    MethodTree accessor = booleanAccessorCalled(call, caller);
    Boolean returned = accessor == null ? null : NullTests.returnedConstant(accessor);
    if (returned == null) {
      return null;
    }
    MethodSymbol hook = (MethodSymbol) call.getTarget().getMethod();
    // Only a hook that returns a constant is looked for among the unit's classes.
    return ConstantAnswers.answerOf(
            true, JavacPolicy.isOverridable(hook), overriddenInUnit(hook), returned)
        .orElse(null);
  }

  /** Whether a class of the unit overrides the method {@code method}, which has no parameters. */
  private boolean overriddenInUnit(MethodSymbol method) {
    for (ClassIndex.ClassInfo info : index.classes()) {
      if (info.symbol != method.owner
          && inherits(info.symbol, method.owner)
          && info.symbol
                  .members()
                  .findFirst(
                      method.name,
                      member ->
                          member instanceof MethodSymbol other
                              && !other.isStatic()
                              && other.getParameters().isEmpty())
              != null) {
        return true;
      }
    }
    return false;
  }

  @Override
  public @Nullable VarSymbol referenceFlagReturnedBy(MethodInvocationNode call, Body caller) {
    MethodTree accessor = booleanAccessorCalled(call, caller);
    return accessor == null
        ? null
        : NullTests.exactlyTested(accessor, flagCandidates(caller).flags()).orElse(null);
  }

  @Override
  public Optional<TestedField> referenceFlagTestOf(MethodInvocationNode call, Body caller) {
    MethodTree accessor = booleanAccessorCalled(call, caller);
    VarSymbol flag = referenceFlagReturnedBy(call, caller);
    return accessor == null || flag == null || index.isTrackedField(flag)
        ? Optional.empty()
        : Optional.of(new TestedField(flag, NullTests.trueWhereNonNull(accessor)));
  }

  @Override
  public boolean isTrackedField(VarSymbol field) {
    return index.isTrackedField(field);
  }

  @Override
  public AnswerPaths.@Nullable Answers flagsAnsweredBy(MethodInvocationNode call, Body caller) {
    MethodTree accessor = booleanAccessorCalled(call, caller);
    if (accessor == null) {
      return null;
    }
    Set<VarSymbol> flags = flagCandidates(caller).flags();
    if (NullTests.exactlyTested(accessor, flags).isPresent()) {
      // `return store != null;` alone: the field's own test (referenceFlagTestOf, fieldTestOf).
      return null;
    }
    return flagAnswers
        .computeIfAbsent(
            (MethodSymbol) call.getTarget().getMethod(),
            method ->
                Optional.ofNullable(
                    AnswerPaths.of(
                        accessor,
                        flags,
                        nested -> ownBooleanHelper(nested, caller),
                        comparison -> testFlagOf(comparison, caller, flags))))
        .orElse(null);
  }

  /**
   * The flag of the test that {@code comparison} makes of a field of the caller's object that the
   * class follows; null for another comparison.
   */
  private AnswerPaths.@Nullable TestFlag testFlagOf(
      BinaryTree comparison, Body caller, Set<VarSymbol> flags) {
    ConstantComparisons.Tested tested =
        ConstantComparisons.of(comparison, caller.owner(), this::followsField);
    if (tested == null || !tested.isField() || tested.variable().isStatic()) {
      return null;
    }
    VarSymbol flag = fieldTestFlag(tested.variable(), tested.test());
    return flags.contains(flag) ? new AnswerPaths.TestFlag(flag, tested.whereHolds()) : null;
  }

  /** The body of the boolean helper without parameters that {@code call}, on this, runs. */
  private @Nullable MethodTree ownBooleanHelper(MethodInvocationTree call, Body caller) {
    MethodSymbol method = ASTHelpers.getSymbol(call);
    if (method == null
        || method.isStatic()
        || method.owner != caller.owner()
        || !JavacFacts.isOnThis(call.getMethodSelect())
        || method.getReturnType().getKind() != TypeKind.BOOLEAN
        || !method.getParameters().isEmpty()) {
      return null;
    }
    Body helper = index.bodyOf(method);
    return helper != null && helper.tree() instanceof MethodTree tree ? tree : null;
  }

  /** The body of the boolean method without parameters of its class that a call on this runs. */
  private @Nullable MethodTree booleanAccessorCalled(MethodInvocationNode call, Body caller) {
    if (!(call.getTarget().getMethod() instanceof MethodSymbol method)
        || method.isStatic()
        || method.owner != caller.owner()
        || !(call.getTarget().getReceiver() instanceof ThisNode)
        || method.getReturnType().getKind() != TypeKind.BOOLEAN
        || !method.getParameters().isEmpty()) {
      return null;
    }
    Body accessor = index.bodyOf(method);
    return accessor != null && accessor.tree() instanceof MethodTree tree ? tree : null;
  }

  @Override
  public Optional<TestedField> fieldTestOf(MethodInvocationNode call, Body caller) {
    if (!(call.getTarget().getMethod() instanceof MethodSymbol method)
        || method.getReturnType().getKind() != TypeKind.BOOLEAN) {
      return Optional.empty();
    }
    if (method.isStatic()) {
      // Spec 3: the class's own static predicate on a static field (`isLoaded()`, which returns
      // `rates != null`) is a null test of that field.
      Body helper = method.owner == caller.owner() ? index.bodyOf(method) : null;
      return helper == null
          ? Optional.empty()
          : fieldTests.computeIfAbsent(method, m -> writtenFieldTest(helper, true));
    }
    Node receiver = call.getTarget().getReceiver();
    // On this, a method of the caller's class; on another object of a class of the unit held in
    // a variable (other.isActive()), that class's method, which then tests other.f.
    boolean onThis =
        receiver instanceof ThisNode
            && (method.owner == caller.owner() || runsInheritedBody(method, receiver, caller));
    if (!onThis && TrackedPlaces.heldObject(receiver) == null) {
      return Optional.empty();
    }
    Body helper = index.bodyOf(method);
    if (helper == null) {
      return Optional.empty();
    }
    Optional<TestedField> written =
        fieldTests.computeIfAbsent(method, m -> writtenFieldTest(helper, false));
    // Else what its returns show (`this.env = values; return true;`): its summary, which is
    // computed outside the cache above, as it may analyse other helpers that fill it.
    return written.isPresent() ? written : summaryOf(helper).returnedFieldTest();
  }

  /**
   * The field test that a helper's single {@code return} spells out, of a static field of its class
   * where {@code statics}, else of a field of its object.
   */
  private Optional<TestedField> writtenFieldTest(Body helper, boolean statics) {
    ClassIndex.ClassInfo owner = index.classInfo(helper.owner());
    if (owner == null || !(helper.tree() instanceof MethodTree tree)) {
      return Optional.empty();
    }
    List<VarSymbol> fields = new ArrayList<>();
    for (VarSymbol field : owner.trackedFields.keySet()) {
      if (field.isStatic() == statics) {
        fields.add(field);
      }
    }
    return NullTests.ofFieldHelper(tree, fields)
        .flatMap(
            test ->
                fields.stream()
                    .filter(field -> field.getSimpleName().contentEquals(test.field()))
                    .findFirst()
                    .map(field -> new TestedField(field, test.nonNullWhen())));
  }

  @Override
  public Map<Integer, VarSymbol> settersStoredFields(MethodInvocationNode call) {
    return call.getTarget().getMethod() instanceof MethodSymbol method
        ? nullArguments.storedIn().getOrDefault(method, Map.of())
        : Map.of();
  }

  @Override
  public @Nullable BodySummary followedCall(MethodInvocationNode call, Body caller) {
    if (!(call.getTarget().getMethod() instanceof MethodSymbol)) {
      return null;
    }
    MethodSymbol method = (MethodSymbol) call.getTarget().getMethod();
    Body callee = index.bodyOf(method);
    if (callee != null && runsInheritedBody(method, call.getTarget().getReceiver(), caller)) {
      return summaryOf(callee).asInherited();
    }
    if (callee == null || method.owner != caller.owner()) {
      return null;
    }
    boolean onThis = method.isStatic() || call.getTarget().getReceiver() instanceof ThisNode;
    if (method.isConstructor()) {
      return isThisCall(call.getTree()) ? summaryOf(callee) : null;
    }
    if (!onThis) {
      // A call on another instance changes that instance, not the fields this body tracks.
      return null;
    }
    return Overriding.runsOwnBody(true, JavacPolicy.isOverridable(method))
        ? summaryOf(callee)
        : null;
  }

  /**
   * Whether {@code call}, on {@code receiver}, runs on the running object the body of a method that
   * a superclass of the caller's class declares and the class inherits (policy {@code
   * Overriding.runsInheritedBody}): javac names the closest declaration, so a method the caller's
   * class overrides is never one.
   */
  private static boolean runsInheritedBody(MethodSymbol method, Node receiver, Body caller) {
    return !method.isStatic()
        && !method.isConstructor()
        && method.owner != caller.owner()
        && (receiver instanceof SuperNode || receiver instanceof ThisNode)
        && inherits(caller.owner(), method.owner)
        && Overriding.runsInheritedBody(
            receiver instanceof SuperNode, receiver instanceof ThisNode);
  }

  /**
   * Whether {@code field}, used by code of the anonymous, local or member class {@code local}, is
   * one of the enclosing object's: not the class's own, declared or inherited.
   */
  static boolean ofEnclosingObject(VarSymbol field, Symbol local) {
    return field.owner != local && !inherits(local, field.owner);
  }

  /** Whether {@code type} extends {@code ancestor}, directly or through other classes. */
  static boolean inherits(Symbol type, Symbol ancestor) {
    Type superclass = type instanceof ClassSymbol own ? own.getSuperclass() : null;
    while (superclass instanceof Type.ClassType parent) {
      if (parent.tsym == ancestor) {
        return true;
      }
      superclass = parent.tsym instanceof ClassSymbol next ? next.getSuperclass() : null;
    }
    return false;
  }

  @Override
  public Optional<Set<Symbol>> fieldsAssignedByStaticCall(MethodInvocationNode call, Body caller) {
    if (!(call.getTarget().getMethod() instanceof MethodSymbol method)
        || !method.isStatic()
        || method.owner != caller.owner()) {
      return Optional.empty();
    }
    return staticStores.computeIfAbsent(
        method,
        m -> {
          Body callee = index.bodyOf(m);
          ClassIndex.ClassInfo owner = index.classInfo(caller.owner());
          return callee == null || owner == null
              ? Optional.empty()
              : StaticStores.reachedFrom(List.of(callee.tree()), owner, index);
        });
  }

  @Override
  public Optional<Set<Symbol>> fieldsAssignedByCall(MethodInvocationNode call, Body caller) {
    if (call.getTarget().getMethod() instanceof MethodSymbol inherited
        && runsInheritedBody(inherited, call.getTarget().getReceiver(), caller)) {
      Body callee = index.bodyOf(inherited);
      return callee == null ? Optional.empty() : assignedThroughCalls.by(callee);
    }
    if (!(call.getTarget().getMethod() instanceof MethodSymbol method)
        || method.isStatic()
        || method.owner != caller.owner()
        || !(call.getTarget().getReceiver() instanceof ThisNode)) {
      return Optional.empty();
    }
    Body callee = index.bodyOf(method);
    return callee == null ? Optional.empty() : assignedThroughCalls.by(callee);
  }

  @Override
  public @Nullable BodySummary constructionOfOwnClass(ObjectCreationNode creation, Body creator) {
    MethodSymbol constructor = ASTHelpers.getSymbol(creation.getTree());
    if (constructor == null || constructor.owner != creator.owner()) {
      return null;
    }
    Body body = index.bodyOf(constructor);
    return body == null ? null : summaryOf(body);
  }

  @Override
  public @Nullable Body constructorOfUnit(MethodSymbol constructor) {
    Body body = index.bodyOf(constructor);
    return body != null && body.kind() == Body.Kind.CONSTRUCTOR ? body : null;
  }

  @Override
  public @Nullable CreatedCallback callbackCreated(ExpressionTree lambda, Body creator) {
    ClassIndex.Callback callback = index.callback(lambda);
    if (callback == null || callback.body().owner() != creator.owner()) {
      return null;
    }
    if (!callback.createdDuringInitialisation() || callback.runAtOnce()) {
      return new CreatedCallback(
          summaryOf(callback.body()), null, callback.runAtOnce(), callback.guardedFields());
    }
    // Spec 4, this-escape: a constructor that hands the lambda to a call that may keep it.
    return callback.passedTo() != null && creator.kind() == Body.Kind.CONSTRUCTOR
        ? new CreatedCallback(summaryOf(callback.body()), callback.passedTo(), false, Set.of())
        : null;
  }

  @Override
  public List<BodySummary> callbacksRegistered(Tree call, Body caller) {
    List<BodySummary> registered = new ArrayList<>();
    for (RegisteredCallbackFields.Registration registration : index.registeredBy(call)) {
      Body runs = index.registeredBody(registration);
      if (runs != null && registration.field().owner == caller.owner()) {
        registered.add(summaryOf(runs));
      }
    }
    return registered;
  }

  @Override
  public LocalClassCreated localClassCreated(ObjectCreationNode creation, Body creator) {
    Symbol local = ClassIndex.localClassCreated(creation.getTree());
    ClassIndex.LocalCreation created = local == null ? null : index.localCreation(local);
    ClassIndex.ClassInfo info = local == null ? null : index.classInfo(local);
    if (created == null || info == null || created.creator() != creator.method()) {
      return LocalClassCreated.NONE;
    }
    // Its initialisers and the constructor called run here, as part of the creation; its methods
    // later, whenever its user calls them, which during the enclosing object's initialisation may
    // be after it.
    List<BodySummary> atCreation = new ArrayList<>();
    for (Body initializer : info.instanceInitializers) {
      atCreation.add(summaryOf(initializer));
    }
    MethodSymbol constructor = ASTHelpers.getSymbol(creation.getTree());
    Body called = constructor == null ? null : index.bodyOf(constructor);
    if (called != null) {
      atCreation.add(summaryOf(called));
    }
    List<BodySummary> methods = new ArrayList<>();
    if (!created.createdDuringInitialisation()) {
      for (Body method : info.methods) {
        methods.add(summaryOf(method));
      }
    }
    return new LocalClassCreated(atCreation, methods, created.guardedFields());
  }

  @Override
  public @Nullable HandedOutInstance instanceHandedOut(ObjectCreationNode creation, Body creator) {
    ClassIndex.HandedOut handed = index.handedOut(creation.getTree());
    Symbol local = ClassIndex.localClassCreated(creation.getTree());
    ClassIndex.LocalCreation created = local == null ? null : index.localCreation(local);
    ClassIndex.ClassInfo info = local == null ? null : index.classInfo(local);
    if (handed == null
        || created == null
        || info == null
        || created.creator() != creator.method()
        || creator.kind() != Body.Kind.CONSTRUCTOR) {
      return null;
    }
    return new HandedOutInstance(
        callableBack(info), handed.runAtOnce() ? null : handed.callee(), lineOf(handed.call()));
  }

  @Override
  public List<BodySummary> methodsCallableBack(Body constructor) {
    ClassIndex.ClassInfo info = index.classInfo(constructor.owner());
    return info == null ? List.of() : callableBack(info);
  }

  /**
   * The instance methods of {@code info} that code given an instance can call: those that are not
   * private (it reaches the instance through a supertype, or the class itself).
   */
  private List<BodySummary> callableBack(ClassIndex.ClassInfo info) {
    List<BodySummary> methods = new ArrayList<>();
    for (Body method : info.methods) {
      MethodSymbol symbol = method.method();
      if (symbol != null && !symbol.isPrivate() && !symbol.isStatic()) {
        methods.add(summaryOf(method));
      }
    }
    return methods;
  }

  private static boolean isThisCall(MethodInvocationTree call) {
    return call.getMethodSelect() instanceof IdentifierTree
        && ((IdentifierTree) call.getMethodSelect()).getName().contentEquals("this");
  }

  @Override
  public List<VarSymbol> componentsAssignedAtEnd(Body body) {
    MethodSymbol method = body.method();
    ClassIndex.ClassInfo owner = index.classInfo(body.owner());
    if (method == null
        || owner == null
        || !NullConstructorArguments.isCanonicalRecordConstructor(method)) {
      return List.of();
    }
    List<VarSymbol> components = new ArrayList<>();
    for (VarSymbol field : owner.trackedFields.keySet()) {
      if (!field.isStatic()) {
        components.add(field);
      }
    }
    return components;
  }

  @Override
  public int lineOf(Tree tree) {
    return (int) compilationUnit.getLineMap().getLineNumber(((JCTree) tree).getPreferredPosition());
  }

  private int declarationLine(VarSymbol field) {
    VariableTree declaration = index.declarationOf(field);
    return declaration == null ? 0 : lineOf(declaration);
  }
}
