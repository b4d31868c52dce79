package io.github.mapinit.policy.rules;

/**
 * Spec 8, correlated conditions: a counting loop's first test. A loop {@code for (int i = 0; i < n;
 * i++)} tests {@code 0 < n} first, that is {@code n >= 1}, a flag of {@code n} (policy {@link
 * ConstantTests}); a loop over an array ({@code for (x : readings)}, or {@code i <
 * readings.length}) tests whether the array holds an element. So where code has already refused an
 * empty input ({@code if (readings.length == 0) throw ..}, {@code if (n < 1) throw ..}), the loop's
 * body runs, and a map its first pass creates exists after it. The engines follow the index as
 * unadvanced, true from its assignment of 0 to its next assignment, as they follow an iterator.
 */
public final class CountingLoops {

  /** The test of the bound that the first test of the loop makes. */
  public static final String FIRST_TEST = IntComparison.GREATER.flagTested(0, false);

  private CountingLoops() {}

  /**
   * The test of an array that asks whether it holds an element: every comparison of its length with
   * a constant that asks whether the length is 0 (a length is never negative).
   */
  public static String holdsAnElement() {
    return ConstantTests.ofLength(FIRST_TEST);
  }
}
