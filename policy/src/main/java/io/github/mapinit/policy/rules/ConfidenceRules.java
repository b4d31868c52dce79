package io.github.mapinit.policy.rules;

import io.github.mapinit.policy.Confidence;
import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.facts.BodyFacts;
import io.github.mapinit.policy.facts.BodyKind;
import io.github.mapinit.policy.facts.ClassFacts;
import io.github.mapinit.policy.facts.FieldFacts;
import io.github.mapinit.policy.facts.StateQuery;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Spec section 8: how sure a finding is, from what its null path depends on. A path that depends on
 * nothing unseen is high; one that depends on the order of visible calls, where the class itself
 * shows the field can be null there, is medium; one that depends on code the engine cannot see, or
 * on a protocol the code never contradicts, is low.
 */
public final class ConfidenceRules {

  private ConfidenceRules() {}

  /**
   * The confidence of a use that {@code cause} leaves null; {@code field} and {@code owner} are
   * empty for a local or a class the engine cannot read.
   */
  public static Assessment assess(
      NullCause cause, Optional<FieldFacts> field, Optional<ClassFacts> owner) {
    int lookupLine = missingEntryLine(cause);
    if (lookupLine != 0) {
      // Policy NullableResults.missesEntry: which keys the map holds is data, not code in view;
      // a class that tests the field for null elsewhere believes it may miss (spec 8).
      if (field.map(FieldFacts::nullChecked).orElse(false)) {
        return Assessment.medium();
      }
      return Assessment.low(
          ", if the map has no entry for the key looked up"
              + (lookupLine > 0 ? " at line " + lookupLine : ""));
    }
    if (field.isPresent() && field.get().isStateGated() && dependsOnStates(cause)) {
      return stateGated(field.get());
    }
    if (cause instanceof NullCause.ResetElsewhere reset) {
      return resetBy(reset.method(), owner);
    }
    if (cause instanceof NullCause.ResetByEarlierCall reset) {
      return resetBy(reset.method(), owner);
    }
    if (cause instanceof NullCause.ResetByHook reset) {
      // Policy Hooks: the supertype that calls both decides their order.
      return Assessment.low(", if the supertype calls `" + reset.method() + "` before it");
    }
    if (cause instanceof NullCause.UnassignedBeforeHook) {
      // Policy Hooks: the supertype's code assigns the map and calls the hook, in its own order.
      return Assessment.low(", if the supertype runs its hook before assigning the map");
    }
    if (cause instanceof NullCause.ResetBeforeCallback reset) {
      // Whether the callback still runs once the field is reset is up to whoever keeps it, code
      // the engines do not follow: a listener that the reset's own class deregisters first, a
      // task cancelled with it.
      return Assessment.low(", if the callback still runs after `" + reset.method() + "`");
    }
    if (cause instanceof NullCause.LeftNullInHelper left) {
      // The helper's callers decide its arguments; the engines start it from their states, not
      // from what they pass, so a path its arguments may rule out is not shown impossible.
      return Assessment.low(", if a call of `" + left.helper() + "` takes this path");
    }
    if (cause instanceof NullCause.PassedNull passed) {
      // Policy NullArguments: what the callee does with the null may depend on other arguments of
      // that call (a template without tags needs no model), which the engines do not relate.
      return Assessment.low(NullArguments.assumption(passed));
    }
    if (cause instanceof NullCause.ConstructedWithNull constructed) {
      return constructedWithNull(constructed, field);
    }
    if (cause instanceof NullCause.BuiltBeforeStaticInitialiser
        || cause instanceof NullCause.BuiltBeforeAssigned) {
      // The object built early is one of the class's: whether it reaches this use is the order in
      // which visible code runs.
      return Assessment.medium();
    }
    if (cause instanceof NullCause.CopiedFromUnassigned copied) {
      // The argument's class creating its map only when needed shows it may have none; one that
      // never tests it is a protocol: fill it before building.
      return copied.sourceNullChecked()
          ? Assessment.medium()
          : Assessment.low(
              ", if `"
                  + copied.sourceField()
                  + "` of `"
                  + copied.sourceClass()
                  + "` is not assigned before `"
                  + copied.constructor()
                  + "` runs");
    }
    if (cause instanceof NullCause.EscapedDuringConstruction escape) {
      // Whether the callee calls back at once is code the engine cannot see.
      return Assessment.low(
          ", if `" + escape.callee() + "` calls it back before the constructor returns");
    }
    if (cause instanceof NullCause.Deserialised) {
      // A subclass the engine cannot see may restore the field, or replace the instance.
      return owner.map(ClassFacts::isAbstract).orElse(false)
          ? Assessment.low(", if a subclass does not restore it")
          : Assessment.medium();
    }
    boolean afterConstruction =
        cause instanceof NullCause.ConstructorLeavesUnassigned
            || cause instanceof NullCause.StaticInitLeavesUnassigned
            || cause instanceof NullCause.SetNullByInitialisation;
    if (!afterConstruction || field.isEmpty() || owner.isEmpty()) {
      // Within the code that runs first, or a null assigned on the path itself: all in view.
      return Assessment.CERTAIN;
    }
    return afterConstruction(field.get(), owner.get());
  }

