package io.github.mapinit.errorprone.dataflow;

import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.Trace;
import io.github.mapinit.policy.rules.EntryConditions;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.lang.model.element.ElementKind;
import org.jspecify.annotations.Nullable;

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
    return apply(store, callee, call, derivedUses, field -> true, store, (flag, value) -> true);
  }

  /**
   * {@link #apply(PlaceStore, BodySummary, Optional, Consumer)} for a call of a method on the
   * running object: a use of the callee that its tests reach only under conditions on its entry
   * flags is derived only if {@code feasibleAtCall} allows each (policy {@link EntryConditions}).
   *
   * @param atCall the caller's store where the call is made, before the call forgets anything
   */
  public static PlaceStore applyCall(
      PlaceStore store,
      BodySummary callee,
      Trace.CallSite call,
      Consumer<Use> derivedUses,
      PlaceStore atCall,
      BiPredicate<VarSymbol, Boolean> feasibleAtCall) {
    return apply(
        store, callee, Optional.of(call), derivedUses, field -> true, atCall, feasibleAtCall);
  }

  /**
   * What constructing another instance of the class does to its static fields: the constructor's
   * instance fields belong to the new object, not to the running code.
   */
  public static PlaceStore applyToStatics(
      PlaceStore store, BodySummary constructor, Trace.CallSite call, Consumer<Use> derivedUses) {
    return apply(
        store,
        constructor,
        Optional.of(call),
        derivedUses,
        VarSymbol::isStatic,
        store,
        (flag, value) -> true);
  }

  /**
   * The uses of a lambda that runs with the state where it is created: the state the creator has
   * there, without the lambda's effects, which happen whenever it runs. A use that the lambda's
   * tests reach only under conditions on its entry flags is derived only if {@code
   * feasibleAtCreation} allows each (policy {@link EntryConditions#creatorKnowsFlagField}).
   */
  public static void usesAtCreation(
      PlaceStore store,
      BodySummary lambda,
      Trace.CallSite creation,
      boolean vouchedHere,
      boolean keepsOwnVouchers,
      BiPredicate<VarSymbol, Boolean> feasibleAtCreation,
      Consumer<Use> derivedUses) {
    // A lambda run here is a call made here: the flags that vouch here, and those its own tests
    // vouch with once its entry conditions are met here, vouch for its uses.
    derivedUses(
        store,
        lambda,
        Optional.of(creation),
        derivedUses,
        field -> true,
        store,
        feasibleAtCreation,
        vouchedHere,
        keepsOwnVouchers);
  }

  /**
   * The uses, each of a field of the running object with the flags that vouch in {@code store} for
   * the value that field had where the running body started.
   */
  private static Consumer<Use> vouchedAt(PlaceStore store, Consumer<Use> derivedUses) {
    return use -> {
      VarSymbol field = vouchedField(use);
      derivedUses.accept(
          field != null ? use.withFlagVouchers(store.flagsVouchingForEntryValueOf(field)) : use);
    };
  }

  /**
   * The field of the running object whose start value the use dereferences, which the flags vouch
   * for: the used field, or the one whose start value a local of the body holds; null for another
   * use.
   */
  private static @Nullable VarSymbol vouchedField(Use use) {
    if (use.place().isOwnField()) {
      return use.place().variable();
    }
    return use.startValueOf();
  }

  /**
   * The store after a lambda that has surely run, whose uses were brought in at its creation: the
   * fields it changes take its exit values, with the caller's values filled in.
   */
  public static PlaceStore afterRun(PlaceStore store, BodySummary lambda) {
    return exitValuesApplied(store, lambda, field -> true);
  }

  /**
   * The uses of a body of an anonymous or local class (an initialiser or a method), of the fields
   * of the object that creates it: they see the state the creator has there, with the flags that
   * vouch for it there. The uses read as the body's own, with no call in their trace.
   *
   * @param enclosingField whether a field is one of the creating object's, not the class's own
   */
  public static void usesAtLocalCreation(
      PlaceStore store,
      BodySummary method,
      Predicate<VarSymbol> enclosingField,
      Consumer<Use> derivedUses) {
    // A flag that vouches for the field here vouches for it as the method finds it: the field is
    // monotone, and the resets that may come later are the method's own start (spec 4).
    derivedUses(
        store,
        method,
        Optional.empty(),
        vouchedAt(store, derivedUses),
        enclosingField,
        store,
        (f, v) -> true,
        false,
        false);
  }

  private static PlaceStore apply(
      PlaceStore store,
      BodySummary callee,
      Optional<Trace.CallSite> call,
      Consumer<Use> derivedUses,
      Predicate<VarSymbol> affected,
      PlaceStore atCall,
      BiPredicate<VarSymbol, Boolean> feasibleAtCall) {
    derivedUses(
        store,
        callee,
        call,
        derivedUses,
        affected,
        atCall,
        feasibleAtCall,
        call.isPresent(),
        false);
    return exitValuesApplied(store, callee, affected);
  }

  private static PlaceStore exitValuesApplied(
      PlaceStore store, BodySummary callee, Predicate<VarSymbol> affected) {
    Function<VarSymbol, Nullness> callerValue = field -> store.get(placeOf(field));
    PlaceStore after = store;
    for (Map.Entry<VarSymbol, Nullness> exit : callee.exitValues().entrySet()) {
      if (!affected.test(exit.getKey())) {
        continue;
      }
      Nullness value = exit.getValue().substituteEntries(callerValue);
      // A field the callee did not assign holds what it held, only better known (a dereference):
      // refined, it keeps what the flags said of it.
      after =
          callee.assignedFields().contains(exit.getKey())
              ? after.assign(placeOf(exit.getKey()), value)
              : after.refine(placeOf(exit.getKey()), value);
    }
    return after;
  }

  private static void derivedUses(
      PlaceStore store,
      BodySummary callee,
      Optional<Trace.CallSite> call,
      Consumer<Use> derivedUses,
      Predicate<VarSymbol> affected,
      PlaceStore atCall,
      BiPredicate<VarSymbol, Boolean> feasibleAtCall,
      boolean vouchAtCall,
      boolean keepsOwnVouchers) {
    Function<VarSymbol, Nullness> callerValue = field -> store.get(placeOf(field));
    for (Use use : callee.uses()) {
      if (!EntryConditions.reachable(use.entryConditions(), feasibleAtCall)) {
        // The callee reaches the use only where this call's arguments or flags cannot be.
        continue;
      }
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
        Use derived =
            use.calledFrom().isPresent() || call.isEmpty()
                ? use.withValue(supplied)
                : use.throughCall(supplied, call.get());
        derived =
            derived.withEntryConditions(
                EntryConditions.throughCall(
                    atCall.flagFacts(), use.entryConditions(), Summaries::isOwnFlagField));
        if (keepsOwnVouchers && !use.flagVouchers().isEmpty()) {
          // Policy EntryConditions.keepsOwnVouchers: a lambda that runs later starts where the
          // class's promises hold, so what its own tests vouch for stays with its uses.
          derived = derived.withFlagVouchers(use.flagVouchers());
        }
        VarSymbol field = vouchedField(use);
        if (vouchAtCall && field != null) {
          derived =
              derived.withFlagVouchers(
                  EntryConditions.vouchersAtCall(
                      EntryConditions.vouchersThroughCall(
                          atCall.flagFacts(),
                          use.entryConditions(),
                          use.flagVouchers(),
                          Summaries::isOwnFlagField,
                          placeOf(field),
                          Place.entryGhostOf(field)),
                      atCall.flagsVouchingForEntryValueOf(field)));
        }
        derivedUses.accept(derived);
      }
    }
  }

  /** A flag field of the running object, or a static one, which a caller shares. */
  private static boolean isOwnFlagField(VarSymbol flag) {
    return flag.getKind() == ElementKind.FIELD;
  }
}
