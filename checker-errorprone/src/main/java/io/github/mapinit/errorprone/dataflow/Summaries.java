package io.github.mapinit.errorprone.dataflow;

import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.Trace;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** Applies a body's summary where it runs: at a call, or as an initialiser of a constructor. */
public final class Summaries {

  private Summaries() {}

  /** The place that holds {@code field} of the object (or class) a body runs on. */
  public static Place placeOf(VarSymbol field) {
    return field.isStatic() ? Place.staticField(field) : Place.thisField(field);
  }

  /**
   * The store after {@code callee} runs from {@code store}: the callee's uses whose value the
   * caller supplies go to {@code derivedUses}, seen through {@code call} when there is one; the
   * fields the callee changes take its exit values, with the caller's values filled in.
   */
  public static PlaceStore apply(
      PlaceStore store,
      BodySummary callee,
      Optional<Trace.CallSite> call,
      Consumer<Use> derivedUses) {
    Function<VarSymbol, Nullness> callerValue = field -> store.get(placeOf(field));
    for (Use use : callee.uses()) {
      Nullness supplied = use.value().entryPart(callerValue);
      if (supplied.mayBeNull()) {
        derivedUses.accept(
            use.calledFrom().isPresent() || call.isEmpty()
                ? use.withValue(supplied)
                : use.throughCall(supplied, call.get()));
      }
    }
    PlaceStore after = store;
    for (Map.Entry<VarSymbol, Nullness> exit : callee.exitValues().entrySet()) {
      after =
          after.assign(placeOf(exit.getKey()), exit.getValue().substituteEntries(callerValue));
    }
    return after;
  }
}
