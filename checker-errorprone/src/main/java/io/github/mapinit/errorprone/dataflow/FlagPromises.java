package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.errorprone.dataflow.AnalysisEnvironment.FlagCandidates;
import io.github.mapinit.policy.facts.ClassFacts;
import io.github.mapinit.policy.rules.AtomicFlags;
import io.github.mapinit.policy.rules.CollectionEmptiness;
import io.github.mapinit.policy.rules.ConstantTests;
import io.github.mapinit.policy.rules.Counters;
import io.github.mapinit.policy.rules.Deserialisation;
import io.github.mapinit.policy.rules.FlagInvariants;
import io.github.mapinit.policy.rules.NullConstruction;
import io.github.mapinit.policy.rules.StaticFlags;
import io.github.mapinit.policy.rules.StaticPromises;
import io.github.mapinit.policy.rules.StoredCallbacks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeKind;

/**
 * Spec 8 across methods, for one compilation unit: which flags (boolean fields, and reference
 * fields the class tests for null) and map fields of each class a promise may relate, what a
 * constructor knows of its flags, which promises every body keeps (policy {@link FlagInvariants}),
 * and which uses they rule out.
 */
final class FlagPromises {

  private final Predicate<VarSymbol> assignedByOtherCode;
  private final ClassIndex index;
  private final Function<Body, BodySummary> summaryOf;
  private final PureTestFlags fieldTests;
  private final Map<ClassIndex.ClassInfo, FlagCandidates> candidates = new LinkedHashMap<>();
  private final Map<ClassIndex.ClassInfo, Counters.Found<VarSymbol>> counters =
      new LinkedHashMap<>();
  private final Map<ClassIndex.ClassInfo, Set<VarSymbol>> collections = new LinkedHashMap<>();
  private final JavacPolicy policy;
  private final Function<ClassIndex.ClassInfo, ClassFacts> factsOf;
  private final Map<ClassIndex.ClassInfo, Set<FlagInvariants.Implication>> kept =
      new LinkedHashMap<>();

  /**
   * @param assignedByOtherCode whether code of the file assigns a field other than on the running
   *     object of its own class: a promise about it cannot be checked on the class's own bodies
   */
  FlagPromises(
      Predicate<VarSymbol> assignedByOtherCode,
      ClassIndex index,
      Function<Body, BodySummary> summaryOf,
      PureTestFlags fieldTests,
      JavacPolicy policy,
      Function<ClassIndex.ClassInfo, ClassFacts> factsOf) {
    this.factsOf = factsOf;
    this.assignedByOtherCode = assignedByOtherCode;
    this.policy = policy;
    this.index = index;
    this.summaryOf = summaryOf;
    this.fieldTests = fieldTests;
  }

  /** The candidates of the class of {@code body}. */
  FlagCandidates candidates(Body body) {
    ClassIndex.ClassInfo owner = index.classInfo(body.owner());
    return owner == null ? FlagCandidates.NONE : candidatesOf(owner);
  }

  /**
   * Whether a promise the class keeps rules the candidate out: a use in a method, of the value its
   * field held where the method started, under a test of a boolean field.
   */
  boolean vouchFor(Candidate candidate) {
    Use use = candidate.use();
    // A use's vouchers speak of the start of the body whose summary holds it, the candidate's root:
    // a use seen through a call gets the caller's, and a promise is assumed at a method's start
    // only, or at the start of a lambda that may run later, which starts as a method does.
    if (use.flagVouchers().isEmpty() || !startsWherePromisesHold(candidate.root())) {
      return false;
    }
    // A local holding a field's start value speaks of the field (PlaceStore.startValueHeldBy).
    VarSymbol field = use.startValueOf() != null ? use.startValueOf() : use.place().variable();
    ClassIndex.ClassInfo owner = index.classInfo(field.owner);
    if (owner == null || (field.isStatic() && candidate.root().owner() != field.owner)) {
      // A static field's promises are of its class's flags, which other classes' code does not
      // test under those names.
      return false;
    }
    Set<FlagInvariants.Implication> holding = kept.computeIfAbsent(owner, this::keptBy);
    return FlagInvariants.vouched(
        use.flagVouchers(),
        (flag, value) -> holding.contains(FlagCandidates.implication(flag, value, field)));
  }

