package io.github.mapinit.spotbugs;

import io.github.mapinit.policy.facts.NullTest;
import io.github.mapinit.policy.facts.OwnFieldTest;
import io.github.mapinit.policy.rules.FlagInvariants;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What one analysis of a method found, valid for every caller and every start.
 *
 * @param exit the states of the class's own fields ({@code this.f} and statics) where the method
 *     returns, in terms of their states at entry; a missing place is unchanged
 * @param returnsNormally whether some path returns
 * @param uses dereferences that may meet null, in order
 * @param thisCalls calls of this class's methods on {@code this} (or static ones), followed or not,
 *     by method key (name and signature) with the line of the first such call: a constructor's
 *     overridable ones, directly or through its helpers, run a subclass's override too early
 * @param ownCallsOffThis methods of this class (by key) called on another receiver than {@code
 *     this}: such a method is reached from elsewhere than its own class's code on {@code this}
 * @param throwsOut whether an exception may leave the method (an unknown one may)
 * @param thrownOut the states of the class's own fields where an exception leaves the method
 * @param assigned the class's own fields that the method, or a callee it follows, may assign
 * @param assignedFlags the flag fields of the object that the method, or a callee it follows, may
 *     assign, by name; {@link #ANY_FLAG} where it calls a method of the object that the analysis
 *     cannot follow, which may assign any
 * @param brokenFlagInvariants the promises "where this boolean field holds that value, that map
 *     field is non-null" that one of the method's exits breaks (policy {@code FlagInvariants})
 * @param nullTest for a method returning a boolean, the argument its result tests for null, if
 *     every return says so ({@code return m == null || m.isEmpty();})
 * @param exitFlags the flag fields of the object that hold one value on every path to the normal
 *     exit (policy {@code FlagInvariants.leftByCallee})
 * @param fieldTest for a method returning a boolean, the field of the object its result tests for
 *     null, if every return says so ({@code return listeners != null;})
 * @param localClassCreations the anonymous and local classes of this class that the method creates
 *     on {@code this}, by class name, with the object's fields where it does
 * @param parametersTrueOnReturn the boolean parameters, by position, that every normal exit found
 *     true where the method started: it returns only when its caller passed true ({@code if (!ok)
 *     throw ...})
 * @param resultVouchedFields for a method returning a reference, the fields of the object, by name,
 *     that its result vouches for where it is an object (policy {@code ResultVouchers})
 * @param returnsOwnNull whether the method returns a local variable that holds, on some path to the
 *     return, a null of its own code (policy {@code NullableResults})
 */
record MethodSummary(
    Map<Place.FieldPlace, PlaceState> exit,
    boolean returnsNormally,
    List<Use> uses,
    Map<String, Integer> thisCalls,
    Set<String> ownCallsOffThis,
    boolean throwsOut,
    Map<Place.FieldPlace, PlaceState> thrownOut,
    Set<Place.FieldPlace> assigned,
    Set<String> assignedFlags,
    Set<FlagInvariants.Implication> brokenFlagInvariants,
    Optional<NullTest> nullTest,
    Map<Flag.Field, Boolean> exitFlags,
    Optional<OwnFieldTest> fieldTest,
    Map<String, LocalClassCreation> localClassCreations,
    Set<Integer> parametersTrueOnReturn,
    Set<String> resultVouchedFields,
    boolean returnsOwnNull) {

  /** In {@link #assignedFlags}: any flag of the object (no field is named so). */
  static final String ANY_FLAG = "*";

  /** A method that is not followed: it changes nothing and reports nothing. */
  static final MethodSummary UNKNOWN = findingNothing(true);

  /**
   * A method whose analysis could find nothing ({@code InertMethods}): unlike {@link #UNKNOWN} (a
   * distinct instance), it is known to keep every promise of the class.
   */
  static MethodSummary inert(boolean returnsNormally) {
    return findingNothing(returnsNormally);
  }

  private static MethodSummary findingNothing(boolean returnsNormally) {
    return new MethodSummary(
        Map.of(),
        returnsNormally,
        List.of(),
        Map.of(),
        Set.of(),
        true,
        Map.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        Optional.empty(),
        Map.of(),
        Optional.empty(),
        Map.of(),
        Set.of(),
        Set.of(),
        false);
  }

  /**
   * This summary as a subclass's call of the method sees it (policy {@code
   * Overriding.runsInheritedBody}): what it leaves in the fields, without its dereferences, which
   * are its own class's findings, nor its own class's calls, flags and promises; {@code
   * placeInCaller} names each of its places as the caller's code names it.
   */
  MethodSummary asInherited(UnaryOperator<Place.FieldPlace> placeInCaller) {
    Set<Place.FieldPlace> assignedThere = new HashSet<>();
    assigned.forEach(place -> assignedThere.add(placeInCaller.apply(place)));
    return new MethodSummary(
        renamed(exit, placeInCaller),
        returnsNormally,
        List.of(),
        Map.of(),
        Set.of(),
        throwsOut,
        renamed(thrownOut, placeInCaller),
        assignedThere,
        assignedFlags,
        Set.of(),
        nullTest,
        Map.of(),
        fieldTest,
        Map.of(),
        parametersTrueOnReturn,
        Set.of(),
        returnsOwnNull);
  }

  private static Map<Place.FieldPlace, PlaceState> renamed(
      Map<Place.FieldPlace, PlaceState> states, UnaryOperator<Place.FieldPlace> rename) {
    Map<Place.FieldPlace, PlaceState> renamed = new HashMap<>();
    states.forEach((place, state) -> renamed.put(rename.apply(place), state));
    return renamed;
  }

  PlaceState exitState(Place.FieldPlace place) {
    PlaceState state = exit.get(place);
    return state != null ? state : PlaceState.of(place.defaultBits());
  }
}
