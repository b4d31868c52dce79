package io.github.mapinit.policy.rules;

import io.github.mapinit.policy.flow.FlagFacts;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Spec 8 through calls: correlated conditions are not joined into a false path across a call
 * either. A use in a callee that the callee reaches only where its tests found its flags (a
 * parameter, a flag field) still holding their entry values with these values ({@code if
 * (normalShutdown) commit();}, {@code if (store == null) index.put(..)}) is reached from a call
 * site only if the caller's facts there allow each value: {@code closeStore(false, 0)} never
 * reaches what {@code normalShutdown} guards.
 */
public final class EntryConditions {

  private EntryConditions() {}

  /**
   * Whether the caller's facts about a flag field hold where the callee starts: a field of the
   * object the call runs on, when that is the caller's own ({@code this}), or a static field, which
   * every object and class body shares ({@code unload(); verbose();} never reaches what {@code if
   * (!loaded) return;} guards in the {@code summary()} that {@code verbose()} calls).
   */
  public static boolean callerKnowsFlagField(boolean staticField, boolean callOnRunningObject) {
    return staticField || callOnRunningObject;
  }

  /**
   * Whether the creator's facts about a flag field hold where a lambda it creates starts: one that
   * runs at once ({@code expectFailure(() -> register(..))}, {@code forEach}) starts with the
   * creator's object and the class's static state as they are where it is created; one kept to run
   * later finds them as whatever ran in between left them.
   */
  public static boolean creatorKnowsFlagField(boolean runAtOnce) {
    return runAtOnce;
  }

