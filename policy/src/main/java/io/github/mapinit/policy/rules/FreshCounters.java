package io.github.mapinit.policy.rules;

/**
 * Spec 8, correlated conditions: an integral field of a new object holds 0 until something assigns
 * it, so in a constructor, before it or a method it calls on {@code this} assigns the field, a
 * comparison of the field with a constant is decided. {@code if (total > 3) return;} at the start
 * of a constructor never returns, and does not leave a map unassigned.
 *
 * <p>The engines follow such a field as a flag that is true while the field is untouched: seeded
 * true where a constructor starts (after the field initialisers, when the field has none), false or
 * unknown once anything may have assigned it.
 */
public final class FreshCounters {

  /**
   * At most this many integral fields of a class are followed, in declaration order: each takes a
   * flag, and the flags of a body are bounded (policy {@code FlagFacts}).
   */
  public static final int MAX_FOLLOWED = 6;

  private FreshCounters() {}

  /** Whether a field holds 0 where a constructor starts: an instance field with no initialiser. */
  public static boolean startsAtZero(boolean isStatic, boolean hasInitializer) {
    return !isStatic && !hasInitializer;
  }
}