  /**
   * The line of the lookup whose missing entry {@code cause} assigns ({@link
   * NullCause.AssignedValue#MISSING_ENTRY}), -1 where the line is unknown, or 0 for any other
   * cause.
   */
  private static int missingEntryLine(NullCause cause) {
    if (!(cause instanceof NullCause.Assignment assignment)
        || assignment.value() != NullCause.AssignedValue.MISSING_ENTRY) {
      return 0;
    }
    return assignment.assignmentLine() > 0 ? assignment.assignmentLine() : -1;
  }

  /**
   * Whether a use that {@code cause} leaves null, of a map that the class creates only in some
   * states, depends on the order of those states: every start in which the field has not been
   * created, or has been reset by another call. A null assigned on the path itself, and the
   * ordering traps of construction, do not.
   */
  private static boolean dependsOnStates(NullCause cause) {
    return cause instanceof NullCause.NotYetAssignedInConstructor
        || cause instanceof NullCause.ConstructorLeavesUnassigned
        || cause instanceof NullCause.UnassignedBeforeHook
        || cause instanceof NullCause.ResetElsewhere
        || cause instanceof NullCause.ResetByEarlierCall
        || cause instanceof NullCause.ResetBeforeCallback
        || cause instanceof NullCause.ResetByHook
        || (cause instanceof NullCause.SetNullByInitialisation initialisation
            && !initialisation.ofClass());
  }

  /**
   * The class's own code builds an object with a null map: medium, as a constructor that forgets
   * the field is. Low where it passes a variable that its method sets to null somewhere, which may
   * hold a map by then; low where the same call sets a boolean or enum field to a constant (a kind
   * tag such as {@code new ConfigValue(Kind.SCALAR, value, null)}): what such objects are used for
   * depends on that tag, which the engines follow only on the running object; and low where code of
   * the nest assigns the field on objects it has created, which may complete this one first.
   */
  private static Assessment constructedWithNull(
      NullCause.ConstructedWithNull cause, Optional<FieldFacts> field) {
    if (!cause.definitelyNull()) {
      // The variable is set to null somewhere in its method, not known to be null on a path to
      // the call (`built = null; try { built = new HashMap<>(); .. }`): the engines do not follow
      // the caller's paths for it.
      return Assessment.low(", if the value passed at line " + cause.callLine() + " is null there");
    }
    // The shared object a static final field holds is no kind tag: its uses are the class's own.
    Optional<Map.Entry<String, String>> kindTag =
        cause.fieldConstants().entrySet().stream()
            .filter(constant -> !constant.getValue().equals(ConstantTests.RUNNING_OBJECT))
            .min(Map.Entry.comparingByKey());
    if (kindTag.isPresent()) {
      Map.Entry<String, String> tag = kindTag.get();
      return Assessment.low(
          ", if an object built at line "
              + cause.callLine()
              + ", whose `"
              + tag.getKey()
              + "` is "
              + tag.getValue()
              + ", comes here");
    }
    return field.map(FieldFacts::completedByNestedCode).orElse(false)
        ? Assessment.low(
            ", if the object built at line "
                + cause.callLine()
                + " is used before the code that creates it assigns the field")
        : Assessment.medium();
  }

  /** Spec 8, a protocol: {@link StateGates}. */
  private static Assessment stateGated(FieldFacts field) {
    return Assessment.low(
        ", if the object can come here in a state of `"
            + field.stateGate()
            + "` in which it has not been created");
  }

  /**
   * A field that a method of the class sets to null: medium, unless only tests call that method
   * ({@code @VisibleForTesting void reset()}).
   */
  private static Assessment resetBy(String method, Optional<ClassFacts> owner) {
    boolean forTesting =
        owner.stream()
            .flatMap(type -> type.bodies().stream())
            .anyMatch(body -> body.displayName().equals(method) && body.forTesting());
    return forTesting
        ? Assessment.low(", if `" + method + "`, which only tests call, has run")
        : Assessment.medium();
  }

  /** A reason a use's place may be null, and how sure the finding is for it. */
  public record Assessed(NullCause cause, Assessment assessment) {}

