package io.github.mapinit.policy.rules;

import io.github.mapinit.policy.flow.FlagFacts;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Spec section 8, last paragraph, across methods: a boolean field set together with a map ({@code
 * started = true; jobs = new HashMap<>();} in {@code start()}) and tested before a use in another
 * method ({@code if (started) jobs.put(..)}) means the map is non-null where the flag holds. The
 * promise is a class invariant: it holds where every method starts when the constructors establish
 * it and every body that may assign the flag or the map keeps it at each of its exits, assuming it
 * at its start. The engines check each body's exits and report what breaks; this class only
 * decides.
 */
public final class FlagInvariants {

  /** "Where {@code flag} holds {@code value}, {@code field} is non-null." */
  public record Implication(String flag, boolean value, String field) {}

  /**
   * A map field that a promise may cover, as an engine names it in one body: the place of the field
   * on the running object, and the place that stands for the field's value where the body started
   * (the value a use relies on when a flag vouches for it).
   */
  public record Promised<P>(P field, P standIn) {}

  /**
   * The most flags a class's promises follow once its map fields tested for null join its boolean
   * and other reference flags. Every body seeds each candidate flag and a body follows at most
   * {@code FlagFacts}' bound of flags, so in a class with many fields the maps would crowd out the
   * body's own locals ({@code if (treated != null) propagate.values()}).
   */
  private static final int FLAGS_WITH_MAPS = 12;

  private FlagInvariants() {}

  /**
   * Whether the class's map fields that it tests for null are flags of its promises too (a sibling
   * created and dropped with one is non-null where it is): when {@code otherFlags} and they stay
   * within {@link #FLAGS_WITH_MAPS}.
   */
  public static boolean mapFieldsAreFlags(int otherFlags, int nullTestedMaps) {
    return otherFlags + nullTestedMaps <= FLAGS_WITH_MAPS;
  }

  /**
   * Whether the emptiness of the class's followed collections (policy {@link CollectionEmptiness})
   * are flags of its promises too: when they and {@code otherFlags} stay within the same bound.
   */
  public static boolean collectionsAreFlags(int otherFlags, int collections) {
    return otherFlags + collections <= FLAGS_WITH_MAPS;
  }

  /**
   * The facts after a call on the running object, whose summary made the engine forget the flag
   * fields the callee may assign. Every body keeps each promise at its exits wherever the promise
   * held at its start, so a promise that held where the call was made holds where the call returns,
   * for whatever value the callee left in the field: the flag vouches for the field's stand-in
   * again. Without this, {@code if (stream == null) reset(); if (multi) map.get(k);} would lose the
   * promise {@code multi -> map} to a call that keeps it.
   *
   * @param before the facts where the call was made, {@code nonNullBefore} the places non-null
   *     there
   * @param after the facts where the call returned
   * @param flags the flag fields of the class, {@code fields} its map fields (asked for only when
   *     the call made the engine forget a flag)
   */
  public static <F, P> FlagFacts<F, P> acrossCall(
      FlagFacts<F, P> before,
      Set<P> nonNullBefore,
      FlagFacts<F, P> after,
      Collection<? extends F> flags,
      Supplier<? extends Collection<Promised<P>>> fields) {
    FlagFacts<F, P> carried = after;
    Collection<Promised<P>> promised = null;
    for (F flag : flags) {
      if (after.flags().contains(flag)) {
        // The call left the flag alone: what it says already holds.
        continue;
      }
      if (promised == null) {
        promised = fields.get();
      }
      for (Promised<P> field : promised) {
        for (boolean value : new boolean[] {true, false}) {
          if (before.implies(flag, value, field.field(), nonNullBefore)
              || before.implies(flag, value, field.standIn(), nonNullBefore)) {
            carried = carried.promise(flag, value, field.standIn());
          }
        }
      }
    }
    return carried;
  }

  /**
   * The flag fields of the running object that a callee leaves with one value on every path to its
   * normal exit ({@code parsed = true} after {@code if (parsed) return; map = ..; parsed = true;}):
   * the caller learns them where the call returns. With the promises carried across the call, that
   * is what lets {@code parse(); map.get(k);} rely on the helper's flag as {@code if (parsed)
   * map.get(k);} would.
   *
   * @param exit the callee's facts at its normal exit
   * @param ownFlagField whether a flag is a field of the running object, which the caller shares
   */
  public static <F, P> Map<F, Boolean> leftByCallee(
      FlagFacts<F, P> exit, Predicate<? super F> ownFlagField) {
    return exit.knownValues(ownFlagField);
  }

  /**
   * Whether the flags that vouch for a use's start value rule the use out: some flag vouches on
   * every value it may hold, and the class keeps the promise for each value whose word rests on one
   * ({@link FlagFacts#promisesCovering}).
   *
   * @param vouchers per flag, the values that need a promise
   * @param kept whether the class keeps the promise "where the flag holds the value, the used field
   *     is non-null"
   */
  public static <F> boolean vouched(Map<F, Set<Boolean>> vouchers, BiPredicate<F, Boolean> kept) {
    for (Map.Entry<F, Set<Boolean>> voucher : vouchers.entrySet()) {
      if (voucher.getValue().stream().allMatch(value -> kept.test(voucher.getKey(), value))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The candidates that no body breaks. A candidate's flag must be private (no code elsewhere
   * assigns it) and its field assigned nowhere but in the class's own code on {@code this}; the
   * engine offers only those.
   */
  public static Set<Implication> holding(
      Set<Implication> candidates, Collection<Set<Implication>> brokenByBodies) {
    Set<Implication> holding = new LinkedHashSet<>(candidates);
    for (Set<Implication> broken : brokenByBodies) {
      holding.removeAll(broken);
    }
    return holding;
  }
}
