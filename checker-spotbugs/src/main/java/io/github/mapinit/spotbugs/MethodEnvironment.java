package io.github.mapinit.spotbugs;

import io.github.mapinit.policy.rules.StaticPromises;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.FieldInstruction;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.Type;
import org.jspecify.annotations.Nullable;

/** What the frame model needs to know about the class around the analysed method. */
interface MethodEnvironment {

  /** The class compares {@code field} with null: it expects null there at times. */
  void noteNullTest(FieldKey field);

  /** Dotted name of the analysed class. */
  String className();

  /** The tracked field that {@code ins} accesses, resolved to its declaring class, or null. */
  @Nullable FieldKey trackedField(FieldInstruction ins, ConstantPoolGen cpg);

  /**
   * The tracked instance field of its object that the call {@code ins} reads (policy {@code
   * FieldAccessors}): it calls an accessor of a class of the analysed nest; null for any other
   * call.
   */
  @Nullable FieldKey fieldReadBy(InvokeInstruction ins, ConstantPoolGen cpg);

  /** Whether {@code ins} reads the enclosing instance of an inner class ({@code this$0}). */
  boolean isOuterInstanceField(FieldInstruction ins, ConstantPoolGen cpg);

  /**
   * The summary of the called method when the call is followed (a private, final or static method
   * or a constructor of the analysed class, or any of its methods called on {@code this}: policy
   * {@code Overriding.runsOwnBody}), or null.
   */
  @Nullable MethodSummary calleeSummary(InvokeInstruction ins, ConstantPoolGen cpg, boolean onThis);

  /**
   * The summaries of this class's overrides that the superclass constructor {@code superCall} runs
   * on every path (policy {@code ConstructorHooks.overrideRunsAtSuperCall}), in the order it runs
   * them; empty for any other call.
   */
  List<MethodSummary> overridesRunBySuperCall(InvokeInstruction superCall, ConstantPoolGen cpg);

  /**
   * The int that the call {@code ins}, on this, of a method of the analysed class, returns wherever
   * a field of the object is null (policy {@code ResultsWhenNull}); null for another call.
   */
  NullConstantResults.@Nullable ResultWhenNull resultWhenNull(
      InvokeInstruction ins, ConstantPoolGen cpg, boolean onThis);

  /**
   * The constant that the call {@code ins}, on this, of a boolean method of the analysed class
   * without parameters whose body returns one, answers (policy {@code ConstantAnswers}); null for
   * another call.
   */
  @Nullable Boolean constantAnswerOf(InvokeInstruction ins, ConstantPoolGen cpg);

  /**
   * Whether the call {@code ins} runs a method without parameters whose result the class's code
   * compares with null elsewhere, so that a field given its result may hold null (policy {@code
   * NullableResults.believedNullable}).
   */
  boolean believedNullable(InvokeInstruction ins, ConstantPoolGen cpg);

  /**
   * Whether the call {@code ins} looks up a map's entry, null for a missing key, so that a field
   * given its result may hold null (policy {@code NullableResults.missesEntry}).
   */
  boolean missesEntry(InstructionHandle lookup, ConstantPoolGen cpg);

  /**
   * The tracked instance field {@code name} that the analysed class inherits from a superclass of
   * its nest (for the test an inherited predicate makes of it), or null.
   */
  @Nullable FieldKey inheritedInstanceField(String name);

  /**
   * The field (by name) wherever which is null the call {@code ins}, on this, of a method of the
   * analysed class returns an empty collection (policy {@code EmptyViews}); null for another call.
   */
  @Nullable String fieldWhoseNullEmptiesResult(
      InvokeInstruction ins, ConstantPoolGen cpg, boolean onThis);

  /**
   * Whether the call {@code ins} (on this where {@code onThis}) can only fail with a virtual
   * machine error: it runs a body of the analysed class that no subclass replaces and that no
   * exception leaves (policy {@code JavaSemantics.ownCallCannotFail}).
   */
  boolean ownCallCannotThrow(InvokeInstruction ins, ConstantPoolGen cpg, boolean onThis);