  /** A method, or a lambda that may run later than where it is created. */
  private boolean startsWherePromisesHold(Body root) {
    if (root.kind() == Body.Kind.METHOD) {
      return true;
    }
    ClassIndex.Callback callback =
        root.kind() == Body.Kind.LAMBDA ? index.callback(root.tree()) : null;
    return callback != null
        && StoredCallbacks.startsWherePromisesHold(
            callback.runAtOnce(),
            callback.createdDuringInitialisation(),
            callback.storedInCollection());
  }

  /**
   * A new object's boolean fields are false, and its reference fields null, until its initialisers
   * run: a flag with no initialiser (or {@code = false}, {@code = null}) that no initializer block
   * assigns is known false where a constructor starts, and one initialised {@code = true} is known
   * true (its initialiser runs before the constructor's own code).
   */
  PlaceStore atConstruction(Body constructor, FlagCandidates flags, PlaceStore store) {
    ClassIndex.ClassInfo owner = index.classInfo(constructor.owner());
    if (owner == null || flags.flags().isEmpty()) {
      return store;
    }
    Set<Symbol> assignedByBlocks = new LinkedHashSet<>();
    for (Tree member : owner.tree.getMembers()) {
      if (member instanceof BlockTree block && !block.isStatic()) {
        assignedByBlocks.addAll(FieldAssignments.in(block, owner.symbol).onOwnObject());
      }
    }
    for (Tree member : owner.tree.getMembers()) {
      if (member instanceof VariableTree variable
          && flags.flags().contains(ASTHelpers.getSymbol(variable))
          && !ASTHelpers.getSymbol(variable).isStatic()
          && !assignedByBlocks.contains(ASTHelpers.getSymbol(variable))) {
        ExpressionTree initializer = variable.getInitializer();
        if (CompilationUnitAnalysis.isWholeNumber(ASTHelpers.getSymbol(variable).type)) {
          // A counter's flag is true where it holds 0, as it does until its initialiser runs.
          store =
              store.assignFlag(
                  ASTHelpers.getSymbol(variable),
                  initializer == null
                      || CounterFields.assignment(
                              initializer,
                              ASTHelpers.getSymbol(variable),
                              neverZeroCountersOf(owner)::contains)
                          == Counters.Assignment.RESET);
        } else if (initializer == null) {
          store = store.assignFlag(ASTHelpers.getSymbol(variable), false);
        } else if (initializer instanceof LiteralTree literal
            && (literal.getValue() == null || literal.getValue() instanceof Boolean)) {
          store =
              store.assignFlag(
                  ASTHelpers.getSymbol(variable), Boolean.TRUE.equals(literal.getValue()));
        } else if (initializer instanceof NewClassTree
            || initializer instanceof NewArrayTree
            || ASTHelpers.constValue(initializer) instanceof String) {
          // A reference flag: what `new` makes is never null, nor is a constant string (`error =
          // "not parsed yet"`), as the bytecode that SpotBugs reads shows.
          store = store.assignFlag(ASTHelpers.getSymbol(variable), true);
        }
      }
      if (member instanceof VariableTree variable
          && !ASTHelpers.getSymbol(variable).isStatic()
          && !assignedByBlocks.contains(ASTHelpers.getSymbol(variable))) {
        store = answerTestsAtConstruction(ASTHelpers.getSymbol(variable), variable, flags, store);
      }
      if (member instanceof VariableTree variable
          && variable.getInitializer() instanceof NewClassTree creation
          && MapInitTransfer.isAtomicFlag(ASTHelpers.getSymbol(variable))
          && !assignedByBlocks.contains(ASTHelpers.getSymbol(variable))) {
        // Policy AtomicFlags: new AtomicBoolean() holds false, new AtomicBoolean(true) true.
        VarSymbol flag = fieldTests.flagOf(ASTHelpers.getSymbol(variable), AtomicFlags.TEST);
        Object initial =
            creation.getArguments().isEmpty()
                ? Boolean.FALSE
                : ASTHelpers.constValue(creation.getArguments().get(0));
        if (flags.flags().contains(flag) && initial instanceof Boolean value) {
          store = store.assignFlag(flag, value);
        }
      }
      if (member instanceof VariableTree variable
          && variable.getInitializer() != null
          && collectionsOf(owner).contains(ASTHelpers.getSymbol(variable))) {
        // Policy CollectionEmptiness: the new collection is empty.
        store =
            store.assignFlag(
                fieldTests.flagOf(ASTHelpers.getSymbol(variable), CollectionEmptiness.TEST), true);
      }
    }
    return store;
  }