  /**
   * Whether a callee's use, reached under {@code conditions} on the callee's entry flags, is
   * reached from a call site: {@code feasibleAtCall} says whether the caller's facts there allow a
   * flag (the argument passed for a parameter, the caller's own flag field) to hold a value.
   */
  public static <F> boolean reachable(
      Map<F, Boolean> conditions, BiPredicate<F, Boolean> feasibleAtCall) {
    for (Map.Entry<F, Boolean> condition : conditions.entrySet()) {
      if (!feasibleAtCall.test(condition.getKey(), condition.getValue())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The flags that vouch, where a call is made, for the value a callee's use found in a field of
   * the running object that the callee had not assigned: the callee reaches the use only where its
   * tests found {@code calleeConditions}, and where the caller's facts say such a value means the
   * field is non-null, by name (nothing to keep) or through what the field held where the caller
   * started (a promise the class must keep). {@code compute(k)} whose {@code if (caching)
   * cache.put(..)} runs only with {@code caching} true is safe from a caller where {@code caching}
   * vouches for the map.
   *
   * <p>The callee's own tests may also vouch for the value it found, resting on the class's promise
   * where the callee started ({@code if (!open) { open = true; map = new ..; } map.put(..)} finds
   * the map by the promise {@code open -> map} on its other path). Where the call is made, the
   * caller's facts must keep each promise the callee's word rests on: then the flag vouches for the
   * use in the caller too, with the values whose word rests on the caller's own start. So {@code
   * remove(k); add(k, v);}, where {@code remove} may drop the map with its flag, is safe when each
   * method keeps the promise, as the class then does.
   *
   * @param atCall the caller's facts where the call is made
   * @param calleeVouchers the flags that vouch at the use, in the callee, for the value it found,
   *     each with the values whose word rests on the promise at the callee's start
   * @param field the field's place in the caller, {@code standIn} its value where the caller
   *     started
   */
  public static <F, P> Map<F, Set<Boolean>> vouchersThroughCall(
      FlagFacts<F, P> atCall,
      Map<F, Boolean> calleeConditions,
      Map<F, Set<Boolean>> calleeVouchers,
      Predicate<F> sharedWithCaller,
      P field,
      P standIn) {
    Map<F, Set<Boolean>> vouchers = new HashMap<>();
    calleeConditions.forEach(
        (flag, value) -> {
          if (sharedWithCaller.test(flag)) {
            atCall
                .promiseFor(flag, value, field, standIn)
                .ifPresent(promised -> vouchers.put(flag, promised));
          }
        });
    calleeVouchers.forEach(
        (flag, promisedInCallee) -> {
          if (!sharedWithCaller.test(flag)) {
            return;
          }
          Set<Boolean> promised = new HashSet<>();
          for (boolean value : promisedInCallee) {
            Optional<Set<Boolean>> kept = atCall.promiseFor(flag, value, field, standIn);
            if (kept.isEmpty()) {
              // The caller may have broken the promise before the call: the callee's word fails.
              return;
            }
            promised.addAll(kept.get());
          }
          vouchers.merge(
              flag, Set.copyOf(promised), (one, other) -> one.size() <= other.size() ? one : other);
        });
    return vouchers.isEmpty() ? Map.of() : Map.copyOf(vouchers);
  }

  /**
   * The flags that vouch for a callee's use of a field it found as the caller supplied it: those
   * its own tests lead to ({@link #vouchersThroughCall}), and those that vouch where the call is
   * made for the value the field had where the caller started, which is the value the callee finds
   * ({@code if (!running) return; ... unlink(job);} where {@code unlink} reads {@code timeline}
   * unguarded). Each vouches alone; of two for one flag, the one that needs fewer of its values.
   */
  public static <F> Map<F, Set<Boolean>> vouchersAtCall(
      Map<F, Set<Boolean>> throughCallee, Map<F, Set<Boolean>> atCall) {
    if (atCall.isEmpty()) {
      return throughCallee;
    }
    Map<F, Set<Boolean>> vouchers = new HashMap<>(throughCallee);
    atCall.forEach(
        (flag, values) ->
            vouchers.merge(flag, values, (one, other) -> one.size() <= other.size() ? one : other));
    return Map.copyOf(vouchers);
  }

  /**
   * Whether the flags that vouch, where a lambda is created, for a field's value there vouch for
   * the lambda's uses of it (spec 8 through a lambda): a lambda passed to a call that runs it at
   * once runs with that state and no other, as a called helper would ({@code if (!started) return;
   * counters.forEach((k, v) -> lastReported.put(k, v));}); one that may run later may find the
   * field reset together with its flag.
   */
  public static boolean vouchedAtCreation(boolean runsAtOnce) {
    return runsAtOnce;
  }

  /**
   * Whether a lambda's uses keep what its own tests vouch for where its creator's uses are
   * gathered: one that may run later, created after its object's initialisation, starts as a method
   * does, where the class's promises hold, so its own test of a flag (or its helper's) vouches for
   * the map ({@code timer.execute(() -> fire(id))}, where {@code fire} returns unless {@code timer
   * != null}); one that runs at once takes its creation's vouchers instead.
   */
  public static boolean keepsOwnVouchers(boolean runsAtOnce, boolean createdDuringInitialisation) {
    return !runsAtOnce && !createdDuringInitialisation;
  }

  /**
   * The conditions on the caller's own start under which it reaches a callee's use: what its own
   * tests found before the call, and the callee's conditions on flag fields of the running object
   * that the caller has left at their entry value (the callee's field is the caller's).
   *
   * @param atCall the caller's facts where the call is made
   * @param calleeConditions the callee's conditions on its entry flags
   * @param sharedWithCaller whether a callee flag is the caller's too: a flag field of the running
   *     object, not a parameter
   */
  public static <F, P> Map<F, Boolean> throughCall(
      FlagFacts<F, P> atCall, Map<F, Boolean> calleeConditions, Predicate<F> sharedWithCaller) {
    Map<F, Boolean> conditions = new HashMap<>(atCall.entryValues());
    calleeConditions.forEach(
        (flag, value) -> {
          if (sharedWithCaller.test(flag) && atCall.holdsEntryValue(flag)) {
            conditions.putIfAbsent(flag, value);
          }
        });
    return conditions.isEmpty() ? Map.of() : Map.copyOf(conditions);
  }
}