  /**
   * Of the reasons a use's place may be null where its path starts, the one the report names: the
   * most confident (spec 6: each use once, with its most confident path); on a tie a null that code
   * assigns ({@code close()} sets it to null) before one that code leaves, which both engines then
   * name alike whatever order they found them in; the first otherwise.
   */
  public static Optional<NullCause> mostConfident(
      Collection<NullCause> causes, Optional<FieldFacts> field, Optional<ClassFacts> owner) {
    return mostConfident(causes, field, owner, cause -> assess(cause, field, owner))
        .map(Assessed::cause);
  }

  /**
   * As {@link #mostConfident(Collection, Optional, Optional)}, where {@code assessor} decides each
   * reason's assessment at the use ({@link #aroundUse}).
   */
  public static Optional<Assessed> mostConfident(
      Collection<NullCause> causes,
      Optional<FieldFacts> field,
      Optional<ClassFacts> owner,
      Function<NullCause, Assessment> assessor) {
    NullCause best = null;
    Assessment bestAssessment = null;
    for (NullCause cause : causes) {
      Assessment assessment = assessor.apply(cause);
      Confidence confidence = assessment.confidence();
      if (best == null
          || bestAssessment == null
          || confidence.compareTo(bestAssessment.confidence()) < 0
          || (confidence == bestAssessment.confidence() && assignsNull(cause) && !assignsNull(best))
          || (confidence == bestAssessment.confidence()
              && assignsNull(best)
              && resetAlone(cause, field, owner)
              && !resetAlone(best, field, owner))) {
        best = cause;
        bestAssessment = assessment;
      }
    }
    return best == null || bestAssessment == null
        ? Optional.empty()
        : Optional.of(new Assessed(best, bestAssessment));
  }

  /**
   * How sure a finding is at one use for each reason its place may be null: the reason's own
   * confidence ({@link #assess}), lowered where the use's surroundings show a protocol (policy
   * {@link StateQueries}, {@link CorrelatedResets}). Each reason is judged on its own, so a use
   * that one null path reaches unguarded keeps that path's confidence. The engine's searches of the
   * surroundings run once, and only where they can matter.
   */
  public static Function<NullCause, Assessment> aroundUse(
      Optional<FieldFacts> field,
      Optional<ClassFacts> owner,
      Supplier<Optional<StateQuery>> guardingQuery,
      Supplier<Set<String>> testedFields) {
    Supplier<Optional<StateQuery>> query = once(guardingQuery);
    Supplier<Set<String>> tested = once(testedFields);
    return cause ->
        CorrelatedResets.guarded(
            cause,
            StateQueries.guarded(cause, assess(cause, field, owner), query),
            field,
            owner,
            tested);
  }

  private static <T> Supplier<T> once(Supplier<T> supplier) {
    Object[] value = {null};
    return () -> {
      if (value[0] == null) {
        value[0] = supplier.get();
      }
      @SuppressWarnings("unchecked")
      T known = (T) value[0];
      return known;
    };
  }

  /**
   * Whether {@code cause} is a reset of {@code field} by a method of its class that changes nothing
   * else of the object: it assigns no other field and calls no other field's methods. What the
   * class's other state says cannot follow such a reset, so where several methods reset the field,
   * it is the likelier way to the use, and the message names it: {@code clear()} that drops the
   * spill map but leaves {@code size} as it was, beside {@code remove()} that drops it with {@code
   * --size}.
   */
  private static boolean resetAlone(
      NullCause cause, Optional<FieldFacts> field, Optional<ClassFacts> owner) {
    String method = null;
    if (cause instanceof NullCause.ResetElsewhere reset) {
      method = reset.method();
    } else if (cause instanceof NullCause.ResetByEarlierCall reset) {
      method = reset.method();
    } else if (cause instanceof NullCause.ResetByHook reset) {
      method = reset.method();
    } else if (cause instanceof NullCause.ResetBeforeCallback reset) {
      method = reset.method();
    }
    if (method == null || field.isEmpty() || owner.isEmpty()) {
      return false;
    }
    Set<String> alone = Set.of(field.get().name());
    for (BodyFacts body : owner.get().bodies()) {
      if (body.displayName().equals(method)) {
        return alone.containsAll(body.fieldsAssigned()) && alone.containsAll(body.fieldsCalled());
      }
    }
    return false;
  }

  private static boolean assignsNull(NullCause cause) {
    return cause instanceof NullCause.ResetElsewhere
        || cause instanceof NullCause.ResetByEarlierCall
        || cause instanceof NullCause.ResetBeforeCallback
        || cause instanceof NullCause.ResetByHook
        || cause instanceof NullCause.SetNullByInitialisation;
  }

