package io.github.mapinit.policy.rules;

import io.github.mapinit.policy.Confidence;
import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.facts.StateQuery;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Spec 8, a protocol: a use that the class reaches only past its own answer to a question about
 * itself ({@code if (isPolymorphic()) ... declaringClasses.get(p)}). The author ties the use to a
 * state of the object, which the query decides from more than the map (another field, other
 * objects); a null path that the engines find there assumes that the object can give that answer
 * while the map was never created, an order of calls the code never shows. Such a finding is low
 * instead of medium. A null that the path itself assigns, or that nothing ever replaces, stays
 * high: no answer of the object makes it safe.
 */
public final class StateQueries {

  private StateQueries() {}

  /**
   * The assessment of a use that {@code cause} leaves null and {@code guardingQuery}, if it gives
   * one, guards on every path; the engine's search for it runs only where it can matter. Only a map
   * not yet created is in question: a reset to null in another method is code the class shows, and
   * keeps its confidence.
   */
  public static Assessment guarded(
      NullCause cause, Assessment assessment, Supplier<Optional<StateQuery>> guardingQuery) {
    boolean notYetCreated =
        cause instanceof NullCause.ConstructorLeavesUnassigned
            || cause instanceof NullCause.StaticInitLeavesUnassigned
            || cause instanceof NullCause.SetNullByInitialisation;
    if (!notYetCreated || assessment.confidence() != Confidence.MEDIUM) {
      return assessment;
    }
    Optional<StateQuery> query = guardingQuery.get();
    if (query.isEmpty()) {
      return assessment;
    }
    return Assessment.low(
        ", if `"
            + query.get().method()
            + "` can return "
            + query.get().outcome()
            + " before it is created");
  }
}