  /**
   * The answers of the tests of {@code field} (policy {@link ConstantTests}) where a constructor
   * starts: those of its default value (0, null), or of the constant its initialiser assigns.
   */
  private PlaceStore answerTestsAtConstruction(
      VarSymbol field, VariableTree declaration, FlagCandidates flags, PlaceStore store) {
    ExpressionTree initializer = declaration.getInitializer();
    for (Map.Entry<String, VarSymbol> test : fieldTests.flagsOn(field).entrySet()) {
      if (!flags.flags().contains(test.getValue())) {
        continue;
      }
      Boolean answer =
          initializer == null
              ? ConstantTests.answerForDefault(test.getKey())
              : ConstantComparisons.answerOfAssigned(test.getKey(), initializer);
      if (answer != null) {
        store = store.assignFlag(test.getValue(), answer);
      }
    }
    return store;
  }

  private Set<FlagInvariants.Implication> keptBy(ClassIndex.ClassInfo owner) {
    FlagCandidates fields = candidatesOf(owner);
    Set<FlagInvariants.Implication> all = new LinkedHashSet<>();
    for (VarSymbol flag : fields.flags()) {
      for (VarSymbol field : fields.fields()) {
        if (mayRelate(flag, field)) {
          all.add(FlagCandidates.implication(flag, true, field));
          all.add(FlagCandidates.implication(flag, false, field));
        }
      }
    }
    if (all.isEmpty()) {
      return all;
    }
    List<Set<FlagInvariants.Implication>> broken = new ArrayList<>();
    for (Body body : index.allBodies()) {
      if (body.owner() == owner.symbol) {
        broken.add(summaryOf.apply(body).brokenFlagInvariants());
      }
    }
    broken.add(brokenByDeserialisation(owner, fields));
    broken.add(brokenByNullConstruction(owner, fields));
    broken.add(brokenByStaticInitialisation(owner, fields));
    return FlagInvariants.holding(all, broken);
  }

  /** Whether a promise may relate {@code flag} and {@code field} (policy StaticPromises). */
  static boolean mayRelate(VarSymbol flag, VarSymbol field) {
    return StaticPromises.mayRelate(
        flag.isStatic(), (flag.flags() & Flags.FINAL) != 0, field.isStatic());
  }

  /**
   * The promises about static fields that the class's static initialisation does not leave kept
   * (policy {@link StaticPromises#keptByStaticInitialisation}).
   */
  private Set<FlagInvariants.Implication> brokenByStaticInitialisation(
      ClassIndex.ClassInfo owner, FlagCandidates fields) {
    Set<FlagInvariants.Implication> broken = new LinkedHashSet<>();
    if (fields.staticGhosts().isEmpty()) {
      return broken;
    }
    ClassFacts facts = factsOf.apply(owner);
    List<Tree> initialisers = new ArrayList<>();
    for (Body initializer : owner.staticInitializers) {
      initialisers.add(initializer.tree());
    }
    Optional<Set<Symbol>> code = StaticStores.reachedFrom(initialisers, owner, index);
    for (VarSymbol flag : fields.flags()) {
      if (!flag.isStatic()) {
        continue;
      }
      Optional<Boolean> flagAfter = flagAfterStaticInitialisation(owner, flag, code);
      for (VarSymbol field : fields.fields()) {
        for (boolean value : new boolean[] {true, false}) {
          if (field.isStatic()
              && !StaticPromises.keptByStaticInitialisation(
                  facts, field.getSimpleName().toString(), flagAfter, value)) {
            broken.add(FlagCandidates.implication(flag, value, field));
          }
        }
      }
    }
    return broken;
  }

