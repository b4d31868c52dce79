package io.github.mapinit.spotbugs;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The creating object's tracked fields where a method creates an anonymous or local class of its
 * class (spec 4: the class's methods start from there): the state each field is in, the flag fields
 * that vouch there for the value it had where the method started, and the fields that are non-null
 * wherever its methods run.
 *
 * @param states by field, its state where the class is created
 * @param vouchers by field, the flag fields (by name) that vouch for it whichever of these values
 *     they hold (policy {@code FlagFacts.promisesCovering})
 * @param guardedFields the fields that the helper of the class that each instance is handed to
 *     finds non-null before it runs the instance (policy {@code
 *     CallbackHelpers.runsAtOnceWhereGuarded})
 */
record LocalClassCreation(
    Map<FieldKey, PlaceState> states,
    Map<FieldKey, Map<String, Set<Boolean>>> vouchers,
    Set<FieldKey> guardedFields) {

  /**
   * Both creations of one class (a {@code new} that the compiler copies, into a {@code finally}
   * say): each field in either state, no voucher, which would have to hold at both, and the fields
   * that both helpers guard.
   */
  LocalClassCreation joinedWith(LocalClassCreation other) {
    Map<FieldKey, PlaceState> joined = new HashMap<>(states);
    other.states.forEach((field, state) -> joined.merge(field, state, PlaceState::merge));
    Set<FieldKey> guardedByBoth = new HashSet<>(guardedFields);
    guardedByBoth.retainAll(other.guardedFields);
    return new LocalClassCreation(Map.copyOf(joined), Map.of(), Set.copyOf(guardedByBoth));
  }
}
