package io.github.mapinit.policy.rules;

import java.util.Collection;

/**
 * Spec 3, guards through a helper's result: a method of the class that no subclass replaces, and
 * that returns the same int constant wherever a field of the object is null ({@code int size() {
 * return map == null ? 0 : map.size(); }}, {@code if (map == null) return 0;} first), tells where
 * its result is compared with a constant: on the branch that the constant cannot reach, the field
 * is not null ({@code if (size() == 0) return; map.get(..)}).
 */
public final class ResultsWhenNull {

  private ResultsWhenNull() {}

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
