package io.github.mapinit.policy.rules;

import io.github.mapinit.policy.Confidence;
import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.facts.BodyFacts;
import io.github.mapinit.policy.facts.BodyKind;
import io.github.mapinit.policy.facts.ClassFacts;
import io.github.mapinit.policy.facts.FieldExit;
import io.github.mapinit.policy.facts.FieldFacts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Spec 8, correlated state: a use after a reset in another method, reached only through a test of
 * other state of the object that the same reset changes. {@code detach()} removes the listener from
 * {@code document} and drops {@code headings}, and {@code lineOf} throws unless {@code
 * document.isListening(listener)}; {@code commit()} unlocks {@code txLock} and drops the write set,
 * and {@code put} throws unless {@code txLock.isHeldByCurrentThread()}. The author keeps the map's
 * life in step with that state, and the reset shows it by changing both; a null path there assumes
 * that the test still lets the use through after the reset, which depends on what that state
 * answers (another object, an optional value, a lock), beyond what the engines follow. Such a
 * finding is low instead of medium. A reset that changes nothing the use tests keeps its
 * confidence: {@code close()} that drops the map and leaves {@code open} as it was.
 *
 * <p>The same holds for a map not yet created, where every method that creates it also changes the
 * tested state ({@code load()} assigns {@code properties} and {@code source = Optional.of(origin)};
 * {@code get()} throws while {@code source.isEmpty()}): the constructors leave both unset together.
 */
public final class CorrelatedResets {

  private static final Set<String> PRIMITIVES =
      Set.of("boolean", "byte", "short", "char", "int", "long", "float", "double");

  private static final Set<String> IMMUTABLE_VALUES =
      Set.of(
          "java.lang.String",
          "java.lang.Boolean",
          "java.lang.Byte",
          "java.lang.Short",
          "java.lang.Character",
          "java.lang.Integer",
          "java.lang.Long",
          "java.lang.Float",
          "java.lang.Double",
          "java.math.BigInteger",
          "java.math.BigDecimal",
          "java.util.Optional");

  private CorrelatedResets() {}

  /**
   * The assessment of a use that {@code cause} leaves null, where {@code testedFields} gives the
   * fields of the running object beyond the flag rules ({@link #beyondFlagRules}) that tests on
   * every path to the use read (in the use's body, on the object that owns the map); the engine's
   * search for them runs only where it can matter.
   */
  public static Assessment guarded(
      NullCause cause,
      Assessment assessment,
      Optional<FieldFacts> field,
      Optional<ClassFacts> owner,
      Supplier<Set<String>> testedFields) {
    if (assessment.confidence() != Confidence.MEDIUM || field.isEmpty() || owner.isEmpty()) {
      return assessment;
    }
    String reset = resettingMethod(cause);
    List<BodyFacts> changing =
        reset != null
            ? owner.get().bodies().stream()
                .filter(body -> body.displayName().equals(reset))
                .limit(1)
                .collect(Collectors.toList())
            : notYetCreated(cause) ? creators(owner.get(), field.get()) : List.of();
    if (changing.isEmpty()) {
      return assessment;
    }
    for (String tested : testedFields.get()) {
      if (!tested.equals(field.get().name())
          && changing.stream().allMatch(body -> changes(body, tested))) {
        return Assessment.low(
            reset != null
                ? ", if the test of `" + tested + "` can let it through after `" + reset + "`"
                : ", if the test of `"
                    + tested
                    + "` can let it through before `"
                    + changing.get(0).displayName()
                    + "` creates it");
      }
    }
    return assessment;
  }

  /**
   * Whether a body's facts must say which fields it assigns and calls: it may drop a map (a reset)
   * or create one (a creator), so a use elsewhere may ask what it changed with the map.
   */
  public static boolean asksAbout(Map<String, FieldExit> exits) {
    return exits.values().stream().anyMatch(exit -> exit.mayLeaveNull() || exit.mayBeNonNull());
  }

  /**
   * The methods that create the map after construction: their own code assigns it a value (a method
   * that only calls such a one, {@code ensureFresh()}, is not another creator).
   */
  private static List<BodyFacts> creators(ClassFacts owner, FieldFacts map) {
    return owner.bodies().stream()
        .filter(
            body ->
                body.kind() != BodyKind.CONSTRUCTOR
                    && body.kind() != BodyKind.INSTANCE_INITIALIZER
                    && body.kind() != BodyKind.STATIC_INITIALIZER
                    && body.exit(map).mayBeNonNull()
                    && body.fieldsAssigned().contains(map.name()))
        .collect(Collectors.toList());
  }

  /** A map that the constructors leave without a value, before any method creates it. */
  private static boolean notYetCreated(NullCause cause) {
    return cause instanceof NullCause.ConstructorLeavesUnassigned
        || cause instanceof NullCause.UnassignedBeforeHook
        || (cause instanceof NullCause.SetNullByInitialisation initialisation
            && !initialisation.ofClass());
  }