  /**
   * Whether the method of the analysed class that {@code ins} calls never returns: it has no return
   * instruction, so every path through it throws ({@code panic(e)}).
   */
  boolean neverReturns(InvokeInstruction ins, ConstantPoolGen cpg);

  /**
   * The boolean flag field of the running object that the method {@code ins} calls returns, when
   * its body is {@code return flag;} (an accessor such as {@code isValid()}), or null: a test of
   * its result is a test of the flag (spec 8).
   */
  Flag.@Nullable Field flagReturnedBy(InvokeInstruction ins, ConstantPoolGen cpg);

  /**
   * What the result of {@code ins} says of the object's flags, when it calls on this a boolean
   * method of the class whose code combines flag fields ({@code return configured && started;},
   * policy AnsweringHelpers); null for another call.
   */
  AnswerPaths.@Nullable Answers flagsAnsweredBy(InvokeInstruction ins, ConstantPoolGen cpg);

  /**
   * The map field of the running object, a flag of the class, whose nullness the method {@code ins}
   * calls returns exactly, when its body is {@code return f == null;} (or {@code != null}); null
   * otherwise. A test of its result is a test of the field's flag, both ways (spec 8).
   */
  Flag.@Nullable Field referenceFlagReturnedBy(InvokeInstruction ins, ConstantPoolGen cpg);

  /**
   * The reference flag of the class (a field it tests for null, not a map) whose nullness the
   * method {@code ins} calls returns exactly ({@code isOpen()} that returns {@code host != null}),
   * with the result where it holds an object; null otherwise.
   */
  @Nullable ReferenceFlagTest referenceFlagTestOf(InvokeInstruction ins, ConstantPoolGen cpg);

  /** A result that is {@code nonNullWhen} exactly where {@code flag}'s field holds an object. */
  record ReferenceFlagTest(Flag.Field flag, boolean nonNullWhen) {}

  /**
   * The lambda of the analysed class that {@code ins} creates, with its summary, or null when it
   * creates something else (spec 4: a lambda starts from the state where it is created).
   */
  @Nullable OwnMethod lambdaCreatedBy(INVOKEDYNAMIC ins, ConstantPoolGen cpg);

  /**
   * Whether the method with this key (name and signature) is one the class reaches only through one
   * {@code this::m} reference that {@code creator} makes (policy WithdrawnCallbacks): a callback,
   * which starts where it is created.
   */
  boolean isKeptReference(String key, String creator);

  /**
   * The callbacks kept in final fields of the class that the call at {@code pc} of {@code caller}
   * may keep (policy {@code RegisteredCallbacks}): they start from the state there.
   */
  List<OwnMethod> callbacksHandedOver(Method caller, int pc);

  /**
   * The fields whose objects the class hands the callback that the method with this key runs to,
   * where that callback is kept in a final field (policy {@code RegisteredCallbacks}); else null.
   */
  @Nullable Set<String> registeredHolders(String key);

  /**
   * The method of the analysed class with this key (name and signature), or null: a lambda's, one a
   * method reference names, or one that code given an instance may call.
   */
  @Nullable OwnMethod method(String key);

  /**
   * The method with this key of {@code className}, another class of the analysed class's nest, with
   * that class's tracked instance fields; null for a class outside the nest or one that cannot be
   * read. A predicate of a nested {@code Node} ({@code node.isLeaf()}) tests its object's field.
   */
  @Nullable NestMethod nestMethod(String className, String key);

  /** A method of another class of the nest, and the tracked instance fields of that class. */
  record NestMethod(MethodSummary summary, Set<FieldKey> trackedFields) {}

  /** A method of the analysed class and what its analysis found. */
  record OwnMethod(String name, String signature, MethodSummary summary) {}

  /**
   * The boolean and map fields whose correlation the analysis checks across methods (spec 8):
   * private instance fields of the analysed class.
   */
  FlagCandidates flagCandidates();

  /**
   * The tests of the final instance field {@code fieldName} of the analysed class against constants
   * that its code makes (policy {@code ConstantTests}), each a flag ({@link
   * FinalFieldTests#flagOf}).
   */
  Set<String> testsOfFinalField(String fieldName);

