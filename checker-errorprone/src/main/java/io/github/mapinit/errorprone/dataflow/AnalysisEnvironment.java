package io.github.mapinit.errorprone.dataflow;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.AccessKind;
import io.github.mapinit.policy.facts.NullTest;
import io.github.mapinit.policy.rules.FlagInvariants;
import io.github.mapinit.policy.rules.StaticPromises;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.checkerframework.errorprone.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.errorprone.dataflow.cfg.node.Node;
import org.checkerframework.errorprone.dataflow.cfg.node.ObjectCreationNode;
import org.jspecify.annotations.Nullable;

/** What the transfer function asks of the class-level analysis and of the shared policy. */
public interface AnalysisEnvironment {

  /** The tracked place that {@code node} reads or writes, or null if it is not tracked. */
  @Nullable Place placeOf(Node node);

  /**
   * The boolean that {@code node} reads or writes, when its value can be followed: a local, a
   * parameter, or a field of the running object or class (spec 8, correlated conditions).
   */
  @Nullable VarSymbol flagOf(Node node);

  /**
   * The flag of {@code test}, a comparison with a constant, on {@code field}, a final field of the
   * running object (policy {@code ConstantTests}): one for the compilation unit.
   */
  VarSymbol fieldTestFlag(VarSymbol field, String test);

  /**
   * Whether the tests of {@code field} against constants are flags of its class (policy {@code
   * ConstantTests.followsField} and {@code followsStateField}): a final field, or a private state
   * field only the class's own code assigns.
   */
  boolean followsField(VarSymbol field);

  /** Whether {@code field} is a tracked map field of a class of the unit. */
  boolean isTrackedField(VarSymbol field);

  /**
   * Whether {@code field} is a counter of its class (policy {@code Counters}): its code only sets
   * it to 0 and increases it.
   */
  boolean isCounter(VarSymbol field);

  /** Whether {@code field} is a counter that is never 0 once its object is constructed. */
  boolean isNeverZeroCounter(VarSymbol field);

  /** Whether a counter of the class also decreases, so may go below 0 (policy Counters). */
  boolean isDecreasingCounter(VarSymbol field);

  /**
   * Whether {@code call}'s result may be null: it runs a method of the caller's class that no
   * subclass replaces, and that method returns {@code null} on some path (policy {@code
   * NullableResults}).
   */
  boolean mayReturnNull(MethodInvocationNode call, Body caller);

  /**
   * Whether {@code call}'s result, stored straight into a tracked field, is a map's entry, null for
   * a missing key (policy {@code NullableResults.missesEntry}).
   */
  boolean missesEntry(MethodInvocationNode call);

  /**
   * The flag of a collection of the object whose emptiness the class's promises follow (policy
   * {@code CollectionEmptiness}), true where it is empty; null for any other field.
   */
  @Nullable VarSymbol emptinessFlag(VarSymbol field);

  /** Whether {@code variable} holds a collection or a map (policy {@code CollectionEmptiness}). */
  boolean isCollection(VarSymbol variable);

  /** The body's collections whose emptiness it follows ({@code LocalCollections}). */
  LocalCollections.OfBody localCollections(Body body);

  /**
   * Whether {@code value} makes a new, empty JDK collection (policy {@code CollectionEmptiness}).
   */
  boolean createsEmptyCollection(Node value);

  /** The flags of the tests of the final field {@code field} made so far, by test. */
  Map<String, VarSymbol> fieldTestFlags(VarSymbol field);

  /**
   * The reference variable whose nullness {@code node} reads or writes as a flag: a local, a
   * parameter, or an untracked field of the running object.
   */
  @Nullable VarSymbol referenceFlagOf(Node node);

  /**
   * The fields of the running object that {@code call}, a call of a method of the caller's class on
   * {@code this}, may assign through the methods it runs; empty where that is unknown.
   */
  Optional<Set<Symbol>> fieldsAssignedByCall(MethodInvocationNode call, Body caller);