  /**
   * Whether a call of the class's own method on the running object, made on every path to the use,
   * passes the tests in its body as the use's own code would: its own body is the one that runs, it
   * answers nothing, and it either throws somewhere (a check: {@code requireLoaded()}, {@code
   * validate(handle)}) or assigns the map (a refresh: {@code ensureFresh()}). A helper that only
   * notes something ({@code if (closed) writesAfterClose++;}) guards nothing.
   */
  public static boolean callTests(
      boolean overridable, boolean returnsNothing, boolean throwsOrAssignsMap) {
    return !overridable && returnsNothing && throwsOrAssignsMap;
  }

  /**
   * Whether a test of a field says something that the flag rules do not follow. They follow a
   * primitive (a flag, a counter, a state number, a bit set) or an enum (a state) where the test
   * compares it with constants, uses it as a condition or switches on it; an atomic holder of
   * those; a collection or map's emptiness (policy {@link CollectionEmptiness}); and any field's
   * null test (a sibling set with the map). Where they follow the test, a null path past it is one
   * they found with the correlation broken ({@code reopen()} clears the flag and leaves the map
   * dropped), and keeps its confidence. Beyond them are another object's own answer (a lock's, a
   * future's, an optional value's, a sentinel's identity) and a number or state compared with
   * another value ({@code position < rows.size()}, {@code handle.generation != generation}, {@code
   * phase.compareTo(OPEN) >= 0}).
   *
   * @param typeName the field's erased type: {@code int}, {@code java.util.concurrent.locks.Lock}
   * @param isCollection the type is a collection or a map
   * @param testedForNull the test only compares the field with null
   * @param comparedByReference the test compares the field's reference with another value than null
   *     ({@code view == EMPTY}): for a collection, a sentinel's identity, not its emptiness
   * @param comparedWithConstants the test compares the field (or a mask of it) with constants only,
   *     uses it as a condition, or switches on it
   */
  public static boolean beyondFlagRules(
      String typeName,
      boolean isEnum,
      boolean isCollection,
      boolean testedForNull,
      boolean comparedByReference,
      boolean comparedWithConstants) {
    if (testedForNull || typeName.startsWith("java.util.concurrent.atomic.")) {
      return false;
    }
    if (isCollection) {
      return comparedByReference;
    }
    return !(isEnum || PRIMITIVES.contains(typeName)) || !comparedWithConstants;
  }

  /**
   * Whether a test of a field on the way to a use can show a correlated reset: what the test
   * answers can change once the object is built ({@link #canChange}), and, for a field of the
   * running object, it says what the flag rules do not ({@link #beyondFlagRules}); for a field of
   * another object ({@code tx.active} before {@code tx.writes}) any kind can, as the flag rules
   * follow only the running object.
   *
   * @param comparedByReference as {@link #beyondFlagRules} says
   * @param comparedWithConstants asked only for a field of the running object, whose kind the flag
   *     rules may follow
   */
  public static boolean testCounts(
      boolean ofRunningObject,
      String typeName,
      boolean isFinal,
      boolean isEnum,
      boolean isCollection,
      boolean testedForNull,
      boolean comparedByReference,
      BooleanSupplier comparedWithConstants) {
    return canChange(typeName, isFinal)
        && (!ofRunningObject
            || beyondFlagRules(
                typeName,
                isEnum,
                isCollection,
                testedForNull,
                comparedByReference,
                comparedWithConstants.getAsBoolean()));
  }

  /**
   * Whether anything can change what a test of the field answers once the object is built: not a
   * final field holding a primitive or an immutable value (a {@code String}, a boxed number, an
   * {@code Optional}), whose tests answer alike for the object's life ({@code query.isEmpty()} in a
   * parser whose query is final), however many of its methods a reset calls.
   *
   * @param typeName the field's erased type
   */
  public static boolean canChange(String typeName, boolean isFinal) {
    return !isFinal || !(PRIMITIVES.contains(typeName) || IMMUTABLE_VALUES.contains(typeName));
  }

  /**
   * Whether a call of the class's own method on the running object inside a test ({@code if
   * (!onRow()) throw ..;}) tests the fields its body reads: its own body is the one that answers.
   */
  public static boolean queryTests(boolean overridable) {
    return !overridable;
  }

  private static boolean changes(BodyFacts reset, String field) {
    return reset.fieldsAssigned().contains(field) || reset.fieldsCalled().contains(field);
  }

  private static @Nullable String resettingMethod(NullCause cause) {
    if (cause instanceof NullCause.ResetElsewhere reset) {
      return reset.method();
    }
    if (cause instanceof NullCause.ResetByEarlierCall reset) {
      return reset.method();
    }
    return null;
  }
}