  /** The tests of each final instance field of the analysed class, by field name. */
  Map<String, Set<String>> finalFieldTests();

  /**
   * Whether {@code fieldName} is a state field of the analysed class whose tests against constants
   * are flags though methods assign it (policy {@code ConstantTests.followsStateField}).
   */
  boolean isStateField(String fieldName);

  /**
   * The counters of the analysed class (policy {@code Counters}), by name: each is a flag, true
   * where it holds 0.
   */
  Set<String> counterFields();

  /**
   * Whether the result of the call {@code ins} may be null: it runs a method of the class that no
   * subclass replaces, which returns {@code null} on some path (policy {@code NullableResults}).
   */
  boolean mayReturnNull(InvokeInstruction ins, ConstantPoolGen cpg, boolean onThis);

  /**
   * The parameter whose value the library call {@code ins} returns when it has nothing of its own
   * ({@code Optional.orElse}, a map's {@code getOrDefault}; policy {@code
   * JavaSemantics.defaultParameter}), or -1.
   */
  int defaultParameter(InvokeInstruction ins, ConstantPoolGen cpg);

  /**
   * The parameters of {@code method} (by position) that a call of the class's nest gives the
   * literal null and that the method stores in a tracked field, each with the call's line (policy
   * {@code NullSetters}).
   */
  Map<Integer, io.github.mapinit.policy.NullCause> parametersGivenNull(
      org.apache.bcel.classfile.Method method);

  /**
   * The tracked fields, by name and argument position, that the setter {@code ins} calls stores its
   * arguments in, where code of the nest elsewhere passes it null (policy {@code NullSetters}): its
   * summary says the field may be null after any call, where this call's own argument decides.
   * Empty for any other call.
   */
  Map<Integer, String> settersStoredFields(InvokeInstruction ins, ConstantPoolGen cpg);

  /** Whether the class declares {@code key} (name and signature) as a private instance method. */
  boolean isPrivateInstanceMethod(String key);

  /** Whether values of {@code type} are tracked. */
  boolean isTrackedType(Type type);

  /** The counters of the class that are never 0 once it is constructed (policy Counters). */
  Set<String> neverZeroCounters();

  /** The counters that the class also decreases, which may go below 0 (policy Counters). */
  Set<String> decreasingCounters();

  /** A field of the analysed class assigned through another object than {@code this}. */
  void noteAssignmentOnOtherObject(String fieldName);

  /** Boolean and map fields whose correlation the analysis checks. */
  record FlagCandidates(
      Set<Flag.Field> flags,
      Set<FieldKey> fields,
      Set<Place> entryGhosts,
      Set<Place> staticGhosts,
      Set<Place> instanceGhosts,
      Set<Flag.Field> staticStateFlags) {
    static final FlagCandidates NONE = of(Set.of(), Set.of(), Set.of());

    /**
     * The map fields' entry ghosts are one set, which every method's seed shares.
     *
     * @param staticStateFlags the static flags that are not final (policy StaticPromises)
     */
    static FlagCandidates of(
        Set<Flag.Field> flags, Set<FieldKey> fields, Set<Flag.Field> staticStateFlags) {
      Set<Place> ghosts = new HashSet<>();
      Set<Place> ofStatics = new HashSet<>();
      for (FieldKey field : fields) {
        ghosts.add(new Place.EntryGhost(field));
        if (field.isStatic()) {
          ofStatics.add(new Place.EntryGhost(field));
        }
      }
      Set<Place> ofInstances = new HashSet<>(ghosts);
      ofInstances.removeAll(ofStatics);
      return new FlagCandidates(
          flags,
          fields,
          Set.copyOf(ghosts),
          Set.copyOf(ofStatics),
          ofStatics.isEmpty() ? Set.copyOf(ghosts) : Set.copyOf(ofInstances),
          Set.copyOf(staticStateFlags));
    }

    /** Whether a promise may relate {@code flag} and {@code field} (policy StaticPromises). */
    boolean mayRelate(Flag.Field flag, FieldKey field) {
      return mayRelate(flag, field.isStatic());
    }

    private boolean mayRelate(Flag.Field flag, boolean staticField) {
      return StaticPromises.mayRelate(
          isStatic(flag), flag.isStatic() && !staticStateFlags.contains(flag), staticField);
    }

    /**
     * Whether a flag speaks of the class's static state: a static boolean, or a test of a static
     * state field (whose flag is named as an object's field's tests are).
     */
    boolean isStatic(Flag.Field flag) {
      return flag.isStatic() || staticStateFlags.contains(flag);
    }

    /**
     * The entry ghosts of the fields that {@code flag} may make promises about (policy
     * StaticPromises): an object's flag speaks for the object's maps, a static one that methods
     * assign for the class's, a {@code static final} one for both.
     */
    Set<Place> ghostsFor(Flag.Field flag) {
      boolean statics = !staticGhosts.isEmpty() && mayRelate(flag, true);
      boolean instances = mayRelate(flag, false);
      if (statics) {
        return instances ? entryGhosts : staticGhosts;
      }
      return instances ? instanceGhosts : Set.of();
    }
  }

