package io.github.mapinit.spotbugs;

import io.github.mapinit.policy.AccessKind;
import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.Trace;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A dereference of a place that may be null on some start: recorded once per method summary, and
 * decided when the summarised method's entry state (or its caller's state) is known.
 *
 * @param placeKey distinguishes access paths: one report per method and key
 * @param placeName the place as the report names it
 * @param field the field, or null for a local variable
 * @param localSlot the local variable's slot, or -1 for a field
 * @param kind write or read
 * @param useName the called method, or {@code synchronized}
 * @param site where the dereference is
 * @param condition the null atoms of the place at the dereference
 * @param concreteCause why it is concretely null, when {@code condition} holds {@link
 *     Nullness#NULL}
 * @param conditionPlace the field place whose entry or after-construction state decides the
 *     symbolic atoms of {@code condition}
 * @param calledFrom the helper call through which the use was reached, if any
 * @param order the position in the summarised method, for "first use" ordering
 * @param knownNonNull the fields of the object (or class) that the path has just seen non-null, by
 *     name: a sibling that vouches for the place rules the path out (spec 8)
 * @param flagVouchers the flag fields, by name, that vouch for the field whichever value they hold
 *     at the use, each with the values whose word rests on what the field held where the method
 *     started (spec 8 across methods); for a use seen through a call, the flags that vouch where
 *     the caller made the call, for what the field held where the caller started
 * @param entryConditions the values that tests on the way found in flags still holding what the
 *     method's start gave them (its boolean parameters, the flag fields of the object): a caller
 *     whose facts rule one out does not reach the use through this method (policy {@code
 *     EntryConditions})
 */
record Use(
    String placeKey,
    String placeName,
    @Nullable FieldKey field,
    int localSlot,
    AccessKind kind,
    String useName,
    Site site,
    int condition,
    @Nullable NullCause concreteCause,
    Place.@Nullable FieldPlace conditionPlace,
    Optional<Trace.CallSite> calledFrom,
    int order,
    Set<String> knownNonNull,
    Map<String, Set<Boolean>> flagVouchers,
    Map<Flag, Boolean> entryConditions) {

  /**
   * The field of the object (or static field of the class) whose start value the use dereferences,
   * which flag vouchers speak of: the used field, or the field that a used local was copied from
   * ({@code Map open = resources; resources = null;}); null for another use.
   */
  @Nullable FieldKey vouchedField() {
    if (field != null) {
      return conditionPlace != null && conditionPlace.isEntryBound() ? field : null;
    }
    return localSlot >= 0 && conditionPlace != null && conditionPlace.isEntryBound()
        ? conditionPlace.field()
        : null;
  }

  /** The same use, which these flag fields vouch for (see {@code flagVouchers}). */
  Use withFlagVouchers(Map<String, Set<Boolean>> vouchers) {
    return new Use(
        placeKey,
        placeName,
        field,
        localSlot,
        kind,
        useName,
        site,
        condition,
        concreteCause,
        conditionPlace,
        calledFrom,
        order,
        knownNonNull,
        vouchers,
        entryConditions);
  }

  /**
   * This use, reached from where a constructor hands {@code this} out: its own method is the
   * callback, so no call site is added.
   */
  Use escapedAt(
      int newCondition,
      @Nullable NullCause newCause,
      int callOrder,
      Map<Flag, Boolean> callerConditions) {
    return reached(newCondition, newCause, calledFrom, callOrder, callerConditions);
  }

  /** This use as seen through a call at {@code callSite}, with the caller's condition. */
  Use throughCall(
      int newCondition,
      @Nullable NullCause newCause,
      Trace.CallSite callSite,
      int callOrder,
      Map<Flag, Boolean> callerConditions) {
    return reached(
        newCondition,
        newCause,
        calledFrom.isPresent() ? calledFrom : Optional.of(callSite),
        callOrder,
        callerConditions);
  }

  private Use reached(
      int newCondition,
      @Nullable NullCause newCause,
      Optional<Trace.CallSite> from,
      int callOrder,
      Map<Flag, Boolean> callerConditions) {
    return new Use(
        placeKey,
        placeName,
        field,
        localSlot,
        kind,
        useName,
        site,
        newCondition,
        newCause,
        conditionPlace,
        from,
        callOrder,
        knownNonNull,
        Map.of(),
        callerConditions);
  }
}