  /**
   * The fields that {@code call}, of a static method of the caller's class, may assign through the
   * class's static methods it calls in turn ({@link StaticStores}); empty where that is not known
   * (another method, or one that calls other code of the nest).
   */
  Optional<Set<Symbol>> fieldsAssignedByStaticCall(MethodInvocationNode call, Body caller);

  /** Whether {@code call}, on a tracked receiver, mutates it. */
  AccessKind accessKind(MethodInvocationNode call);

  /** Whether {@code call} returns only when its first argument is not null. */
  boolean isNonNullCheck(MethodInvocationNode call);

  /** Whether {@code call} returns only when its first argument is true ({@code checkState}). */
  boolean isTrueCheck(MethodInvocationNode call);

  /** Whether {@code call} is a test that gives the same answer each time ({@code startsWith}). */
  boolean isPureTest(MethodInvocationNode call);

  /** Whether {@code call} makes a collection that holds an element ({@code List.of("a")}). */
  boolean createsNonEmpty(MethodInvocationNode call);

  /**
   * Whether {@code call} runs the lambda passed to it once for each element of its receiver ({@code
   * forEach}).
   */
  boolean runsCallbackPerElement(MethodInvocationNode call);

  /**
   * The positions of the arguments of {@code call} whose functions it runs once before it returns:
   * it calls a helper of the caller's class that calls them first (policy {@code CallbackHelpers}).
   */
  Set<Integer> argumentsRunOnce(MethodInvocationNode call, Body caller);

  /**
   * Whether {@code call} runs exactly one of the lambdas passed to it ({@code ifPresentOrElse}).
   */
  boolean runsOneOfCallbacks(MethodInvocationNode call);

  /** Which argument {@code call}'s boolean result tests for null, if it is such a test. */
  Optional<NullTest> nullTestOf(MethodInvocationNode call, Body caller);

  /**
   * The int that {@code call}, on {@code this}, of a method of the caller's class, returns wherever
   * a field of the object is null (policy {@code ResultsWhenNull}); null for another call.
   */
  NullConstantResults.@Nullable ResultWhenNull resultWhenNull(
      MethodInvocationNode call, Body caller);

  /**
   * The constant that {@code call}, on {@code this}, of a boolean method of the caller's class
   * without parameters whose body returns one, answers (policy {@code ConstantAnswers}); null for
   * another call.
   */
  @Nullable Boolean constantAnswerOf(MethodInvocationNode call, Body caller);

  /**
   * The field of the running object wherever which is null {@code call}, on {@code this}, of a
   * method of the caller's class returns an empty collection (policy {@code EmptyViews}); null for
   * another call.
   */
  @Nullable VarSymbol fieldWhoseNullEmptiesResult(MethodInvocationNode call, Body caller);

  /**
   * Which tracked field of the running object {@code call}'s boolean result tests for null, when it
   * calls, on {@code this}, a helper of the class that returns such a test (policy {@code
   * OwnFieldTest}).
   */
  Optional<TestedField> fieldTestOf(MethodInvocationNode call, Body caller);

  /**
   * The boolean field of the running object that {@code call} returns, when it calls on {@code
   * this} a method of the class whose body is {@code return flag;} (an accessor such as {@code
   * isValid()}): a test of its result is a test of the flag. Else null.
   */
  @Nullable VarSymbol flagReturnedBy(MethodInvocationNode call, Body caller);

  /**
   * What the result of {@code call} says of the running object's flags, when it calls on {@code
   * this} a method of the class whose body is {@code return e;} with {@code e} a combination of
   * flag fields ({@code return configured && started;}, policy AnsweringHelpers). Else null.
   */
  AnswerPaths.@Nullable Answers flagsAnsweredBy(MethodInvocationNode call, Body caller);

  /**
   * The field, a flag of the caller's class, whose nullness the result of {@code call} says exactly
   * ({@code isFinal()} that returns {@code lines == null}); null for another call. Its test is a
   * test of the field's flag (spec 8).
   */
  @Nullable VarSymbol referenceFlagReturnedBy(MethodInvocationNode call, Body caller);