  /**
   * The {@code int} (and {@code short}, {@code byte}, {@code char}) instance fields of the analysed
   * class that a constructor follows as fresh counters (policy {@code FreshCounters}), as flags.
   */
  List<Flag.Field> freshCounterFields();

  /** The instance fields of the analysed class whose type is tracked. */
  Set<FieldKey> trackedInstanceFields();

  /**
   * The static fields, as {@code class.name} ({@link StaticStores#key}), that the call {@code ins}
   * of a static method of the analysed class may assign through the class's static methods it calls
   * in turn; empty where that is not known (another method, or one that calls other code of the
   * nest).
   */
  Optional<Set<String>> staticStoresOfCall(InvokeInstruction ins, ConstantPoolGen cpg);

  /** The tracked static fields that the analysed class declares. */
  Set<FieldKey> trackedStaticFields();

  /** Whether calling {@code owner.methodName} runs exactly one of the lambdas passed to it. */
  boolean runsOneOfCallbacks(String owner, String methodName);

  /** Whether calling {@code owner.methodName} runs the lambdas passed to it before returning. */
  boolean runsCallbacksAtOnce(String owner, String methodName);

  /**
   * Whether {@code owner.methodName} is a helper of the analysed class that runs the function
   * passed to it once before it returns (policy {@code CallbackHelpers}).
   */
  boolean runsOwnCallbacksAtOnce(String owner, String methodName);

  /**
   * The fields of the object that {@code owner.methodName}, a helper of the analysed class, finds
   * non-null wherever it runs the function passed to it at once (policy {@code
   * CallbackHelpers.runsAtOnceWhereGuarded}); none for other methods.
   */
  Set<FieldKey> fieldsGuardedByOwnHelper(String owner, String methodName);

  /**
   * Whether calling {@code owner.methodName} runs the lambda passed to it once for each element of
   * its receiver ({@code forEach}).
   */
  boolean runsCallbackPerElement(String owner, String methodName);

  /**
   * Whether the static call {@code owner.methodName(..)} returns a collection that holds an element
   * ({@code List.of("a")}).
   */
  boolean createsNonEmpty(String owner, String methodName, int parameterCount, boolean takesArray);

  /** Whether {@code owner.methodName} is a test that gives the same answer each time. */
  boolean isPureTest(String owner, String methodName);

  /** Whether {@code className} is a collection or a map (policy {@code CollectionEmptiness}). */
  boolean isCollection(String className);

  /** Whether the store at {@code store} assigns a new, empty JDK collection made just before it. */
  boolean storesNewEmptyCollection(InstructionHandle store, ConstantPoolGen cpg);

  /** Whether the static method returns only when its first argument is not null. */
  boolean isNonNullCheck(String owner, String methodName);

  /** Whether {@code owner.methodName(condition, ...)} returns only when the condition holds. */
  boolean isTrueCheck(String owner, String methodName);

  /** For a static method whose result tests its first argument for null: the non-null result. */
  Optional<Boolean> nullTestResult(String owner, String methodName);
}
