package io.github.mapinit.policy.rules;

import java.util.Collection;

/**
 * Spec 3, guards through a helper's result: a method of the class called on {@code this}, that
 * returns the same int constant wherever a field of the object is null ({@code int size() { return
 * map == null ? 0 : map.size(); }}, {@code if (map == null) return 0;} first), tells where its
 * result is compared with a constant: on the branch that the constant cannot reach, the field is
 * not null ({@code if (size() == 0) return; map.get(..)}).
 */
public final class ResultsWhenNull {

  private ResultsWhenNull() {}

  /**
   * Whether the engines read the helper's body for what it returns where a field is null (this
   * rule, and {@link EmptyViews}): a call on {@code this} runs the class's own body for an instance
   * of exactly this class, overridable or not ({@link Overriding#runsOwnBody}); a subclass that
   * replaces the helper with one that breaks the class's use has that finding as its own.
   */
  public static boolean readsHelper(boolean onThis, boolean overridable) {
    return Overriding.runsOwnBody(onThis, overridable);
  }

  /**
   * The branch of {@code result comparison constant} (or {@code constant comparison result}) on
   * which the field is not null: the one that the result {@code whenNull} does not take.
   */
  public static boolean branchWhereNonNull(
      IntComparison comparison, long whenNull, long constant, boolean constantOnLeft) {
    boolean takenWhenNull =
        constantOnLeft
            ? comparison.holds(constant, whenNull)
            : comparison.holds(whenNull, constant);
    return !takenWhenNull;
  }

  /**
   * A {@code case} of a switch over such a result ({@code switch (routeCount()) { case 0: return
   * ..; default: routes.get(..) }}): whether the field is not null where the case's labels match
   * ({@code matched}), or where they do not and the switch goes on to its later cases. A case whose
   * labels do not include the result {@code whenNull} is reached only by other results; past a case
   * that names it, no later case sees it. A case without labels ({@code default}) tells nothing
   * here: the misses of the cases before it say what it sees.
   */
  public static boolean nonNullInCase(long whenNull, Collection<Long> labels, boolean matched) {
    if (labels.isEmpty()) {
      return false;
    }
    return matched != labels.contains(whenNull);
  }
}
