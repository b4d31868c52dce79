package io.github.mapinit.policy.rules;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Spec 8, a protocol: a map that the class creates only in some states of a state field. Where
 * every assignment of a non-null value to the map is reached only through a test of the same field
 * of the object against a constant ({@code if (status == Status.DISPOSITION) attributes = new
 * TreeMap<>();}, a {@code case} of {@code switch (status)}), and methods move that field from state
 * to state, the class ties the map's life to the states. A path that reaches a use with the map
 * null then depends on the order in which the object passes its states, which neither engine
 * follows; the finding is low.
 *
 * <p>A state field is an enum-typed (or other reference-typed) field compared by identity with a
 * constant of its type or tested with {@code instanceof} (a sealed family of state records), or an
 * {@code int}, {@code short}, {@code byte} or {@code char} field compared for equality with a
 * constant or switched on, that a method other than a constructor assigns. A {@code boolean} is no
 * state field: the correlated-flag rules follow it precisely. An assignment is reached through a
 * test when the block of the assignment is dominated by one outcome of the test: inside the branch
 * of an {@code if} or a loop condition, inside a {@code case}, or after a test whose other outcome
 * returns or throws, or after a call of a check of the class that compares the field ({@link
 * #callTests}); a condition may also ask a query of the class that compares it ({@link
 * #queryTests}).
 */
public final class StateGates {

  private StateGates() {}

  /**
   * Whether a call of one of the class's own methods on the running object tests the state fields
   * that the method compares, as an inline test would ({@code requirePhase(Phase.LOBBY)}, {@code
   * ensureOpen()}): its own body is the one that runs, it returns nothing (a check, not a query),
   * it can throw, and it compares a state field with a constant or with one of its parameters.
   * Which outcome lets the call return does not matter: a gate needs only the test.
   */
  public static boolean callTests(
      boolean overridable, boolean returnsNothing, boolean throwsSomewhere, boolean comparesState) {
    return !overridable && returnsNothing && throwsSomewhere && comparesState;
  }

  /**
   * Whether a call of one of the class's own methods on the running object, as a condition, tests
   * what the method's answer tests ({@code if (!isDraft()) throw ..;} with {@code private boolean
   * isDraft() { return phase == Phase.DRAFT; }}): its own body is the one that runs, it takes
   * nothing and answers a boolean, and its answer is a single test of a state field.
   */
  public static boolean queryTests(
      boolean overridable, boolean answersBoolean, int parameterCount, boolean answerIsOneTest) {
    return !overridable && answersBoolean && parameterCount == 0 && answerIsOneTest;
  }

  /**
   * The state field that gates the map, if any.
   *
   * @param testsBeforeEachCreation for each assignment of a non-null value to the map (an
   *     initialiser at its declaration included), the fields of the object tested against a
   *     constant on every path to it
   * @param stateFields the fields of the class that a method other than a constructor assigns and
   *     whose type can be a state (see the class comment)
   */
  public static Optional<String> gate(
      Collection<? extends Set<String>> testsBeforeEachCreation, Set<String> stateFields) {
    Iterator<? extends Set<String>> creations = testsBeforeEachCreation.iterator();
    if (!creations.hasNext()) {
      return Optional.empty();
    }
    Set<String> common = new LinkedHashSet<>(creations.next());
    creations.forEachRemaining(common::retainAll);
    return common.stream().filter(stateFields::contains).findFirst();
  }
}