  /**
   * What a static flag holds where the class's static initialisation ends (StaticPromises): a
   * static boolean, or a test of a static state field.
   */
  private Optional<Boolean> flagAfterStaticInitialisation(
      ClassIndex.ClassInfo owner, VarSymbol flag, Optional<Set<Symbol>> code) {
    Map.Entry<VarSymbol, String> test = fieldTests.testOf(flag);
    VarSymbol field = test == null ? flag : test.getKey();
    // Where the initialisers call code whose stores are not followed, the flag is unknown.
    boolean assignedByInitialisers = code.map(stores -> stores.contains(field)).orElse(true);
    boolean assigned = assignedByInitialisers;
    Boolean ownConstant = null;
    for (Tree member : owner.tree.getMembers()) {
      if (member instanceof VariableTree variable
          && ASTHelpers.getSymbol(variable) == field
          && variable.getInitializer() != null) {
        assigned = true;
        Boolean answer =
            test == null
                ? (ASTHelpers.constValue(variable.getInitializer()) instanceof Boolean value
                    ? value
                    : null)
                : ConstantComparisons.answerOfAssigned(test.getValue(), variable.getInitializer());
        ownConstant = assignedByInitialisers ? null : answer;
      }
    }
    Boolean atDefault =
        test == null ? Boolean.FALSE : ConstantTests.answerForDefault(test.getValue());
    return StaticPromises.flagAfterStaticInitialisation(
        assigned, atDefault, ownConstant, code.isEmpty());
  }

  /** The promises that an object built with a null map breaks (policy {@link NullConstruction}). */
  private Set<FlagInvariants.Implication> brokenByNullConstruction(
      ClassIndex.ClassInfo owner, FlagCandidates fields) {
    ClassFacts facts = factsOf.apply(owner);
    Set<FlagInvariants.Implication> broken = new LinkedHashSet<>();
    for (VarSymbol field : fields.fields()) {
      for (VarSymbol flag : fields.flags()) {
        for (boolean value : new boolean[] {true, false}) {
          if (!NullConstruction.keepsPromise(
              facts, flag.getSimpleName().toString(), value, field.getSimpleName().toString())) {
            broken.add(FlagCandidates.implication(flag, value, field));
          }
        }
      }
    }
    return broken;
  }

  /** The promises that a deserialised instance breaks (policy {@link Deserialisation}). */
  private Set<FlagInvariants.Implication> brokenByDeserialisation(
      ClassIndex.ClassInfo owner, FlagCandidates fields) {
    ClassFacts facts = factsOf.apply(owner);
    if (!Deserialisation.isDeserialisedWithoutConstructor(facts)) {
      return Set.of();
    }
    Set<FlagInvariants.Implication> broken = new LinkedHashSet<>();
    for (VarSymbol flag : fields.flags()) {
      // A transient field of the class is a flag of its own; a test of a field, or a snapshot, is
      // another symbol.
      boolean transientField =
          flag.owner == owner.symbol
              && owner.symbol.members().includes(flag)
              && flag.getModifiers().contains(Modifier.TRANSIENT);
      boolean atDefault = CompilationUnitAnalysis.isWholeNumber(flag.type);
      for (VarSymbol field : fields.fields()) {
        for (boolean value : new boolean[] {true, false}) {
          if (!Deserialisation.keepsPromise(
              facts, field.getSimpleName().toString(), transientField, atDefault, value)) {
            broken.add(FlagCandidates.implication(flag, value, field));
          }
        }
      }
    }
    return broken;
  }