  /**
   * The reference flag of the caller's class (a field the class tests for null, not a map) whose
   * nullness the result of {@code call} says exactly ({@code isOpen()} that returns {@code host !=
   * null}), and the result where it holds an object; empty for another call.
   */
  Optional<TestedField> referenceFlagTestOf(MethodInvocationNode call, Body caller);

  /** A field a call's result tests: the result {@code nonNullWhen} means it is not null. */
  record TestedField(VarSymbol field, boolean nonNullWhen) {}

  /**
   * The summary of the method {@code call} runs, when the call is followed: a method of the
   * caller's class called on {@code this} (its own body, overridable or not: policy {@code
   * Overriding.runsOwnBody}) or a static one; or the constructor that a {@code this(...)} call
   * runs. Null for any other call, whose effect is unknown.
   */
  @Nullable BodySummary followedCall(MethodInvocationNode call, Body caller);

  /**
   * The fields that the setter {@code call} runs stores its arguments in, by argument position,
   * where the unit's code elsewhere passes it null (policy {@code NullSetters}): its summary says
   * the field may be null after any call, where this call's own argument decides. Empty for any
   * other call.
   */
  Map<Integer, VarSymbol> settersStoredFields(MethodInvocationNode call);

  /**
   * Whether a call of {@code callee}, a followed method, never returns: its body cannot complete
   * normally and has no {@code return}, so every path through it throws ({@code panic(e)}).
   */
  boolean neverReturns(Body callee);

  /**
   * The summary of the constructor that {@code creation} runs, when it creates an instance of the
   * class whose code is running: its effect on the static fields matters while the class is still
   * being initialised (enum constants, {@code static final X INSTANCE = new X()}).
   */
  @Nullable BodySummary constructionOfOwnClass(ObjectCreationNode creation, Body creator);

  /** The body of {@code constructor} when it is a constructor of a class of the unit, or null. */
  @Nullable Body constructorOfUnit(MethodSymbol constructor);

  /**
   * The lambda that {@code lambda} creates, when it runs with the state where it is created (spec
   * section 4): a lambda created after the object's initialisation, or one passed to a call that
   * runs it at once, or, during construction, one passed to a call that may call it back (a
   * this-escape). Null otherwise.
   */
  @Nullable CreatedCallback callbackCreated(ExpressionTree lambda, Body creator);

  /**
   * The summaries of the lambdas kept in final fields of {@code caller}'s object that {@code call}
   * may keep (policy {@code RegisteredCallbacks}): they start from the state here, as if created
   * here.
   */
  List<BodySummary> callbacksRegistered(Tree call, Body caller);

  /**
   * A lambda's summary, and the call it escapes to while the object is under construction, if it
   * does: its uses then depend on whether that call calls back at once. {@code runsAtOnce}: it is
   * passed to a call that runs it at once, and runs nowhere else; {@code guardedFields}: the fields
   * of the object that the helper it is passed to finds non-null wherever it runs it.
   */
  record CreatedCallback(
      BodySummary summary,
      @Nullable String escapesTo,
      boolean runsAtOnce,
      Set<? extends Symbol> guardedFields) {}

  /**
   * The bodies of the anonymous or local class that {@code creation} makes which start from the
   * state where it is made (spec 4), when {@code creator}'s own code makes it. Empty for any other
   * creation.
   */
  LocalClassCreated localClassCreated(ObjectCreationNode creation, Body creator);

  /**
   * The bodies of an anonymous or local class that start from the state where it is made: {@code
   * atCreation}, its initialisers and the constructor called, which run there; {@code methods}, its
   * methods when the creator's object is initialised by then; and {@code guardedFields}, the fields
   * of the object that the helper every instance is handed to finds non-null before it runs the
   * methods (policy {@code CallbackHelpers.runsAtOnceWhereGuarded}).
   */
  record LocalClassCreated(
      List<BodySummary> atCreation,
      List<BodySummary> methods,
      Set<? extends Symbol> guardedFields) {
    static final LocalClassCreated NONE = new LocalClassCreated(List.of(), List.of(), Set.of());
  }