  /** A field that construction (or class initialisation) can leave null, used later. */
  private static Assessment afterConstruction(FieldFacts field, ClassFacts owner) {
    if (field.mayBeAssignedOutside()) {
      return Assessment.low(", if no code outside this file assigns it first");
    }
    Optional<Assessment> unusualConstruction = unusualConstruction(field, owner);
    if (unusualConstruction.isPresent()) {
      return unusualConstruction.get();
    }
    // A copy of another instance's field (a copy constructor) passes a value on: it initialises
    // nothing, so it neither makes the field "assigned by one constructor of several" nor counts
    // as the method meant to initialise it. Nor does a lambda, which runs where its creator runs
    // it, not as a method that a caller calls first.
    List<BodyFacts> assigners =
        owner.bodies().stream()
            .filter(
                body ->
                    body.kind() != BodyKind.LAMBDA
                        && body.exit(field).mayBeNonNull()
                        && !body.onlyCopies(field))
            .toList();
    if (assigners.isEmpty()) {
      return Assessment.CERTAIN;
    }
    Optional<BodyFacts> callback =
        assigners.stream().filter(body -> isCallbackThatAssigns(body, field)).findFirst();
    if (callback.isPresent() && !field.nullChecked()) {
      // Code that holds the object as its supertype (a framework) decides when the callback
      // runs; a class that never tests the field for null relies on it running first.
      return Assessment.low(", if `" + callback.get().displayName() + "` has not run first");
    }
    BodyKind construction = field.isStatic() ? BodyKind.STATIC_INITIALIZER : BodyKind.CONSTRUCTOR;
    if (assigners.stream().anyMatch(body -> body.kind() == construction)) {
      return oneConstructionForgets(field, owner);
    }
    if (field.nullChecked()) {
      // The class itself expects the field to be null at times.
      return Assessment.medium();
    }
    for (BodyFacts assigner : assigners) {
      if (assigner.returnsNormally()
          && assigner.exit(field).mayBeUnchanged()
          && !assigner.skipsNullArgument()) {
        // The method meant to initialise the field can itself return without doing so. A setter
        // that ignores a null argument does so only where its caller passed null, as a plain
        // setter would then assign null: a setter still.
        return Assessment.medium();
      }
    }
    return Assessment.low(", if `" + assigners.get(0).displayName() + "` has not run first");
  }

  /**
   * Every constructor that can leave the instance field null is one that ordinary callers do not
   * use: only tests call it ({@code @VisibleForTesting}), or it is not public and code of the
   * class's own nest completes the objects it creates (a nested Builder assigns the field on the
   * new object). The null path then needs a protocol to be broken.
   */
  private static Optional<Assessment> unusualConstruction(FieldFacts field, ClassFacts owner) {
    if (field.isStatic()) {
      return Optional.empty();
    }
    List<BodyFacts> forgetful =
        owner.bodiesOfKind(BodyKind.CONSTRUCTOR).stream()
            .filter(c -> c.returnsNormally() && c.exit(field).mayBeUnchanged())
            .toList();
    if (forgetful.isEmpty()) {
      return Optional.empty();
    }
    String first = forgetful.get(0).displayName();
    if (forgetful.stream().allMatch(BodyFacts::forTesting)) {
      return Optional.of(
          Assessment.low(", if an instance is built through `" + first + "`, which is for tests"));
    }
    if (field.completedByNestedCode() && forgetful.stream().noneMatch(BodyFacts::isPublic)) {
      return Optional.of(
          Assessment.low(
              ", if an instance built through `"
                  + first
                  + "` is used before the code that creates it assigns the field"));
    }
    return Optional.empty();
  }

  /**
   * An instance method that a supertype declares and that assigns the field on every path: a
   * lifecycle callback ({@code Servlet.init}, a persistent collection's {@code beforeInitialize}).
   */
  private static boolean isCallbackThatAssigns(BodyFacts body, FieldFacts field) {
    return !field.isStatic()
        && body.kind() == BodyKind.METHOD
        && !body.isStatic()
        && body.overridesSupertype()
        && body.alwaysAssigns(field);
  }

  /**
   * Some constructors assign the field and some do not. A non-public constructor of an abstract
   * class is kept for subclasses or deserialisation, which may assign the field themselves.
   */
  private static Assessment oneConstructionForgets(FieldFacts field, ClassFacts owner) {
    if (field.isStatic() || !owner.isAbstract()) {
      return Assessment.medium();
    }
    List<BodyFacts> forgetful =
        owner.bodiesOfKind(BodyKind.CONSTRUCTOR).stream()
            .filter(c -> c.returnsNormally() && c.exit(field).mayBeUnchanged())
            .toList();
    if (!forgetful.isEmpty() && forgetful.stream().noneMatch(BodyFacts::isPublic)) {
      return Assessment.low(
          ", if an instance is built through `"
              + forgetful.get(0).displayName()
              + "`, which only subclasses can call");
    }
    return Assessment.medium();
  }
}