  /**
   * Private boolean and tracked instance fields of the class that only the class's own code
   * assigns, on its own object, and its private static maps and booleans that only its own code
   * assigns (policy StaticPromises); and as flags too, the tests of its final and state fields that
   * its code makes (against constants, record accessors, AtomicBoolean values), its counters,
   * whether its collections are empty, and, while the flags stay few, its map fields that it tests
   * for null.
   */
  FlagCandidates candidatesOf(ClassIndex.ClassInfo owner) {
    return candidates.computeIfAbsent(
        owner,
        info -> {
          Set<VarSymbol> fields = new LinkedHashSet<>();
          boolean staticFields = false;
          for (VarSymbol field : info.trackedFields.keySet()) {
            if (isPrivateInstanceField(field) || isPrivateStaticField(field)) {
              fields.add(field);
              staticFields |= field.isStatic();
            }
          }
          if (fields.isEmpty()) {
            return FlagCandidates.NONE;
          }
          Set<VarSymbol> flags = new LinkedHashSet<>();
          Set<VarSymbol> nullTested = NullTestedFields.in(info.tree);
          for (Tree member : info.tree.getMembers()) {
            if (member instanceof VariableTree variable
                && isPrivateInstanceField(ASTHelpers.getSymbol(variable))
                && isFlag(ASTHelpers.getSymbol(variable), info, nullTested)) {
              flags.add(ASTHelpers.getSymbol(variable));
            }
            if (staticFields
                && member instanceof VariableTree variable
                && isStaticFlag(ASTHelpers.getSymbol(variable))) {
              flags.add(ASTHelpers.getSymbol(variable));
            }
          }
          flags.addAll(staticFlagsOf(info));
          for (VarSymbol test : finalFieldTests(info)) {
            // A static state field's tests speak only for static maps (policy StaticPromises).
            if (staticFields || !test.isStatic()) {
              flags.add(test);
            }
          }
          flags.addAll(countersOf(info));
          Set<VarSymbol> testedMaps = new LinkedHashSet<>(fields);
          testedMaps.retainAll(nullTested);
          // A static map is no reference flag (TrackedPlaces.referenceFlagOf).
          testedMaps.removeIf(VarSymbol::isStatic);
          if (FlagInvariants.mapFieldsAreFlags(flags.size(), testedMaps.size())) {
            flags.addAll(testedMaps);
          }
          Set<VarSymbol> collections = collectionsOf(info);
          if (!collections.isEmpty()
              && FlagInvariants.collectionsAreFlags(flags.size(), collections.size())) {
            for (VarSymbol collection : collections) {
              flags.add(fieldTests.flagOf(collection, CollectionEmptiness.TEST));
            }
          }
          return flags.isEmpty() ? FlagCandidates.NONE : FlagCandidates.of(flags, fields);
        });
  }

  /** The class's {@code static final} booleans that its promises may rest on (StaticFlags). */
  private static Set<VarSymbol> staticFlagsOf(ClassIndex.ClassInfo info) {
    Set<VarSymbol> flags = new LinkedHashSet<>();
    Boolean createsInstance = null;
    for (Tree member : info.tree.getMembers()) {
      VarSymbol field =
          member instanceof VariableTree variable ? ASTHelpers.getSymbol(variable) : null;
      if (field == null
          || !field.isStatic()
          || (field.flags() & Flags.FINAL) == 0
          || field.type.getKind() != TypeKind.BOOLEAN) {
        continue;
      }
      if (createsInstance == null) {
        createsInstance = initialisationCreatesInstance(info);
      }
      if (StaticFlags.isFollowed(true, createsInstance)) {
        flags.add(field);
      }
    }
    return flags;
  }

  /** Whether a static initialiser or static field initialiser of the class creates one of it. */
  private static boolean initialisationCreatesInstance(ClassIndex.ClassInfo info) {
    boolean[] creates = {false};
    for (Body initializer : info.staticInitializers) {
      new TreeScanner<Void, Void>() {
        @Override
        public Void visitNewClass(NewClassTree tree, Void unused) {
          creates[0] |=
              ASTHelpers.getType(tree) != null && ASTHelpers.getType(tree).tsym == info.symbol;
          return super.visitNewClass(tree, null);
        }
      }.scan(initializer.tree(), null);
    }
    return creates[0];
  }

  /** The counters of the class (policy {@code Counters}), each its own flag: true where 0. */
  Set<VarSymbol> countersOf(ClassIndex.ClassInfo info) {
    return foundCounters(info).counters();
  }

  /** The counters of the class that are never 0 once it is constructed (policy Counters). */
  Set<VarSymbol> neverZeroCountersOf(ClassIndex.ClassInfo info) {
    return foundCounters(info).neverZero();
  }

  /** The counters of the class that it also decreases, which may go below 0 (policy Counters). */
  Set<VarSymbol> decreasingCountersOf(ClassIndex.ClassInfo info) {
    return foundCounters(info).decreasing();
  }

  private Counters.Found<VarSymbol> foundCounters(ClassIndex.ClassInfo info) {
    return counters.computeIfAbsent(info, owner -> CounterFields.of(owner.tree, owner.symbol));
  }

  /**
   * The collections of the class whose emptiness is a flag (policy {@code CollectionEmptiness}):
   * the flag of each is its test {@code isEmpty()}.
   */
  Set<VarSymbol> collectionsOf(ClassIndex.ClassInfo info) {
    return collections.computeIfAbsent(
        info, owner -> CollectionFields.in(owner.tree, owner.symbol, policy));
  }

