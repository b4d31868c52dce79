package io.github.mapinit.policy.rules;

import io.github.mapinit.policy.facts.BodyFacts;
import io.github.mapinit.policy.facts.BodyKind;
import io.github.mapinit.policy.facts.ClassFacts;
import io.github.mapinit.policy.facts.FieldExit;
import io.github.mapinit.policy.facts.FieldFacts;

/**
 * Spec section 8, last paragraph: correlated state is not joined into a false path. A sibling map
 * that the class creates only together with another ({@code init()} assigns {@code cache} and
 * {@code counts}) vouches for it: where the code has just seen the sibling non-null ({@code if
 * (cache == null) throw ...}, a use of {@code cache}), the other map is non-null too. The promise
 * holds at every method entry when every body that may assign the guard a value assigns the map on
 * every path that returns, and every body that may drop the map drops the guard as well.
 */
public final class CorrelatedGuards {

  private CorrelatedGuards() {}

  /** Whether {@code guard} being non-null means that {@code map} is. */
  public static boolean vouches(ClassFacts owner, FieldFacts guard, FieldFacts map) {
    if (guard.key().equals(map.key())
        || guard.isStatic() != map.isStatic()
        || guard.mayBeAssignedOutside()
        || map.mayBeAssignedOutside()
        || guard.externallyInitialised()
        // The class's own code builds objects whose map is null from the start, the guard set.
        || !map.constructedWithNull().isEmpty()
        // A deserialised instance may hold the guard without the map.
        || !Deserialisation.keepsPromise(owner, map.name(), guard.isTransient(), false, true)) {
      return false;
    }
    boolean guardAssigned = false;
    for (BodyFacts body : owner.bodies()) {
      FieldExit guardExit = body.exit(guard);
      FieldExit mapExit = body.exit(map);
      if (guardExit.mayBeNonNull()) {
        guardAssigned = true;
        if (body.returnsNormally() && !mapExit.alwaysAssignsNonNull()) {
          return false;
        }
      }
      // Where the body returns, a null guard keeps the promise whatever the map holds; where an
      // exception leaves the map null, the guard must be null on every exit, as far as the facts
      // tell (`cache.clear(); cache = null; counts.clear(); counts = null;` keeps it: the second
      // clear() can throw only after the guard is gone).
      boolean guardGoneWhereReturns = !guardExit.mayBeNonNull() && !guardExit.mayBeUnchanged();
      if (!isConstruction(body) && !mapExit.assignedNulls().isEmpty() && !guardGoneWhereReturns) {
        return false;
      }
      if (!mapExit.nullsLeftByThrow().isEmpty()
          && !(guardGoneWhereReturns && guardExit.nullsLeftByThrow().isEmpty())) {
        return false;
      }
    }
    return guardAssigned;
  }

  private static boolean isConstruction(BodyFacts body) {
    return body.kind() == BodyKind.CONSTRUCTOR || body.kind() == BodyKind.INSTANCE_INITIALIZER;
  }
}
