package io.github.mapinit.errorprone.dataflow;

import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.AccessKind;
import io.github.mapinit.policy.Trace;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A dereference of a tracked place that may be null: a write or read, with the value the place may
 * hold there.
 *
 * @param place the dereferenced place
 * @param value what the place may hold, possibly still symbolic
 * @param tree the expression that dereferences it, where the report goes
 * @param kind write or read
 * @param name the method called, or the construct ({@code synchronized})
 * @param body the body that contains {@code tree}
 * @param calledFrom the helper call that passed the state in, when the use is a helper's
 * @param knownNonNull the other fields of the object (or class) that the path has just seen
 *     non-null: a sibling that vouches for the place rules the path out (spec 8)
 * @param flagVouchers the flag fields that vouch, whichever value they hold at the use, for the
 *     place, each with the values whose word rests on what the place held where the body started:
 *     if the class keeps those promises at every method start (policy {@code FlagInvariants}), the
 *     path is ruled out; for a use seen through a call, the flags that vouch where the caller made
 *     the call, for what the field held where the caller started
 * @param entryConditions the values that tests on the way found in flags still holding what the
 *     body's start gave them (its boolean parameters, the flag fields of the object): a caller
 *     whose facts rule one out does not reach the use through this body (policy {@code
 *     EntryConditions})
 * @param startValueOf for a local that holds what a field of the object held where the body started
 *     ({@code Map open = resources; resources = null;}), that field, which the flag vouchers speak
 *     of
 */
public record Use(
    Place place,
    Nullness value,
    Tree tree,
    AccessKind kind,
    String name,
    Body body,
    Optional<Trace.CallSite> calledFrom,
    Set<VarSymbol> knownNonNull,
    Map<VarSymbol, Set<Boolean>> flagVouchers,
    Map<VarSymbol, Boolean> entryConditions,
    @Nullable VarSymbol startValueOf) {

  /** The same use, seen from a caller that supplied {@code value} through {@code call}. */
  public Use throughCall(Nullness callerValue, Trace.CallSite call) {
    return new Use(
        place,
        callerValue,
        tree,
        kind,
        name,
        body,
        Optional.of(call),
        knownNonNull,
        Map.of(),
        entryConditions,
        startValueOf);
  }

  /** The same use, reached from a start under {@code conditions} (see {@code entryConditions}). */
  public Use withEntryConditions(Map<VarSymbol, Boolean> conditions) {
    return new Use(
        place,
        value,
        tree,
        kind,
        name,
        body,
        calledFrom,
        knownNonNull,
        flagVouchers,
        conditions,
        startValueOf);
  }

  /** The same use, which these flag fields vouch for (see {@code flagVouchers}). */
  public Use withFlagVouchers(Map<VarSymbol, Set<Boolean>> vouchers) {
    return new Use(
        place,
        value,
        tree,
        kind,
        name,
        body,
        calledFrom,
        knownNonNull,
        vouchers,
        entryConditions,
        startValueOf);
  }

  /** The same use with the value that another start (a caller, a creator) supplies. */
  public Use withValue(Nullness newValue) {
    return new Use(
        place,
        newValue,
        tree,
        kind,
        name,
        body,
        calledFrom,
        knownNonNull,
        Map.of(),
        entryConditions,
        startValueOf);
  }

  /** The same use met again in the same body: what both visits hold. */
  public Use joinedWith(Use other) {
    // A flag vouches for both visits if it does for each; it needs the promises either needs.
    Map<VarSymbol, Set<Boolean>> common = new LinkedHashMap<>();
    flagVouchers.forEach(
        (flag, values) -> {
          Set<Boolean> others = other.flagVouchers.get(flag);
          if (others != null) {
            Set<Boolean> both = new LinkedHashSet<>(values);
            both.addAll(others);
            common.put(flag, Set.copyOf(both));
          }
        });
    // A sibling rules the path out only where both visits have just seen it non-null (a finally
    // block's copy for an exception thrown under `if (owners != null)` has, its normal copy not).
    Set<VarSymbol> seenOnBoth = new LinkedHashSet<>(knownNonNull);
    seenOnBoth.retainAll(other.knownNonNull);
    Map<VarSymbol, Boolean> bothConditions = new LinkedHashMap<>(entryConditions);
    bothConditions
        .entrySet()
        .removeIf(e -> !e.getValue().equals(other.entryConditions.get(e.getKey())));
    return new Use(
        place,
        value.leastUpperBound(other.value),
        tree,
        kind,
        name,
        body,
        calledFrom,
        Set.copyOf(seenOnBoth),
        common,
        bothConditions,
        startValueOf);
  }
}
