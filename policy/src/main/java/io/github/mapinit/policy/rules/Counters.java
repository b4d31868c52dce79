package io.github.mapinit.policy.rules;

import org.jspecify.annotations.Nullable;

/**
 * Spec 8, correlated conditions: a counter set together with a map. A private int field of the
 * object that its class only ever sets to 0 and increases ({@code count++}, {@code count += 2}) is
 * never negative, so {@code count > 0}, {@code count != 0} and {@code count == 0} all ask one
 * question: whether it is 0. The engines follow that answer as a flag (the flag of policy {@link
 * FreshCounters}, true where the field holds 0), which an increase makes false and {@code count =
 * 0} true, and which the class's promises may carry across methods: {@code if (items == null) items
 * = new HashMap<>(); items.merge(..); total++;} and, elsewhere, {@code if (total == 0) return 0;
 * items.get(..)}.
 */
public final class Counters {

  private Counters() {}

  /** How the class assigns one of its int fields, as far as a counter goes. */
  public enum Assignment {
    /** {@code count = 0}. */
    RESET,
    /** {@code count++}, {@code ++count}, {@code count += c} or {@code count = count + c}, c > 0. */
    INCREASE,
    /** Anything else: the field is no counter. */
    OTHER
  }

  /** An increase by {@code constant}: only a positive one keeps a counter non-negative. */
  public static Assignment byAdding(long constant) {
    return constant > 0 ? Assignment.INCREASE : Assignment.OTHER;
  }

  /** A plain assignment of {@code constant}. */
  public static Assignment byAssigning(long constant) {
    return constant == 0 ? Assignment.RESET : Assignment.OTHER;
  }

  /**
   * Whether {@code counter <comparison> constant} (or {@code constant <comparison> counter}) asks
   * whether a non-negative counter is 0: the answer is the same for every positive value and
   * another one for 0. Null if it asks something else; otherwise the comparison's result where the
   * counter is 0.
   */
  public static @Nullable Boolean holdsWhereZero(
      IntComparison comparison, long constant, boolean constantOnLeft) {
    boolean atZero = holds(comparison, 0, constant, constantOnLeft);
    boolean atOne = holds(comparison, 1, constant, constantOnLeft);
    boolean atMany = holds(comparison, Integer.MAX_VALUE, constant, constantOnLeft);
    return atZero != atOne && atOne == atMany ? atZero : null;
  }

  private static boolean holds(
      IntComparison comparison, long counter, long constant, boolean constantOnLeft) {
    return constantOnLeft
        ? comparison.holds(constant, counter)
        : comparison.holds(counter, constant);
  }
}