  /**
   * The flags of the comparisons of the class's final fields with constants in its code, and of the
   * calls of boolean record accessors on them.
   */
  private Set<VarSymbol> finalFieldTests(ClassIndex.ClassInfo info) {
    Set<VarSymbol> tests = new LinkedHashSet<>();
    for (Tree member : info.tree.getMembers()) {
      if (member instanceof VariableTree variable
          && ASTHelpers.getSymbol(variable).getModifiers().contains(Modifier.FINAL)
          && !ASTHelpers.getSymbol(variable).isStatic()
          && MapInitTransfer.isAtomicFlag(ASTHelpers.getSymbol(variable))) {
        tests.add(fieldTests.flagOf(ASTHelpers.getSymbol(variable), AtomicFlags.TEST));
      }
    }
    ConstantComparisons.testsIn(info.tree, info.symbol, this::followsField)
        .forEach(
            (variable, named) -> {
              if (variable.getKind() == ElementKind.FIELD) {
                for (String test : named) {
                  if (!ConstantTests.followsTestOf(countersOf(info).contains(variable), test)) {
                    // A counter's test of whether it is 0 is its counter flag (policy Counters).
                    continue;
                  }
                  if (!ConstantTests.isMembership(test)
                      || UnmodifiableFields.holdsOnlyUnmodifiable(
                          variable, info.tree, policy.policy())) {
                    tests.add(fieldTests.flagOf(variable, test));
                  }
                }
              }
            });
    return tests;
  }

  /**
   * Whether the class follows the tests of {@code field} against constants as flags (policy {@link
   * ConstantTests#followsField}, {@link ConstantTests#followsStateField}): a final field, or a
   * private state field that only the class's own code assigns and that is no counter of it.
   */
  boolean followsField(VarSymbol field) {
    boolean isFinal = field.getModifiers().contains(Modifier.FINAL);
    if (isFinal) {
      return ConstantTests.followsField(true, field.isStatic());
    }
    ClassIndex.ClassInfo owner = index.classInfo(field.owner);
    // An enum, or a class compared with its own named constants (ConstantComparisons
    // .isNamedConstantOf): bytecode does not tell them apart, and the engines read the same.
    boolean stateType =
        CompilationUnitAnalysis.isWholeNumber(field.type)
            || (field.type.getKind() == TypeKind.DECLARED
                && !field.type.tsym.getQualifiedName().contentEquals("java.lang.String"));
    return owner != null
        && ConstantTests.followsStateField(
            field.getModifiers().contains(Modifier.PRIVATE),
            stateType,
            assignedByOtherCode.test(field));
  }

  /**
   * A boolean field, or an untracked reference field that the class tests for null somewhere: its
   * nullness is then a flag the class itself relies on (a field never tested cannot vouch). A map
   * field tested for null may be one too (see {@link FlagInvariants#mapFieldsAreFlags}): a sibling
   * created with it and dropped with it is non-null where it is ({@code if (addresses == null)
   * return; expiry.put(..)}), as far as each body's exits show.
   */
  private static boolean isFlag(
      VarSymbol field, ClassIndex.ClassInfo owner, Set<VarSymbol> nullTested) {
    return field.type.getKind() == TypeKind.BOOLEAN
        || (!field.type.isPrimitive()
            && !owner.trackedFields.containsKey(field)
            && nullTested.contains(field));
  }

  private boolean isPrivateStaticField(VarSymbol field) {
    return field.isStatic()
        && field.getModifiers().contains(Modifier.PRIVATE)
        && !assignedByOtherCode.test(field);
  }

  /** A static flag of the class's promises about its static maps (policy StaticPromises). */
  private boolean isStaticFlag(VarSymbol field) {
    return StaticPromises.isStaticFlag(
        field.isStatic(),
        (field.flags() & Flags.FINAL) != 0,
        field.getModifiers().contains(Modifier.PRIVATE),
        field.type.getKind() == TypeKind.BOOLEAN,
        assignedByOtherCode.test(field));
  }

  private boolean isPrivateInstanceField(VarSymbol field) {
    return !field.isStatic()
        && field.getModifiers().contains(Modifier.PRIVATE)
        && !assignedByOtherCode.test(field);
  }
}
