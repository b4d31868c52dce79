package io.github.mapinit.errorprone.dataflow;

import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.Trace;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

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
    return apply(store, callee, call, derivedUses, field -> true);
  }

  /**
   * What constructing another instance of the class does to its static fields: the constructor's
   * instance fields belong to the new object, not to the running code.
   */
  public static PlaceStore applyToStatics(
      PlaceStore store, BodySummary constructor, Trace.CallSite call, Consumer<Use> derivedUses) {
    return apply(store, constructor, Optional.of(call), derivedUses, VarSymbol::isStatic);
  }

  /**
   * The uses of a lambda that runs with the state where it is created: the state the creator has
   * there, without the lambda's effects, which happen whenever it runs.
   */
  public static void usesAtCreation(
      PlaceStore store, BodySummary lambda, Trace.CallSite creation, Consumer<Use> derivedUses) {
    derivedUses(store, lambda, Optional.of(creation), derivedUses, field -> true);
  }

  private static PlaceStore apply(
      PlaceStore store,
      BodySummary callee,
      Optional<Trace.CallSite> call,
      Consumer<Use> derivedUses,
      Predicate<VarSymbol> affected) {
    derivedUses(store, callee, call, derivedUses, affected);
    Function<VarSymbol, Nullness> callerValue = field -> store.get(placeOf(field));
    PlaceStore after = store;
    for (Map.Entry<VarSymbol, Nullness> exit : callee.exitValues().entrySet()) {
      if (!affected.test(exit.getKey())) {
        continue;
      }
      after = after.assign(placeOf(exit.getKey()), exit.getValue().substituteEntries(callerValue));
    }
    return after;
  }

  private static void derivedUses(
      PlaceStore store,
      BodySummary callee,
      Optional<Trace.CallSite> call,
      Consumer<Use> derivedUses,
      Predicate<VarSymbol> affected) {
    Function<VarSymbol, Nullness> callerValue = field -> store.get(placeOf(field));
    for (Use use : callee.uses()) {
      // A local of the callee (a copy of a field) holds what the caller supplied for the field;
      // the locals of another object's constructor hold that object's fields.
      boolean sharesValue =
          use.place().isField()
              ? affected.test(use.place().variable())
              : use.value().entries().stream().allMatch(affected);
      if (!sharesValue) {
        continue;
      }
      Nullness supplied = use.value().entryPart(callerValue);
      if (supplied.mayBeNull()) {
        derivedUses.accept(
            use.calledFrom().isPresent() || call.isEmpty()
                ? use.withValue(supplied)
                : use.throughCall(supplied, call.get()));
      }
    }
  }
}