  /**
   * The methods of the anonymous or local class that {@code creation} makes, when the constructor
   * {@code creator} hands the new instance to a call (spec 4, this-escape): they may run before the
   * constructor returns. Null for any other creation.
   */
  @Nullable HandedOutInstance instanceHandedOut(ObjectCreationNode creation, Body creator);

  /**
   * The methods of {@code constructor}'s class that code given {@code this} may call back (spec 4,
   * this-escape): its instance methods that are not private.
   */
  List<BodySummary> methodsCallableBack(Body constructor);

  /**
   * The methods of an instance handed to {@code callee} at {@code line}; a null callee runs them at
   * once ({@code forEach}).
   */
  record HandedOutInstance(List<BodySummary> methods, @Nullable String callee, int line) {}

  /**
   * The boolean fields and map fields that a flag invariant may relate (spec 8 across methods), for
   * the class of {@code body}: private boolean instance fields that no code assigns through another
   * object, and tracked instance fields assigned only on {@code this}; and the class's private
   * static booleans and maps that only its own code assigns (policy StaticPromises).
   */
  FlagCandidates flagCandidates(Body body);

  /**
   * Boolean and map fields whose correlation the analysis checks, and the map fields' entry ghosts:
   * one set, which every body's seed shares.
   */
  record FlagCandidates(
      Set<VarSymbol> flags,
      Set<VarSymbol> fields,
      Set<Place> entryGhosts,
      Set<Place> staticGhosts,
      Set<Place> instanceGhosts) {

    static final FlagCandidates NONE = of(Set.of(), Set.of());

    static FlagCandidates of(Set<VarSymbol> flags, Set<VarSymbol> fields) {
      Set<Place> ghosts = new LinkedHashSet<>();
      Set<Place> ofStatics = new LinkedHashSet<>();
      for (VarSymbol field : fields) {
        ghosts.add(Place.entryGhostOf(field));
        if (field.isStatic()) {
          ofStatics.add(Place.entryGhostOf(field));
        }
      }
      Set<Place> ofInstances = new LinkedHashSet<>(ghosts);
      ofInstances.removeAll(ofStatics);
      return ofStatics.isEmpty()
          ? new FlagCandidates(flags, fields, Set.copyOf(ghosts), Set.of(), Set.copyOf(ghosts))
          : new FlagCandidates(
              flags, fields, Set.copyOf(ghosts), Set.copyOf(ofStatics), Set.copyOf(ofInstances));
    }

    /**
     * The entry ghosts of the fields that {@code flag} may make promises about (policy
     * StaticPromises): an object's flag speaks for the object's maps, a static one for the class's,
     * a {@code static final} one for both.
     */
    Set<Place> ghostsFor(VarSymbol flag) {
      boolean isFinal = (flag.flags() & Flags.FINAL) != 0;
      boolean statics =
          !staticGhosts.isEmpty() && StaticPromises.mayRelate(flag.isStatic(), isFinal, true);
      boolean instances = StaticPromises.mayRelate(flag.isStatic(), isFinal, false);
      if (statics) {
        return instances ? entryGhosts : staticGhosts;
      }
      return instances ? instanceGhosts : Set.of();
    }

    static FlagInvariants.Implication implication(VarSymbol flag, boolean value, VarSymbol field) {
      return new FlagInvariants.Implication(
          flag.getSimpleName().toString(), value, field.getSimpleName().toString());
    }
  }

  /**
   * The tracked fields that {@code body}, a record's compact or implicit canonical constructor,
   * assigns from its parameters of the same names where it ends (javac adds those assignments after
   * this analysis runs); empty for another body.
   */
  List<VarSymbol> componentsAssignedAtEnd(Body body);

  /** The 1-based source line of {@code tree}. */
  int lineOf(Tree tree);
}
