package io.github.mapinit.policy.rules;

/**
 * Spec 4, callees known to run a function at once: a comparator built from a lambda ({@code
 * Comparator.comparing(w -> counts.get(w))}, then {@code .reversed()} or {@code
 * .thenComparing(..)}) runs the lambda whenever it compares. Where the expression that builds the
 * comparator hands it straight to a call that runs what it is given at once ({@code
 * words.sort(..)}, {@code Collections.sort}, a stream's {@code sorted}), the lambda runs there, at
 * once; anywhere else (a field, a return, a {@code TreeMap}) it runs later, whenever the holder
 * compares.
 */
public final class ComparatorChains {

  /** The type of a comparator. */
  public static final String COMPARATOR_TYPE = "java.util.Comparator";

  private ComparatorChains() {}

  /**
   * Whether a call of a method that {@code owner} declares, returning {@code returned}, builds a
   * comparator from the functions given to it or from the comparator it is called on: every method
   * of {@link java.util.Comparator} that returns one.
   */
  public static boolean buildsComparator(String owner, String returned) {
    return COMPARATOR_TYPE.equals(owner) && COMPARATOR_TYPE.equals(returned);
  }
}
