package io.github.mapinit.policy.rules;

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
}
