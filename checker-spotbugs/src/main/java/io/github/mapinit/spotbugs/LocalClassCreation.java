package io.github.mapinit.spotbugs;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The creating object's tracked fields where a method creates an anonymous or local class of its
 * class (spec 4: the class's methods start from there): the state each field is in, and the flag
 * fields that vouch there for the value it had where the method started.
 *
 * @param states by field, its state where the class is created
 * @param vouchers by field, the flag fields (by name) that vouch for it whichever of these values
 *     they hold (policy {@code FlagFacts.promisesCovering})
 */
record LocalClassCreation(
    Map<FieldKey, PlaceState> states, Map<FieldKey, Map<String, Set<Boolean>>> vouchers) {

  /**
   * Both creations of one class (a {@code new} that the compiler copies, into a {@code finally}
   * say): each field in either state, and no voucher, which would have to hold at both.
   */
  LocalClassCreation joinedWith(LocalClassCreation other) {
    Map<FieldKey, PlaceState> joined = new HashMap<>(states);
    other.states.forEach((field, state) -> joined.merge(field, state, PlaceState::merge));
    return new LocalClassCreation(Map.copyOf(joined), Map.of());
  }
}
